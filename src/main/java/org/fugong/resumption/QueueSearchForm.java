package org.fugong.resumption;

import org.fugong.enterprise.Industry;

/**
 * The queue page's filters, as they come in the URL.
 */
record QueueSearchForm(ApplicationState state, String town, Industry industry, Boolean overdue, String sort,
		Integer page) {

	QueueFilter toFilter() {
		return new QueueFilter(this.state, (this.town == null || this.town.isBlank()) ? null : this.town,
				(this.industry != null) ? this.industry.name() : null, Boolean.TRUE.equals(this.overdue), this.sort);
	}

	static QueueSearchForm empty() {
		return new QueueSearchForm(null, null, null, null, null, 0);
	}

}
