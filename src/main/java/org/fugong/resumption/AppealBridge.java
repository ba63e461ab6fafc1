package org.fugong.resumption;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.RejectedApplications;
import org.fugong.appeal.RejectionOverturned;
import org.fugong.inbox.InboxService;
import org.fugong.resumption.ResumptionRequest.Transition;
import org.fugong.resumption.ResumptionStep.TimelineEntry;
import org.fugong.security.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What appeals need of applications: the rejected ones an enterprise may contest
 * (only while it has no other application in progress, since only one may be),
 * and the return of an application whose rejection an appeal overturned, as a
 * step of its timeline after the appeal committed.
 */
@Component
@RequiredArgsConstructor
class AppealBridge implements RejectedApplications {

	private static final Logger log = LoggerFactory.getLogger(AppealBridge.class);

	private final ResumptionRequestRepository requests;

	private final ResumptionStepRepository steps;

	private final InboxService inbox;

	private final AuditService audit;

	@Override
	@Transactional(readOnly = true)
	public List<RejectedApplication> of(long enterpriseId) {
		List<ResumptionRequest> all = this.requests.findByEnterpriseIdOrderByCreatedAtDesc(enterpriseId);
		if (ResumptionRequestRepository.isAnyOpen(all)) {
			return List.of();
		}
		return all.stream()
			.filter((r) -> r.getState() == ApplicationState.REJECTED)
			.map((r) -> {
				TimelineEntry rejection = this.steps.timeline(r.getId())
					.stream()
					.map(ResumptionStep::toEntry)
					.filter((e) -> e.to() == ApplicationState.REJECTED)
					.reduce((first, second) -> second)
					.orElse(null);
				return new RejectedApplication(r.getId(), (rejection != null) ? rejection.at() : null,
						(rejection != null) ? rejection.opinion() : null);
			})
			.toList();
	}

	@ApplicationModuleListener
	void on(RejectionOverturned event) {
		ResumptionRequest request = this.requests.findById(event.applicationId()).orElse(null);
		if (request == null || request.getState() != ApplicationState.REJECTED) {
			log.warn("Appeal {} upheld, but application {} is no longer rejected", event.appealId(),
					event.applicationId());
			return;
		}
		if (this.requests.hasOpen(request.getEnterpriseId())) {
			log.warn("Appeal {} upheld, but enterprise {} has another application in progress", event.appealId(),
					request.getEnterpriseId());
			return;
		}
		Instant at = (event.at() != null) ? event.at() : Instant.now();
		Transition transition = request.overturnRejection(event.answer(), at);
		this.requests.flush();
		this.steps.save(new ResumptionStep(request.getId(), at, event.official(), event.officialRole(), "APPEAL_UPHELD",
				transition, event.answer(), null));
		this.audit.recordAs(event.official(), "APPLICATION_APPEAL_UPHELD", "APPLICATION", request.getId(),
				AuditService.SUCCESS, "appeal " + event.appealId() + ": REJECTED -> RETURNED");
		this.inbox.notifyEnterprise(request.getEnterpriseId(), "inbox.application.RETURNED",
				List.of(Long.toString(request.getId()), event.answer()), "/applications/" + request.getId());
	}

}
