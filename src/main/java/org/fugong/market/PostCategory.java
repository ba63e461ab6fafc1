package org.fugong.market;

/** What a post is about, as {@code API.md} lists the market categories. */
public enum PostCategory {

	RAW_MATERIAL, PARTS, PROTECTIVE, PACKAGING, LOGISTICS, STAFF, EQUIPMENT, OTHER

}
