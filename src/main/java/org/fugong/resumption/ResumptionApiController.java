package org.fugong.resumption;

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
import org.fugong.resumption.RecordResponses.EscalationResponse;
import org.fugong.resumption.RecordResponses.SelfCheckResponse;
import org.fugong.resumption.ResumptionMaterial.MaterialView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/applications")
@RequiredArgsConstructor
class ResumptionApiController {

	private final ResumptionService applications;

	private final ApplicationRecords records;

	private final ApplicationMaterials materials;

	@Operation(summary = "新建复工申请 · Create an application", description = "企业新建复工申请（草稿）。采样点三专员可写成对象，或一行“姓名 电话”。")
	@PostMapping
	ResponseEntity<ApplicationResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ApplicationForm form) {
		checkSplit(form);
		ApplicationHeader created = this.applications.create(user, form.toContent());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + created.id()))
			.body(respond(user, created.id()));
	}

	@Operation(summary = "修改复工申请 · Update an application", description = "企业修改草稿或退回的申请；带上所见的 version。")
	@PutMapping("/{id}")
	ApplicationResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody ApplicationForm form) {
		checkSplit(form);
		if (form.getVersion() == null) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("version", "validation.version.required")));
		}
		this.applications.update(user, id, form.toContent(), form.getVersion());
		return respond(user, id);
	}

	@Operation(summary = "上传申请材料 · Upload a material", description = "上传承诺书、防控方案、应急预案、员工名单等材料（PDF 或图片）。")
	@PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialResponse> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MaterialKind kind, @RequestPart(name = "file", required = false) MultipartFile file) {
		if (kind == null) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("kind", "application.material.kind")));
		}
		MaterialView material = this.materials.upload(user, id, kind, file);
		return ResponseEntity.status(201).body(MaterialResponse.of(material));
	}

	@Operation(summary = "提交复工申请 · Submit an application", description = "提交申请，进入街镇受理；答复新的状态与 version。")
	@PostMapping("/{id}/submit")
	StateResponse submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ApplicationHeader header = this.applications.submit(user, id);
		return new StateResponse(header.state(), header.version());
	}

	@Operation(summary = "审批复工申请 · Decide on an application", description = "受理、材料审核、现场核查、批准、退回或驳回；带上所见的 version，答复新的 version。")
	@PostMapping("/{id}/decisions")
	StateResponse decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody DecisionForm decision) {
		ApplicationHeader header = this.applications.decide(user, id, decision.getAction(), decision.getPassed(),
				decision.getOpinion(), decision.getVersion(), List.of());
		return new StateResponse(header.state(), header.version());
	}

	@Operation(summary = "复工申请详情 · Show an application",
			description = "申请内容、材料与办理经过；提交过的申请附上所提交的自查（每项的回答、说明、佐证文件与模板版本），"
					+ "逾期升级督办时附上 escalation。")
	@GetMapping("/{id}")
	ApplicationResponse show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return respond(user, id);
	}

	private ApplicationResponse respond(CurrentUser user, long id) {
		ApplicationView view = this.applications.view(user, id);
		return ApplicationResponse.of(view,
				this.records.selfCheck(user, id)
					.map((c) -> SelfCheckResponse.of(id, c, LocaleContextHolder.getLocale()))
					.orElse(null),
				this.records.escalation(user, id).map(EscalationResponse::of).orElse(null));
	}

	@Operation(summary = "复工申请列表 · List applications", description = "企业看自己的申请；工作人员看待其办理或辖区内的申请。")
	@GetMapping
	PageResponse<ListItem> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) ApplicationState state, @RequestParam(required = false) String region,
			@RequestParam(required = false) Boolean overdue, @Valid PageQuery page) {
		var pageable = page.toPageable(Sort.unsorted());
		if (user.is(Role.ENTERPRISE)) {
			Instant now = Instant.now();
			List<ListItem> own = this.applications.mine(user)
				.stream()
				.filter((h) -> state == null || h.state() == state)
				.filter((h) -> !Boolean.TRUE.equals(overdue) || h.isOverdueAt(now))
				.map((h) -> new ListItem(h.id(), h.enterpriseId(), h.enterpriseName(), h.townCode(), h.state(),
						h.dueAt(), h.submittedAt(), h.isOverdueAt(now), null))
				.toList();
			int from = (int) Math.min(pageable.getOffset(), own.size());
			int to = Math.min(from + pageable.getPageSize(), own.size());
			return PageResponse.of(new PageImpl<>(own.subList(from, to), pageable, own.size()), (i) -> i);
		}
		QueueFilter filter = new QueueFilter(state, (region == null || region.isBlank()) ? null : region, null,
				Boolean.TRUE.equals(overdue), null);
		return PageResponse.of(this.applications.queue(user, filter, pageable), (q) -> new ListItem(q.id(),
				q.enterpriseId(), q.enterpriseName(), q.townCode(), q.state(), q.dueAt(), q.submittedAt(), q.overdue(),
				q.escalated()));
	}

	private static void checkSplit(ApplicationForm form) {
		if (!form.splitAddsUp()) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("returningStaff", "application.staff.split")));
		}
	}

	record StateResponse(ApplicationState state, long version) {
	}

	@Schema(name = "ApplicationListItem")
	record ListItem(long id, long enterpriseId, String enterpriseName, String townCode, ApplicationState state,
			Instant dueAt, Instant submittedAt, boolean overdue,
			@Schema(description = "督办: in officials' lists, whether the step went up to the level above") Boolean escalated) {
	}

	record MaterialResponse(long id, MaterialKind kind, String filename, String contentType, long size, String sha256,
			String uploadedBy, Instant uploadedAt) {

		static MaterialResponse of(MaterialView m) {
			return new MaterialResponse(m.id(), m.kind(), m.filename(), m.contentType(), m.size(), m.sha256(),
					m.uploadedBy(), m.uploadedAt());
		}

	}

	record SamplingPoint(String location, Specialist liaison, Specialist sampler, Specialist scanner) {
	}

	record Specialist(String name, String phone) {

		static Specialist of(ApplicationContent.Specialist s) {
			return (s != null) ? new Specialist(s.name(), s.phone()) : null;
		}

	}

	@Schema(name = "ApplicationStep")
	record Step(Instant at, String actor, String actorRole, String action, ApplicationState from, ApplicationState to,
			String opinion, Boolean passed) {
	}

	record ApplicationResponse(long id, long enterpriseId, String enterpriseName, ApplicationState state, long version,
			Role waitingFor, Instant dueAt, Instant submittedAt, Instant decidedAt, LocalDate plannedResumeDate,
			int returningStaff, Integer returningProduction, Integer returningOffice, Integer livingOnSite,
			int dormitoryBeds, String closedLoop, String shifts, String canteen, String notes,
			SamplingPoint samplingPoint, String fixItems, Long selfCheckId, List<MaterialResponse> materials,
			List<Step> timeline, SelfCheckResponse selfCheck, EscalationResponse escalation) {

		static ApplicationResponse of(ApplicationView view, SelfCheckResponse selfCheck,
				EscalationResponse escalation) {
			ApplicationHeader h = view.header();
			ApplicationContent c = view.content();
			return new ApplicationResponse(h.id(), h.enterpriseId(), h.enterpriseName(), h.state(), h.version(),
					h.waitsFor(), h.dueAt(), h.submittedAt(), h.decidedAt(), c.plannedResumeDate(), c.returningStaff(),
					c.returningProduction(), c.returningOffice(), c.livingOnSite(), c.dormitoryBeds(), c.closedLoop(),
					c.shifts(), c.canteen(), c.notes(),
					new SamplingPoint(c.samplingLocation(), Specialist.of(c.liaison()), Specialist.of(c.sampler()),
							Specialist.of(c.scanner())),
					h.fixItems(), h.selfCheckId(), view.materials().stream().map(MaterialResponse::of).toList(),
					view.timeline()
						.stream()
						.map((t) -> new Step(t.at(), t.actor(), t.actorRole(), t.action(), t.from(), t.to(),
								t.opinion(), t.passed()))
						.toList(),
					selfCheck, escalation);
		}

	}

}
