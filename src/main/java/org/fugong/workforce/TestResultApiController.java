package org.fugong.workforce;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test results over the API: one employee's, or the enterprise's filtered. */
@RestController
@RequiredArgsConstructor
class TestResultApiController {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sampledAt"), Sort.Order.desc("id"));

	private final TestResultService tests;

	@Operation(summary = "登记检测结果 · Record a test result", description = "登记一名员工的核酸或抗原检测结果。")
	@PostMapping("/api/v1/employees/{id}/tests")
	ResponseEntity<TestResultView> record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody RecordRequest request) {
		TestResultView result = this.tests.record(user, id, request.kind(), request.result(),
				request.sampledAt().toInstant());
		return ResponseEntity.created(URI.create("/api/v1/employees/" + id + "/tests")).body(result);
	}

	@Operation(summary = "员工检测记录 · Tests of an employee", description = "一名员工的检测记录。")
	@GetMapping("/api/v1/employees/{id}/tests")
	PageResponse<TestResultView> ofEmployee(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute PageQuery paging) {
		return PageResponse.of(this.tests.ofEmployee(user, id, paging.toPageable(NEWEST_FIRST)), (t) -> t);
	}

	@Operation(summary = "检测记录 · Search test results", description = "企业的检测记录。")
	@GetMapping("/api/v1/tests")
	PageResponse<TestResultView> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) TestKind kind, @RequestParam(required = false) TestOutcome result,
			@Valid @ModelAttribute PageQuery paging) {
		return PageResponse.of(this.tests.search(user, date, kind, result, paging.toPageable(NEWEST_FIRST)), (t) -> t);
	}

	record RecordRequest(@NotNull(message = "{validation.required}") TestKind kind,
			@NotNull(message = "{validation.required}") TestOutcome result,
			@NotNull(message = "{validation.required}") OffsetDateTime sampledAt) {
	}

}
