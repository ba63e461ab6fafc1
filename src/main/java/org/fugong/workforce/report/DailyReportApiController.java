package org.fugong.workforce.report;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.common.web.FieldChecks.Count;
import org.fugong.common.web.FieldChecks.Percent;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.report.DailyReport.Figures;
import org.fugong.workforce.report.DailyReportService.Submitted;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The daily report over the API: 201 for today's first, 200 for a correction. */
@RestController
@RequestMapping("/api/v1/daily-reports")
@RequiredArgsConstructor
class DailyReportApiController {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"));

	private final DailyReportService reports;

	@Operation(summary = "每日健康填报 · Submit the daily report", description = "企业提交当天（或补报）员工健康情况；首次提交答复 201，修改答复 200。")
	@PostMapping
	ResponseEntity<DailyReportView> submit(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ReportRequest request) {
		Submitted submitted = this.reports.submit(user, request.date(), request.figures());
		return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK).body(submitted.report());
	}

	@Operation(summary = "填报历史 · Daily report history", description = "企业的历次每日填报。")
	@GetMapping
	PageResponse<DailyReportView> history(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute PageQuery paging) {
		return PageResponse.of(this.reports.history(user, paging.toPageable(NEWEST_FIRST)), (r) -> r);
	}

	record ReportRequest(@NotNull(message = "{validation.required}") LocalDate date,
			@NotNull(message = "{validation.required}") @Count Integer staffOnSite,
			@NotNull(message = "{validation.required}") @Percent Integer capacityPercent,
			@NotNull(message = "{validation.required}") @Count Integer antigenTested,
			@NotNull(message = "{validation.required}") @Count Integer pcrSampled,
			@NotNull(message = "{validation.required}") @Count Integer abnormal,
			@Size(max = 1000, message = "{validation.size.max1000}") String problems) {

		Figures figures() {
			return new Figures(this.staffOnSite, this.capacityPercent, this.antigenTested, this.pcrSampled,
					this.abnormal, this.problems);
		}

	}

}
