package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's production stop (停工停产) on a rectification notice: when it may
 * be ordered, ordering it (which suspends the enterprise's whitelist entries),
 * lifting it after a passing follow-up, and the list of stops.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StopService {

	static final String AUDIT_STOP = "PRODUCTION_STOP";

	private final NoticeRepository notices;

	private final InspectionRepository inspections;

	private final StopRepository stops;

	private final WhitelistService whitelist;

	private final InboxService inbox;

	private final AuditService audit;

	private final InspectionProperties properties;

	private final Clock clock;

	/**
	 * The district orders a production stop on a notice of its district: allowed
	 * when the notice went overdue or one of its aspects failed before within the
	 * repeat window (422 otherwise). Every active whitelist entry of the
	 * enterprise is suspended, so its passes stop verifying at the gate.
	 */
	@Transactional
	public StopView stop(CurrentUser official, long noticeId, String reason) {
		return stop(official, noticeId, reason, this.clock.instant());
	}

	@Transactional
	StopView stop(CurrentUser official, long noticeId, String reason, Instant at) {
		requireDistrict(official);
		RectificationNotice notice = this.notices.findVisible(noticeId, null, official.regionCode(), null)
			.orElseThrow(() -> new NotFoundException("notice"));
		String why = requireReason(reason);
		if (!this.stops.findByEnterpriseIdAndState(notice.getEnterpriseId(), StopState.IN_FORCE).isEmpty()) {
			throw new ConflictException("inspection.stop.inForce");
		}
		if (!stoppable(notice)) {
			throw new BusinessRuleException("inspection.stop.notAllowed");
		}
		notice.escalate(at);
		List<Long> suspended = this.whitelist.suspendAllForStop(notice.getEnterpriseId(),
				"停工停产 " + notice.getNumber() + ": " + why, official.getUsername());
		ProductionStop stop;
		try {
			stop = this.stops.saveAndFlush(new ProductionStop(notice, why, official.getUsername(), at, suspended));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("inspection.stop.inForce");
		}
		this.audit.record("PRODUCTION_STOPPED", AUDIT_STOP, stop.getId(), AuditService.SUCCESS,
				notice.getEnterpriseName() + " on " + notice.getNumber() + ": " + why + "; whitelist entries "
						+ suspended);
		this.inbox.notifyEnterprise(notice.getEnterpriseId(), "inspection.inbox.stopped",
				List.of(notice.getNumber(), why), "/rectifications/" + noticeId);
		return stop.toView();
	}

	/**
	 * Lifts a stop of the district: only after a follow-up of its notice, made
	 * after the stop, passed every aspect (422 otherwise). Restores the whitelist
	 * entries the stop suspended.
	 */
	@Transactional
	public StopView lift(CurrentUser official, long stopId, String reason) {
		requireDistrict(official);
		ProductionStop stop = this.stops.findVisible(stopId, official.regionCode(), null)
			.orElseThrow(() -> new NotFoundException("stop"));
		String why = requireReason(reason);
		if (stop.getState() != StopState.IN_FORCE) {
			throw new ConflictException("inspection.lift.notInForce");
		}
		List<Inspection> passing = this.inspections.findPassingFollowUps(stop.getNoticeId(), stop.getOrderedAt());
		if (passing.isEmpty()) {
			throw new BusinessRuleException("inspection.lift.needsFollowUp");
		}
		Instant now = this.clock.instant();
		stop.lift(why, official.getUsername(), now, passing.get(0).getId());
		this.whitelist.restoreAfterStop(stop.suspendedEntries(), "复工 " + why, official.getUsername());
		this.stops.flush();
		this.audit.record("PRODUCTION_STOP_LIFTED", AUDIT_STOP, stopId, AuditService.SUCCESS,
				why + "; follow-up inspection " + passing.get(0).getId());
		this.inbox.notifyEnterprise(stop.getEnterpriseId(), "inspection.inbox.lifted", List.of(why),
				"/rectifications/" + stop.getNoticeId());
		return stop.toView();
	}

	/** The stops of the caller's jurisdiction (or own enterprise), in force first. */
	@Transactional(readOnly = true)
	public Page<StopView> stops(CurrentUser user, StopState state, Pageable pageable) {
		CallerScope scope = CallerScope.of(user);
		return this.stops.search(scope.enterprise(), scope.district(), scope.town(), state, pageable)
			.map(ProductionStop::toView);
	}

	/**
	 * Whether the district may stop production on the notice: it is still
	 * pending, and it went overdue or one of its aspects failed on an earlier
	 * notice of the enterprise within the repeat window.
	 */
	boolean stoppable(RectificationNotice notice) {
		if (!notice.getState().isPending()) {
			return false;
		}
		if (notice.getState() == NoticeState.OVERDUE || notice.getOverdueAt() != null) {
			return true;
		}
		Set<Aspect> aspects = notice.aspectSet();
		return this.notices
			.findIssuedBetween(notice.getEnterpriseId(), notice.getId(),
					notice.getIssuedAt().minus(this.properties.repeatWindow()), notice.getIssuedAt())
			.stream()
			.anyMatch((earlier) -> earlier.aspectSet().stream().anyMatch(aspects::contains));
	}

	private static void requireDistrict(CurrentUser user) {
		if (!user.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only district officials order and lift stops");
		}
	}

	private static String requireReason(String reason) {
		String why = (reason == null || reason.isBlank()) ? null : reason.trim();
		if (why == null) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("reason", "validation.required")));
		}
		if (why.length() > 500) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("reason", "inspection.validation.max500")));
		}
		return why;
	}

}
