package org.fugong.resumption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.NotFoundException;
import org.fugong.common.WorkingCalendar;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.resumption.ResumptionMaterial.MaterialView;
import org.fugong.resumption.ResumptionRequest.Transition;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.selfcheck.SelfCheckResult;
import org.fugong.selfcheck.SelfCheckService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications and their workflow. Every change runs in one transaction with its
 * timeline entry, its audit entry and the enterprise's notice; approval
 * publishes {@link ResumptionApproved} through the same transaction.
 */
@Service
public class ResumptionService {

	private final ResumptionRequestRepository requests;

	private final ResumptionStepRepository steps;

	private final ResumptionMaterialRepository materials;

	private final ResumptionQueue queue;

	private final EnterpriseService enterprises;

	private final SelfCheckService selfChecks;

	private final InboxService inbox;

	private final FileStore files;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final WorkingCalendar calendar;

	private final VisibleApplications visibility;

	private final Rounds rounds;

	private final Escalations escalations;

	ResumptionService(ResumptionRequestRepository requests, ResumptionStepRepository steps,
			ResumptionMaterialRepository materials, ResumptionQueue queue, EnterpriseService enterprises,
			SelfCheckService selfChecks, InboxService inbox, FileStore files, AuditService audit,
			ApplicationEventPublisher events, WorkingCalendar calendar, VisibleApplications visibility, Rounds rounds,
			Escalations escalations) {
		this.visibility = visibility;
		this.rounds = rounds;
		this.escalations = escalations;
		this.requests = requests;
		this.steps = steps;
		this.materials = materials;
		this.queue = queue;
		this.enterprises = enterprises;
		this.selfChecks = selfChecks;
		this.inbox = inbox;
		this.files = files;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
	}

