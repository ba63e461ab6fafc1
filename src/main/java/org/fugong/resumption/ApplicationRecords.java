package org.fugong.resumption;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.resumption.Escalations.OpenEscalation;
import org.fugong.resumption.Rounds.RoundView;
import org.fugong.security.CurrentUser;
import org.fugong.selfcheck.SelfCheckResult;
import org.fugong.selfcheck.SubmittedSelfChecks;
import org.fugong.selfcheck.SubmittedSelfChecks.EvidenceFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What stays on record of an application, for the enterprise and the officials of
 * its region: its rounds, the self-check it was submitted with (asked of the
 * self-check module) and whether its current step went up to the level above.
 */
@Service
@RequiredArgsConstructor
class ApplicationRecords {

	private final VisibleApplications visibility;

	private final Rounds rounds;

	private final SubmittedSelfChecks selfChecks;

	private final Escalations escalations;

	@Transactional(readOnly = true)
	List<RoundView> rounds(CurrentUser user, long id) {
		this.visibility.visible(user, id);
		return this.rounds.of(id);
	}

	/** The self-check the application was last submitted with; none for a draft. */
	@Transactional(readOnly = true)
	Optional<SelfCheckResult> selfCheck(CurrentUser user, long id) {
		ApplicationHeader header = this.visibility.visible(user, id).header();
		if (header.selfCheckId() == null || header.selfCheckId() <= 0) {
			return Optional.empty();
		}
		return this.selfChecks.find(header.selfCheckId(), header.enterpriseId());
	}

	/** An evidence file of that self-check, or of the check of an earlier round. */
	@Transactional(readOnly = true)
	EvidenceFile evidence(CurrentUser user, long id, long selfCheckId, String code) {
		ResumptionRequest request = this.visibility.visible(user, id);
		boolean submittedWithIt = java.util.Objects.equals(request.header().selfCheckId(), selfCheckId)
				|| this.rounds.of(id).stream().anyMatch((r) -> r.selfCheckId() != null && r.selfCheckId() == selfCheckId);
		if (!submittedWithIt) {
			throw new NotFoundException("evidence");
		}
		return this.selfChecks.evidence(selfCheckId, request.getEnterpriseId(), code)
			.orElseThrow(() -> new NotFoundException("evidence"));
	}

	@Transactional(readOnly = true)
	Optional<OpenEscalation> escalation(CurrentUser user, long id) {
		this.visibility.visible(user, id);
		return this.escalations.open(id);
	}

}
