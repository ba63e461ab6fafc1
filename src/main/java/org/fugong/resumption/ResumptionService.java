package org.fugong.resumption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.WorkingCalendar;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.resumption.ResumptionRequest.Transition;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.selfcheck.SelfCheckResult;
import org.fugong.selfcheck.SelfCheckService;

import org.springframework.context.ApplicationEventPublisher;
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
 * timeline entry, its audit entry and the enterprise's notice ({@link ApplicationJournal});
 * approval publishes {@link ResumptionApproved} through the same transaction. The
 * materials are kept by {@link ApplicationMaterials}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResumptionService {

	private final ResumptionRequestRepository requests;

	private final ResumptionStepRepository steps;

	private final ResumptionMaterialRepository materialRows;

	private final ApplicationMaterials materials;

	private final ApplicationJournal journal;

	private final ResumptionQueue queue;

	private final EnterpriseService enterprises;

	private final SelfCheckService selfChecks;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final WorkingCalendar calendar;

	private final VisibleApplications visibility;

	private final Rounds rounds;

	@Transactional
	ApplicationHeader create(CurrentUser user, ApplicationContent content) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		if (this.requests.hasOpen(enterprise.id())) {
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
		this.journal.record(request, user, "SUBMIT", transition, null, null, now);
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
		if (action == DecisionAction.RECORD_SITE_VISIT) {
			this.materials.addSitePhotos(id, photos, official.getUsername());
		}
		this.requests.flush();
		this.journal.record(request, official, action.name(), transition, cleanOpinion,
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
				this.materialRows.ofRequest(id).stream().map(ResumptionMaterial::toView).toList(),
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

	private List<FieldProblem> missing(ResumptionRequest request, Optional<SelfCheckResult> check) {
		List<FieldProblem> missing = new ArrayList<>();
		if (check.isEmpty()) {
			missing.add(new FieldProblem("selfCheck", "application.submit.selfCheckMissing"));
		}
		Set<MaterialKind> present = EnumSet.noneOf(MaterialKind.class);
		this.materialRows.ofRequest(request.getId()).forEach((m) -> present.add(m.getKind()));
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

	private static void requireVersion(ResumptionRequest request, long version) {
		if (request.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ResumptionRequest.class, request.getId());
		}
	}

}
