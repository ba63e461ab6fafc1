package org.fugong.dashboard;

import java.time.LocalDate;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/daily-reports/missing?date=&region=}: the whitelisted
 * enterprises of the caller's jurisdiction without a report that day (default
 * today); {@code POST .../missing/remind}: remind today's, once a day each.
 */
@RestController
@RequestMapping("/api/v1/daily-reports/missing")
@RequiredArgsConstructor
class FeedbackApiController {

	private final StatsService stats;

	private final DailyFeedbackService feedback;

	@Operation(summary = "未填报企业 · Enterprises without today's report", description = "辖区内当天尚未提交每日健康填报的企业。")
	@GetMapping
	PageResponse<MissingReport> missing(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String region, @Valid PageQuery paging) {
		LocalDate day = (date != null) ? date : TimeFormat.today();
		StatsFilter filter = this.stats.filter(user, region, day, day);
		return PageResponse.of(this.feedback.missing(filter, day, paging.toPageable(Sort.unsorted())), (m) -> m);
	}

	@Operation(summary = "提醒未填报企业 · Remind the missing", description = "给辖区内当天未填报的企业各发一条站内提醒（每天一次）。")
	@PostMapping("/remind")
	DailyFeedbackService.Reminded remind(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region) {
		LocalDate today = TimeFormat.today();
		return this.feedback.remindAll(user, this.stats.filter(user, region, today, today));
	}

}
