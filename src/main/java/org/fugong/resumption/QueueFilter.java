package org.fugong.resumption;

/**
 * The filters of an official's queue. With no state given the queue holds what
 * waits for the caller's own role; {@code sort} is {@code due}, {@code submitted} or {@code name}.
 */
record QueueFilter(ApplicationState state, String town, String industry, boolean overdueOnly, String sort) {
}
