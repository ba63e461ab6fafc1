package org.fugong.market;

/**
 * The filters of the post list, its API and its export: keyword, kind,
 * category, the region a post must cover, the poster's town (officials), the
 * state (officials) or open posts only.
 */
record PostFilter(String q, PostKind kind, PostCategory category, String region, String town, PostState state,
		boolean openOnly) {

	static PostFilter open() {
		return new PostFilter(null, null, null, null, null, null, true);
	}

}
