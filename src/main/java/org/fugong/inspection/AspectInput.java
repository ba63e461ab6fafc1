package org.fugong.inspection;

/** One aspect as the inspector records it. */
record AspectInput(Aspect aspect, Boolean passed, String note) {
}
