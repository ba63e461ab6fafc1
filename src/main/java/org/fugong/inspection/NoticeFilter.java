package org.fugong.inspection;

/** What a notice list is narrowed to: a state, a grid zone, a team (each optional). */
public record NoticeFilter(NoticeState state, String gridCode, Long teamId) {

	public static final NoticeFilter ALL = new NoticeFilter(null, null, null);

}