	@Transactional
	ApplicationHeader create(CurrentUser user, ApplicationContent content) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		boolean open = this.requests.findByEnterpriseIdOrderByCreatedAtDesc(enterprise.id())
			.stream()
			.anyMatch((r) -> !r.getState().isFinal());
		if (open) {
			throw new ConflictException("application.open.exists");
		}
		ResumptionRequest request;
		try {
			request = this.requests.saveAndFlush(new ResumptionRequest(enterprise.id(), enterprise.name(),
					enterprise.industry().name(), enterprise.districtCode(), enterprise.townCode(), content));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("application.open.exists");
		}
		this.audit.record("APPLICATION_CREATED", "APPLICATION", request.getId(), AuditService.SUCCESS, null);
		return request.header();
	}

	@Transactional
	ApplicationHeader update(CurrentUser user, long id, ApplicationContent content, long version) {
		ResumptionRequest request = this.visibility.own(user, id);
		requireVersion(request, version);
		request.edit(content);
		this.requests.flush();
		this.audit.record("APPLICATION_UPDATED", "APPLICATION", id, AuditService.SUCCESS, null);
		return request.header();
	}

	@Transactional
	MaterialView upload(CurrentUser user, long id, MaterialKind kind, MultipartFile file) {
		ResumptionRequest request = this.visibility.own(user, id);
		if (!request.getState().isEditableByEnterprise()) {
			throw new IllegalTransitionException(request.getState(), "UPLOAD");
		}
		if (kind == null || !MaterialKind.BY_ENTERPRISE.contains(kind)) {
			throw new BusinessRuleException("application.material.kind",
					List.of(new FieldProblem("kind", "application.material.kind")));
		}
		StoredFile stored = this.files.store(file, FileStore.DOCUMENTS_AND_IMAGES);
		ResumptionMaterial material = this.materials.save(new ResumptionMaterial(id, kind, stored, user.getUsername()));
		this.audit.record("APPLICATION_MATERIAL_ADDED", "APPLICATION", id, AuditService.SUCCESS,
				kind + " " + stored.originalName() + " " + stored.sha256());
		return material.toView();
	}

	@Transactional
	void removeMaterial(CurrentUser user, long id, long materialId) {
		ResumptionRequest request = this.visibility.own(user, id);
		if (!request.getState().isEditableByEnterprise()) {
			throw new IllegalTransitionException(request.getState(), "REMOVE_MATERIAL");
		}
		ResumptionMaterial material = this.materials.findById(materialId)
			.filter((m) -> m.getRequestId() == id && m.getKind() != MaterialKind.SITE_PHOTO)
			.orElseThrow(() -> new NotFoundException("material"));
		if (this.rounds.isSubmitted(materialId)) {
			// Submitted once, kept for good: it leaves the next round, not the record.
			material.withdraw(user.getUsername(), Instant.now());
		}
		else {
			this.materials.delete(material);
		}
		this.audit.record("APPLICATION_MATERIAL_REMOVED", "APPLICATION", id, AuditService.SUCCESS,
				material.toView().filename());
	}

	/** What still stands between the application and its submission; empty when it may be submitted. */
	@Transactional(readOnly = true)
	public List<FieldProblem> missingForSubmission(CurrentUser user, long id) {
		ResumptionRequest request = this.visibility.own(user, id);
		return missing(request, this.selfChecks.validPassedCheck(request.getEnterpriseId()));
	}

	@Transactional
	ApplicationHeader submit(CurrentUser user, long id) {
		ResumptionRequest request = this.visibility.own(user, id);
		if (!request.getState().isEditableByEnterprise()) {
			throw new IllegalTransitionException(request.getState(), "SUBMIT");
		}
		// A squatter on another company's credit code must not get as far as the queue.
		this.enterprises.requireVerified(request.getEnterpriseId());
		Optional<SelfCheckResult> check = this.selfChecks.validPassedCheck(request.getEnterpriseId());
		List<FieldProblem> missing = missing(request, check);
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("application.submit.incomplete", missing);
		}
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		Instant now = Instant.now();
		long selfCheckId = check.orElseThrow().id();
		Transition transition = request.submit(selfCheckId, enterprise.name(), now);
		request.scheduleDue(this.calendar.after(now, WorkingDays.STEP_DAYS));
		// The answer carries the version the client must send next: flushed, so it is the stored one.
		this.requests.flush();
		this.rounds.freeze(request, user.getUsername(), selfCheckId, now);
		record(request, user, "SUBMIT", transition, null, null, now);
		return request.header();
	}

	/**
	 * An official's decision on the application. The version the official saw must
	 * still be current: of two officials acting at once, one wins and the other is told.
	 */
	@Transactional
	ApplicationHeader decide(CurrentUser official, long id, DecisionAction action, Boolean passed, String opinion,
			long version, List<MultipartFile> photos) {
		ResumptionRequest request = this.visibility.inJurisdiction(official, id);
		// A stale view first: the official learns that the application moved on, whatever they meant to do.
		requireVersion(request, version);
		if (!action.isTakenBy(official.role(), request.getState())) {
			throw new AccessDeniedException(official.role() + " does not " + action + " in " + request.getState());
		}
		boolean needsOpinion = action == DecisionAction.RETURN || action == DecisionAction.REJECT
				|| (action == DecisionAction.RECORD_SITE_VISIT && Boolean.FALSE.equals(passed));
		List<FieldProblem> problems = new ArrayList<>();
		if (action == DecisionAction.RECORD_SITE_VISIT && passed == null) {
			problems.add(new FieldProblem("passed", "application.decision.passedRequired"));
		}
		if (needsOpinion && (opinion == null || opinion.isBlank())) {
			problems.add(new FieldProblem("opinion", "application.decision.opinionRequired"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDecisionException(problems);
		}
		Instant now = Instant.now();
		String cleanOpinion = (opinion != null && !opinion.isBlank()) ? opinion.trim() : null;
		Transition transition = request.decide(action, passed, cleanOpinion, now);
		request.scheduleDue(this.calendar.after(now, WorkingDays.STEP_DAYS));
		if (action == DecisionAction.RECORD_SITE_VISIT && photos != null) {
			for (MultipartFile photo : photos) {
				if (photo != null && !photo.isEmpty()) {
					StoredFile stored = this.files.store(photo, FileStore.IMAGES);
					this.materials.save(new ResumptionMaterial(id, MaterialKind.SITE_PHOTO, stored, official.getUsername()));
				}
			}
		}
		this.requests.flush();
		record(request, official, action.name(), transition, cleanOpinion,
				(action == DecisionAction.RECORD_SITE_VISIT) ? passed : null, now);
		if (transition.to() == ApplicationState.APPROVED) {
			this.events.publishEvent(new ResumptionApproved(id, request.getEnterpriseId(), request.getEnterpriseName(),
					request.getDistrictCode(), request.getTownCode(), official.getUsername(), now));
		}
		return request.header();
	}

	@Transactional(readOnly = true)
	public ApplicationView view(CurrentUser user, long id) {
		ResumptionRequest request = this.visibility.visible(user, id);
		return new ApplicationView(request.header(), request.content(),
				this.materials.ofRequest(id).stream().map(ResumptionMaterial::toView).toList(),
				this.steps.timeline(id).stream().map(ResumptionStep::toEntry).toList());
	}

	@Transactional(readOnly = true)
	public List<ApplicationHeader> mine(CurrentUser user) {
		return this.requests.findByEnterpriseIdOrderByCreatedAtDesc(user.requireEnterpriseId())
			.stream()
			.map(ResumptionRequest::header)
			.toList();
	}

	@Transactional(readOnly = true)
	Page<QueueItem> queue(CurrentUser official, QueueFilter filter, Pageable pageable) {
		return this.queue.page(official, filter, pageable);
	}

	/** How many applications wait for the official's role, and how many of them are overdue (one query). */
	@Transactional(readOnly = true)
	public QueueCounts counts(CurrentUser official) {
		return this.queue.counts(official);
	}

	/** Waiting, overdue and, of those, raised to the level above (督办). */
	public record QueueCounts(long waiting, long overdue, long escalated) {
	}

	@Transactional(readOnly = true)
	MaterialDownload material(CurrentUser user, long id, long materialId) {
		this.visibility.visible(user, id);
		ResumptionMaterial material = this.materials.findById(materialId)
			.filter((m) -> m.getRequestId() == id)
			.orElseThrow(() -> new NotFoundException("material"));
		return new MaterialDownload(material.toView(), this.files.load(material.getStorageKey()));
	}

	record MaterialDownload(MaterialView material, Resource content) {
	}

	private List<FieldProblem> missing(ResumptionRequest request, Optional<SelfCheckResult> check) {
		List<FieldProblem> missing = new ArrayList<>();
		if (check.isEmpty()) {
			missing.add(new FieldProblem("selfCheck", "application.submit.selfCheckMissing"));
		}
		Set<MaterialKind> present = EnumSet.noneOf(MaterialKind.class);
		this.materials.ofRequest(request.getId()).forEach((m) -> present.add(m.getKind()));
		for (MaterialKind kind : MaterialKind.REQUIRED) {
			if (!present.contains(kind)) {
				missing.add(new FieldProblem("materials." + kind, "application.submit.missing." + kind));
			}
		}
		ApplicationContent content = request.content();
		if (content.needsSamplingPoint() && (content.samplingLocation() == null || content.samplingLocation().isBlank()
				|| !named(content.liaison()) || !named(content.sampler()) || !named(content.scanner()))) {
			missing.add(new FieldProblem("samplingPoint", "application.submit.samplingPointMissing",
					ApplicationContent.SAMPLING_POINT_THRESHOLD));
		}
		return missing;
	}

	private static boolean named(ApplicationContent.Specialist specialist) {
		return specialist != null && specialist.isNamed();
	}

	private void record(ResumptionRequest request, CurrentUser actor, String action, Transition transition,
			String opinion, Boolean passed, Instant now) {
		this.steps.save(new ResumptionStep(request.getId(), now, actor.getUsername(), actor.role().name(), action,
				transition, opinion, passed));
		this.escalations.clear(request.getId(), now);
		this.audit.record("APPLICATION_" + action, "APPLICATION", request.getId(), AuditService.SUCCESS,
				transition.from() + " -> " + transition.to() + ((opinion != null) ? ": " + opinion : ""));
		this.inbox.notifyEnterprise(request.getEnterpriseId(), "inbox.application." + transition.to(),
				List.of(Long.toString(request.getId()), (opinion != null) ? opinion : ""),
				"/applications/" + request.getId());
	}

	private static void requireVersion(ResumptionRequest request, long version) {
		if (request.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ResumptionRequest.class, request.getId());
		}
	}

}
