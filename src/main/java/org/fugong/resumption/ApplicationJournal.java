package org.fugong.resumption;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.inbox.InboxService;
import org.fugong.resumption.ResumptionRequest.Transition;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * What every step of an application leaves behind, in the step's transaction:
 * its timeline entry, its audit entry and the enterprise's notice; and, as the
 * application moved on, the end of any escalation of the step it left.
 */
@Component
@RequiredArgsConstructor
class ApplicationJournal {

	private final ResumptionStepRepository steps;

	private final Escalations escalations;

	private final AuditService audit;

	private final InboxService inbox;

	void record(ResumptionRequest request, CurrentUser actor, String action, Transition transition, String opinion,
			Boolean passed, Instant now) {
		this.steps.save(new ResumptionStep(request.getId(), now, actor.getUsername(), actor.role().name(), action,
				transition, opinion, passed));
		this.escalations.clear(request.getId(), now);
		this.audit.record("APPLICATION_" + action, "APPLICATION", request.getId(), AuditService.SUCCESS,
				transition.from() + " -> " + transition.to() + ((opinion != null) ? ": " + opinion : ""));
		this.inbox.notifyEnterprise(request.getEnterpriseId(), "inbox.application." + transition.to(),
				List.of(Long.toString(request.getId()), (opinion != null) ? opinion : ""),
				"/applications/" + request.getId());
	}

}
