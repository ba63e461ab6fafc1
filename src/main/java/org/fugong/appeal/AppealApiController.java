package org.fugong.appeal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.PageQuery;
import org.fugong.common.PageResponse;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The appeals API of {@code API.md}. An enterprise's answers never carry
 * {@code internalNotes}: the service leaves them null and null fields are not written.
 */
@RestController
@RequiredArgsConstructor
class AppealApiController {

	private final AppealService appeals;

	private final AppealFiling filing;

	private final AppealConversation conversation;

	private final AppealRouting routing;

	private final AppealClosing closing;

	@Operation(summary = "提出诉求 · File an appeal", description = "企业就复工中遇到的问题提出诉求或投诉，进入所在区的待办；"
			+ "工作人员代企业登记经服务专线或窗口收到的诉求时加上 enterpriseId 与 channel（HOTLINE、COUNTER、ONLINE）。")
	@PostMapping("/api/v1/appeals")
	ResponseEntity<AppealResponse> file(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AppealForm form) {
		long id;
		if (user.enterpriseId() != null) {
			id = this.filing.file(user, form.toInput(), List.of());
		}
		else {
			if (form.getEnterpriseId() == null) {
				throw new InvalidInputException("problem.400.invalid",
						List.of(new FieldProblem("enterpriseId", "validation.required")));
			}
			id = this.filing.fileOnBehalf(user, form.getEnterpriseId(), form.getChannel(), form.toInput(), List.of());
		}
		return ResponseEntity.created(URI.create("/api/v1/appeals/" + id))
			.body(AppealResponse.of(this.appeals.detail(user, id)));
	}

