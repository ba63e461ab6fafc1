package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/stats/overview} and {@code /stats/resumption} (API.md). */
@RestController
@RequestMapping("/api/v1/stats")
@RequiredArgsConstructor
class StatsApiController {

	private final StatsService stats;

	@Operation(summary = "总览数字 · Overview figures", description = "监测大屏的总览：企业、申请、复工、人员等汇总数字。")
	@GetMapping("/overview")
	Overview overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		return this.stats.overview(user, this.stats.filter(user, region, from, to), locale);
	}

	/** API.md's shape: {@code {byLevel: [{level, listed, resumed, rate}], aboveDesignatedSize, foreignInvested}}, and more. */
	@Operation(summary = "复工进度 · Resumption figures", description = "按街镇、行业统计的复工申请与批准情况。")
	@GetMapping("/resumption")
	Map<String, Object> resumption(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region) {
		Overview.Resumption figures = this.stats.resumption(user, region);
		return Map.of("day", figures.day(), "overall", figures.overall(), "byLevel", List.copyOf(figures.byLevel()),
				"aboveDesignatedSize", figures.aboveDesignatedSize(), "foreignInvested", figures.foreignInvested());
	}

}
