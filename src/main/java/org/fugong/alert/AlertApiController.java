package org.fugong.alert;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts over the API, for the officials of the enterprise's town and district. */
@RestController
@RequiredArgsConstructor
class AlertApiController {

	private final AlertService alerts;

	@Operation(summary = "预警列表 · List alerts",
			description = "辖区内企业的预警（检测阳性、健康申报异常、日报异常、车辆滞留），最新的在前；街镇人员看本街镇，区级人员看全区。")
	@GetMapping("/api/v1/alerts")
	PageResponse<AlertView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AlertState state, @RequestParam(required = false) AlertKind kind,
			@Valid PageQuery page) {
		return PageResponse.of(this.alerts.search(user, state, kind, page.toPageable(Sort.unsorted())), (a) -> a);
	}

	@Operation(summary = "确认预警 · Acknowledge an alert",
			description = "确认已知悉一条未处理的预警，停止向区级升级；可带上所见的 version。已确认或已关闭的预警答复 409。")
	@PostMapping("/api/v1/alerts/{id}/acknowledge")
	AlertView acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) AcknowledgeRequest request) {
		return this.alerts.acknowledge(user, id, (request != null) ? request.version() : null);
	}

	@Operation(summary = "关闭预警 · Close an alert", description = "处置完毕后关闭预警，须写明处置情况（note）；已关闭的预警答复 409。")
	@PostMapping("/api/v1/alerts/{id}/close")
	AlertView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody CloseRequest request) {
		return this.alerts.close(user, id, request.note(), request.version());
	}

	record AcknowledgeRequest(Long version) {
	}

	record CloseRequest(String note, Long version) {
	}

}
