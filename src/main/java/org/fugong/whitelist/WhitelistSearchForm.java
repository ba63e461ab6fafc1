package org.fugong.whitelist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.fugong.common.PageQuery;

/**
 * The list page's and the API's filters: {@code level, region, batch, status}, paged.
 */
record WhitelistSearchForm(WhitelistLevel level, @Size(max = 20, message = "{validation.size.max50}") String region,
		@Size(max = 50, message = "{validation.size.max50}") String batch, WhitelistStatus status,
		@Min(value = 0, message = "{validation.page.min}") Integer page,
		@Min(value = 1, message = "{validation.size.range}") @Max(value = 100,
				message = "{validation.size.range}") Integer size) {

	static final WhitelistSearchForm EMPTY = new WhitelistSearchForm(null, null, null, null, 0, null);

	WhitelistQuery toQuery() {
		return new WhitelistQuery(this.level, this.region, this.batch, this.status);
	}

	PageQuery paging() {
		return new PageQuery(this.page, this.size);
	}

}
