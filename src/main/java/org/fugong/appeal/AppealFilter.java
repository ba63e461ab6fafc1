package org.fugong.appeal;

/**
 * The filters of an appeal list. Null means any; {@code sort} is {@code due}
 * (default), {@code received} (newest first) or {@code name}.
 */
public record AppealFilter(AppealState state, AppealType type, String town, String assignee, boolean overdueOnly,
		boolean dueTodayOnly, String sort) {

	public static final AppealFilter NONE = new AppealFilter(null, null, null, null, false, false, null);

}
