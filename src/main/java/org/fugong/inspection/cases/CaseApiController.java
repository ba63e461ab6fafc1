package org.fugong.inspection.cases;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 私自复工 cases over JSON (beyond the {@code API.md} contract): the report, the list, one case, its handling. */
@RestController
@RequiredArgsConstructor
class CaseApiController {

	private final CaseService cases;

	@Operation(summary = "上报未批先复工 · Report an unapproved resumption", description = "街镇人员上报未经批准即复工的线索。")
	@PostMapping("/api/v1/inspections/unapproved")
	ResponseEntity<CaseView> unapproved(@AuthenticationPrincipal CurrentUser user,
			@RequestBody CaseRequest request) {
		return ResponseEntity.status(201)
			.body(this.cases.reportUnapproved(user, request.enterpriseId(), request.siteName(),
					request.address(), request.note()));
	}

	@Operation(summary = "未批先复工线索 · Unapproved-resumption cases", description = "辖区内的未批先复工线索。")
	@GetMapping("/api/v1/inspections/unapproved")
	PageResponse<CaseView> cases(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) CaseState state, @RequestParam(required = false) String town,
			@RequestParam(required = false) String q, @Valid PageQuery paging) {
		return PageResponse.of(this.cases.cases(user, new CaseFilter(state, town, q),
				paging.toPageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))), (c) -> c);
	}

	@Operation(summary = "线索详情 · Show a case", description = "一条未批先复工线索。")
	@GetMapping("/api/v1/inspections/unapproved/{id}")
	CaseView unapprovedCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.cases.detail(user, id);
	}

	@Operation(summary = "处理线索 · Handle a case", description = "区级审核人员处理线索；带上所见的 version。")
	@PostMapping("/api/v1/inspections/unapproved/{id}/handle")
	CaseView handle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody HandleRequest request) {
		return this.cases.handle(user, id, request.state(), request.reason(), request.version());
	}

	record CaseRequest(Long enterpriseId, String siteName, String address, String note) {
	}

	record HandleRequest(CaseState state, String reason, Long version) {
	}

}
