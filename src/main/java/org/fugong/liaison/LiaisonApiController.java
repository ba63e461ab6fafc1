package org.fugong.liaison;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.security.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class LiaisonApiController {

	private final LiaisonService liaison;

	@Operation(summary = "企业的驻企指导员 · An enterprise's liaison officer", description = "指导员、全部走访记录（新的在前）和企业与指导员的留言（旧的在前）；尚未指派时 liaison 为空。企业看自己的，工作人员看辖区内的。")
	@GetMapping("/api/v1/enterprises/{id}/liaison")
	LiaisonDetail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.liaison.detail(user, id);
	}

	@Operation(summary = "指派驻企指导员 · Assign a liaison officer", description = "所在街镇或区的工作人员指派驻企指导员（officer 为用户名）：须为该企业所在街镇的工作人员或所在区的区级工作人员。更换指导员时前一任的任期结束，走访记录保留。")
	@PostMapping("/api/v1/enterprises/{id}/liaison")
	LiaisonView assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody LiaisonAssignForm form) {
		return this.liaison.assign(user, id, form.getOfficer());
	}

	@Operation(summary = "结束指导员任期 · End the liaison's term", description = "所在街镇或区的工作人员结束现任驻企指导员的任期而不另行指派（指导员调离等）；走访记录和留言保留，指导员在消息中心收到通知。尚无指导员时为 422。")
	@PostMapping("/api/v1/enterprises/{id}/liaison/end")
	LiaisonDetail end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.liaison.end(user, id);
		return this.liaison.detail(user, id);
	}

	@Operation(summary = "走访记录 · Visits", description = "企业的全部走访记录，新的在前。")
	@GetMapping("/api/v1/enterprises/{id}/visits")
	List<VisitView> visits(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.liaison.detail(user, id).visits();
	}

	@Operation(summary = "登记走访 · Log a visit", description = "仅该企业现任的驻企指导员可登记：走访日期（不晚于今天、不早于指派之日）、见到的人、情况记录、发现和解决的问题数、下次回访日期。")
	@PostMapping("/api/v1/enterprises/{id}/visits")
	ResponseEntity<VisitView> logVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody VisitForm form) {
		VisitView visit = this.liaison.logVisit(user, id, form.toInput());
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id + "/visits")).body(visit);
	}

	@Operation(summary = "给指导员或企业留言 · Write to the liaison or the enterprise", description = "企业给自己的驻企指导员留言，或指导员答复企业；对方在消息中心收到提醒。企业尚无指导员时为 422。")
	@PostMapping("/api/v1/enterprises/{id}/liaison/messages")
	ResponseEntity<MessageView> write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody LiaisonMessageForm form) {
		MessageView message;
		if (user.enterpriseId() != null) {
			if (user.enterpriseId() != id) {
				throw new NotFoundException("enterprise");
			}
			message = this.liaison.writeToLiaison(user, form.getText());
		}
		else {
			message = this.liaison.writeToEnterprise(user, id, form.getText());
		}
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id + "/liaison")).body(message);
	}

	@Operation(summary = "我联系的企业 · My enterprises as liaison", description = "当前工作人员作为驻企指导员联系的企业，回访日期早的在前。")
	@GetMapping("/api/v1/liaison/enterprises")
	List<LiaisonView> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.liaison.mine(user);
	}

	@Operation(summary = "驻企指导统计 · Liaison figures", description = "辖区（或其中的 region）内现有指导员的企业数和指导员人数，期间（from、to，含两端）的走访次数、走访企业数、发现和解决的问题数，以及回访日期已过仍未回访的企业数。")
	@GetMapping("/api/v1/stats/liaison")
	LiaisonFigures figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.liaison.figures(user, region, from, to);
	}

}
