package org.fugong.vehicle;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.fugong.common.PageQuery;
import org.fugong.pass.VehicleScope;

import org.springframework.data.domain.Sort;

/**
 * The filters of the trip lists and the API: {@code status, scope, plate,
 * whitelisted, sort}, paged. {@code status} is a {@link TripStatus} or {@code ANY};
 * the officials' queue shows pending trips when it is not given.
 */
record TripSearchForm(@Size(max = 16, message = "{validation.size.max50}") String status, VehicleScope scope,
		@Size(max = 16, message = "{validation.size.max50}") String plate, Boolean whitelisted,
		@Size(max = 16, message = "{validation.size.max50}") String sort,
		@Min(value = 0, message = "{validation.page.min}") Integer page,
		@Min(value = 1, message = "{validation.size.range}") @Max(value = 100,
				message = "{validation.size.range}") Integer size) {

	static final String ANY = "ANY";

	static final TripSearchForm EMPTY = new TripSearchForm(null, null, null, null, null, 0, null);

	/** The filters; {@code defaultStatus} applies when no status was asked for. */
	TripQuery toQuery(TripStatus defaultStatus) {
		return new TripQuery(statusOr(defaultStatus), this.scope, this.plate, this.whitelisted);
	}

	TripStatus statusOr(TripStatus defaultStatus) {
		if (this.status == null || this.status.isBlank()) {
			return defaultStatus;
		}
		if (ANY.equalsIgnoreCase(this.status)) {
			return null;
		}
		try {
			return TripStatus.valueOf(this.status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return defaultStatus;
		}
	}

	/** The status as the filter shows it selected: a status name or {@code ANY}. */
	String shownStatus(TripStatus defaultStatus) {
		TripStatus status = statusOr(defaultStatus);
		return (status != null) ? status.name() : ANY;
	}

	PageQuery paging() {
		return new PageQuery(this.page, this.size);
	}

	/** The order asked for: the oldest registered first unless another was chosen. */
	Sort order() {
		String by = (this.sort != null) ? this.sort : "";
		return switch (by) {
			case "newest" -> Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
			case "validFrom" -> Sort.by(Sort.Order.asc("validFrom"), Sort.Order.asc("id"));
			case "plate" -> Sort.by(Sort.Order.asc("plate"), Sort.Order.asc("id"));
			case "enterprise" -> Sort.by(Sort.Order.asc("enterpriseName"), Sort.Order.asc("id"));
			default -> Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
		};
	}

	/** The enterprise's own list: the newest first. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

}
