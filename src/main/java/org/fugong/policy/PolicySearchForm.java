package org.fugong.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.fugong.common.PageQuery;

/**
 * The search page's and the API's filters: {@code q, level, category, region, inEffect}, paged.
 */
record PolicySearchForm(@Size(max = 100, message = "{validation.size.max100}") String q, PolicyLevel level,
		PolicyCategory category, String region, Boolean inEffect, Boolean withdrawn,
		@Min(value = 0, message = "{validation.page.min}") Integer page,
		@Min(value = 1, message = "{validation.size.range}") @Max(value = 100,
				message = "{validation.size.range}") Integer size) {

	PolicyQuery toQuery(boolean mayIncludeWithdrawn) {
		return new PolicyQuery(blankToNull(this.q), this.level, this.category, blankToNull(this.region),
				Boolean.TRUE.equals(this.inEffect), mayIncludeWithdrawn && Boolean.TRUE.equals(this.withdrawn));
	}

	PageQuery paging() {
		return new PageQuery(this.page, this.size);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
