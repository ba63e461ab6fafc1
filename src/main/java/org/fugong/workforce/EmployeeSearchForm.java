package org.fugong.workforce;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.fugong.common.PageQuery;

/** The roster's search: a name, department, phone or ID-number tail, active or not, and the page. */
record EmployeeSearchForm(@Size(max = 50, message = "{validation.size.max50}") String q, Boolean active,
		@Min(value = 0, message = "{validation.page.min}") Integer page,
		@Min(value = 1, message = "{validation.size.range}") @Max(value = 100,
				message = "{validation.size.range}") Integer size) {

	static final EmployeeSearchForm EMPTY = new EmployeeSearchForm(null, Boolean.TRUE, null, null);

	PageQuery paging() {
		return new PageQuery(this.page, this.size);
	}

}
