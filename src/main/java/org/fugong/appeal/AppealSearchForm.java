package org.fugong.appeal;

/**
 * The queue page's filters, as they come in the URL.
 */
record AppealSearchForm(AppealState state, AppealType type, String town, String assignee, Boolean overdue,
		Boolean dueToday, String sort, Integer page) {

	AppealFilter toFilter() {
		return new AppealFilter(this.state, this.type, blankToNull(this.town), blankToNull(this.assignee),
				Boolean.TRUE.equals(this.overdue), Boolean.TRUE.equals(this.dueToday), this.sort);
	}

	static AppealSearchForm empty() {
		return new AppealSearchForm(null, null, null, null, null, null, null, 0);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
