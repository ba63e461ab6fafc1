package org.fugong.gate;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.fugong.common.TimeFormat;
import org.fugong.pass.PassType;
import org.fugong.pass.VerificationReason;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The scan log's filters: {@code from, to} (days, default today in Shanghai), a
 * checkpoint, a verdict, a reason, a pass type, only flagged or only
 * mismatched scans, and the page.
 */
record ScanSearchForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long checkpoint,
		@Pattern(regexp = "VALID|INVALID") String verdict, VerificationReason reason, PassType type, Boolean flagged,
		Boolean mismatched, @Min(0) Integer page) {

	static ScanSearchForm today() {
		return new ScanSearchForm(null, null, null, null, null, null, null, null, 0);
	}

	LocalDate fromDay() {
		LocalDate day = (this.from != null) ? this.from : TimeFormat.today();
		return (this.to != null && this.to.isBefore(day)) ? this.to : day;
	}

	LocalDate toDay() {
		LocalDate day = (this.to != null) ? this.to : TimeFormat.today();
		return day.isBefore(fromDay()) ? fromDay() : day;
	}

	int pageNumber() {
		return (this.page != null) ? this.page : 0;
	}

	ScanFilter toFilter() {
		return new ScanFilter(fromDay(), toDay(), this.checkpoint, (this.verdict == null || this.verdict.isBlank())
				? null : this.verdict, (this.reason != null) ? this.reason.name() : null,
				(this.type != null) ? this.type.name() : null, Boolean.TRUE.equals(this.flagged),
				Boolean.TRUE.equals(this.mismatched));
	}

}