	@Operation(summary = "诉求列表 · List appeals", description = "企业看到自己的诉求；区、街镇人员看到辖区内的诉求。")
	@GetMapping("/api/v1/appeals")
	PageResponse<ListItem> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AppealState state, @RequestParam(required = false) AppealType type,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean dueToday,
			@RequestParam(required = false) String town, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String sort, @Valid PageQuery page) {
		AppealFilter filter = new AppealFilter(state, type, blankToNull(town), blankToNull(assignee),
				Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(dueToday), sort);
		return PageResponse.of(this.appeals.list(user, filter, page.toPageable(Sort.unsorted())), ListItem::of);
	}

	@Operation(summary = "诉求详情 · Show an appeal", description = "含往来消息与处理经过；内部备注只对工作人员可见。")
	@GetMapping("/api/v1/appeals/{id}")
	AppealResponse show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return AppealResponse.of(this.appeals.detail(user, id));
	}

	@Operation(summary = "追加消息 · Add a message", description = "在诉求下追加一条对方可见的消息。")
	@PostMapping("/api/v1/appeals/{id}/messages")
	ResponseEntity<AppealResponse> message(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody TextForm form) {
		return ResponseEntity.status(201)
			.body(acted(user, id, () -> this.conversation.message(user, id, form.getText())));
	}

	@Operation(summary = "上传附件 · Attach a file", description = "企业为自己的诉求上传附件（图片或 PDF）。")
	@PostMapping(path = "/api/v1/appeals/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AppealDetail.Attachment> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		return ResponseEntity.status(201).body(this.conversation.attach(user, id, file));
	}

	@Operation(summary = "内部备注 · Add an internal note", description = "工作人员的备注，企业看不到。")
	@PostMapping("/api/v1/appeals/{id}/notes")
	ResponseEntity<AppealResponse> note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody TextForm form) {
		return ResponseEntity.status(201)
			.body(acted(user, id, () -> this.conversation.note(user, id, form.getText())));
	}

	@Operation(summary = "指派处理人 · Assign", description = "区级审核人员把诉求指派给一名处理人；带上所见的 version。")
	@PostMapping("/api/v1/appeals/{id}/assign")
	AppealResponse assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody AssignForm form) {
		return acted(user, id, () -> this.routing.assign(user, id, form.getAssignee(), form.getVersion()));
	}

	@Operation(summary = "答复 · Respond", description = "处理人答复诉求，可标记已解决；带上所见的 version。")
	@PostMapping("/api/v1/appeals/{id}/respond")
	AppealResponse respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody RespondForm form) {
		return acted(user, id, () -> this.closing.respond(user, id, form.getAnswer(), form.isResolved(),
				form.getUpheld(), form.getVersion()));
	}

	@Operation(summary = "确认关闭并评价 · Close and rate", description = "企业确认诉求已解决并给出评价。")
	@PostMapping("/api/v1/appeals/{id}/close")
	AppealResponse close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CloseForm form) {
		return acted(user, id, () -> this.closing.close(user, id, form.getSatisfaction(), form.getComment()));
	}

	@Operation(summary = "重新打开 · Reopen", description = "企业在规定期限内重新打开已关闭的诉求。")
	@PostMapping("/api/v1/appeals/{id}/reopen")
	AppealResponse reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReasonForm form) {
		return acted(user, id, () -> this.closing.reopen(user, id, form.getReason()));
	}

	@Operation(summary = "上报市级兜底 · Escalate to the city", description = "区级审核人员把区内无法解决的诉求上报市级，"
			+ "进入市级待办（状态 ESCALATED），时限不变。")
	@PostMapping("/api/v1/appeals/{id}/escalate")
	AppealResponse escalate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ReasonForm form) {
		return acted(user, id, () -> this.routing.escalate(user, id, form.getReason()));
	}

	@Operation(summary = "转办部门 · Transfer to a department", description = "区级审核人员（或市级对已上报的诉求）"
			+ "把诉求转给职能部门（经信、人社、商务、税务等）并说明理由；部门工作人员答复，时限不变。")
	@PostMapping("/api/v1/appeals/{id}/transfer")
	AppealResponse transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody TransferForm form) {
		return acted(user, id, () -> this.routing.transfer(user, id, form.getDepartment(), form.getReason()));
	}

	@Operation(summary = "职能部门 · Departments", description = "可转办的职能部门（参考数据）。")
	@GetMapping("/api/v1/appeals/departments")
	List<Department> departments() {
		return this.routing.departments();
	}

	/** {@code {received, resolved, satisfactionRate}} and the rest of the figures; the last 28 days by default. */
	@Operation(summary = "诉求统计 · Appeal figures", description = "辖区内诉求的数量、时效与满意度。")
	@GetMapping("/api/v1/stats/appeals")
	StatsResponse stats(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		LocalDate end = (to != null) ? to : TimeFormat.today();
		LocalDate start = (from != null) ? from : end.minusDays(27);
		if (end.isBefore(start)) {
			throw new InvalidInputException("problem.400.invalid", List.of(new FieldProblem("to", "appeal.figures.range")));
		}
		return StatsResponse.of(this.appeals.figuresFor(user, region, start, end));
	}

	/** Runs one service call on the appeal, then answers with the appeal as it is now. */
	private AppealResponse acted(CurrentUser user, long id, Runnable action) {
		action.run();
		return AppealResponse.of(this.appeals.detail(user, id));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@Schema(name = "AppealListItem")
	record ListItem(long id, AppealType type, String subject, AppealState state, long enterpriseId,
			String enterpriseName, String townCode, String assignee, Instant receivedAt, Instant dueAt,
			boolean overdue, Integer satisfaction, AppealChannel channel, String department) {

		static ListItem of(AppealSummary s) {
			return new ListItem(s.id(), s.type(), s.subject(), s.state(), s.enterpriseId(), s.enterpriseName(),
					s.townCode(), s.assignee(), s.receivedAt(), s.dueAt(), s.overdue(), s.satisfaction(), s.channel(),
					s.departmentCode());
		}

	}

	@Schema(name = "AppealLine")
	record Line(Instant at, String author, String authorRole, String kind, String text) {

		static List<Line> of(List<AppealDetail.Message> messages) {
			return (messages == null) ? null
					: messages.stream().map((m) -> new Line(m.at(), m.author(), m.authorRole(), m.kind(), m.text())).toList();
		}

	}

	record AppealResponse(long id, AppealType type, String subject, String content, AppealState state,
			long enterpriseId, String enterpriseName, Long applicationId, String assignee, Instant receivedAt,
			Instant dueAt, boolean overdue, Instant firstResponseDueAt, Instant resolutionDueAt,
			Instant firstRespondedAt, Instant resolvedAt, Instant closedAt, boolean autoClosed, Integer satisfaction,
			String ratingComment, Boolean upheld, int reopenCount, boolean reopenable, long version,
			List<Line> messages, List<Line> internalNotes, List<AppealDetail.HistoryEntry> history,
			List<AppealDetail.Attachment> attachments, AppealChannel channel, String filedBy, Instant escalatedAt,
			Department department, Instant transferredAt) {

		static AppealResponse of(AppealDetail d) {
			AppealSummary s = d.summary();
			return new AppealResponse(s.id(), s.type(), s.subject(), d.content(), s.state(), s.enterpriseId(),
					s.enterpriseName(), d.applicationId(), d.assignee(), s.receivedAt(), s.dueAt(), s.overdue(),
					d.firstResponseDueAt(), d.resolutionDueAt(), d.firstRespondedAt(), d.resolvedAt(), d.closedAt(),
					d.autoClosed(), d.satisfaction(), d.ratingComment(), d.upheld(), d.reopenCount(), d.reopenable(),
					d.version(), Line.of(d.messages()), Line.of(d.internalNotes()), d.history(), d.attachments(),
					s.channel(), d.filedBy(), d.escalatedAt(), d.department(), d.transferredAt());
		}

	}

	record Rates(Double respondedInTime, Double resolved, Double resolvedInTime, Double satisfaction) {
	}

	record Group(String code, AppealType type, long received, long respondedInTime, long resolved,
			long resolvedInTime, long rated, long satisfied, Double satisfactionRate,
			Double averageHoursToFirstResponse, Double averageHoursToResolution) {

		static Group of(String code, AppealType type, AppealFigures.Counts c) {
			return new Group(code, type, c.received(), c.respondedInTime(), c.resolved(), c.resolvedInTime(),
					c.rated(), c.satisfied(), c.satisfactionRate(), c.averageHoursToFirstResponse(),
					c.averageHoursToResolution());
		}

	}

	record StatsResponse(String region, LocalDate from, LocalDate to, long received, long responded,
			long respondedInTime, long resolved, long resolvedInTime, long rated, long satisfied,
			long unratedClosed, long overdue, Double satisfactionRate, Rates rates,
			Double averageHoursToFirstResponse, Double averageHoursToResolution, List<Group> byType,
			List<Group> byRegion) {

		static StatsResponse of(AppealFigures f) {
			AppealFigures.Counts c = f.total();
			return new StatsResponse(f.region(), f.from(), f.to(), c.received(), c.responded(), c.respondedInTime(),
					c.resolved(), c.resolvedInTime(), c.rated(), c.satisfied(), c.unratedClosed(), c.overdue(),
					c.satisfactionRate(),
					new Rates(c.respondedInTimeRate(), c.resolvedRate(), c.resolvedInTimeRate(), c.satisfactionRate()),
					c.averageHoursToFirstResponse(), c.averageHoursToResolution(),
					f.byType().stream().map((t) -> Group.of(null, t.type(), t.counts())).toList(),
					f.byRegion().stream().map((r) -> Group.of(r.code(), null, r.counts())).toList());
		}

	}

}
