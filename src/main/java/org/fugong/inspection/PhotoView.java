package org.fugong.inspection;

/** A photo: which aspect it shows, whether it came with the enterprise's answer, its original name. */
public record PhotoView(long id, Aspect aspect, boolean answer, String originalName, long size) {
}
