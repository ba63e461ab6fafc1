package org.fugong.whitelist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.resumption.ResumptionApproved;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistEntry.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where entries are written and their changes told: every listing, whoever makes it
 * (an official, an approval, a city batch, a production stop), goes through here into
 * the audit log and the events that start and stop passes.
 */
@Component
@RequiredArgsConstructor
class WhitelistLedger {

	private static final Logger log = LoggerFactory.getLogger(WhitelistLedger.class);

	static final String TARGET = "WHITELIST";

	private final WhitelistEntryRepository entries;

	private final EnterpriseService enterprises;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	/**
	 * A production stop: suspends every active entry of the enterprise, whatever
	 * its level, with the stop's reason, in the history, the audit log and the
	 * events that stop its passes. Answers the entries it suspended.
	 */
	@Transactional
	List<Long> suspendAllForStop(long enterpriseId, String reason, String actor) {
		List<Long> suspended = new ArrayList<>();
		for (WhitelistEntry entry : this.entries.findStandingOf(enterpriseId)) {
			if (entry.getStatus() == WhitelistStatus.ACTIVE) {
				entry.suspend(reason, actor);
				record(entry, Transition.SUSPEND, reason, actor);
				suspended.add(entry.getId());
			}
		}
		this.entries.flush();
		return suspended;
	}

	/** Lifting a stop: restores those of the entries that are still suspended. */
	@Transactional
	void restoreAfterStop(List<Long> entryIds, String reason, String actor) {
		for (WhitelistEntry entry : this.entries.findAllById(entryIds)) {
			if (entry.getStatus() == WhitelistStatus.SUSPENDED) {
				entry.restore(reason, actor);
				record(entry, Transition.RESTORE, reason, actor);
			}
		}
		this.entries.flush();
	}

	/**
	 * An approved application lists the enterprise at district level, in the batch
	 * of the approval day. A standing district entry (active or suspended) is left
	 * as it is: a suspension is the officials' to lift, and a repeated event changes nothing.
	 */
	@Transactional
	void listOnApproval(ResumptionApproved event) {
		if (this.entries.findStanding(event.enterpriseId(), WhitelistLevel.DISTRICT).isPresent()) {
			return;
		}
		Optional<EnterpriseView> enterprise = this.enterprises.find(event.enterpriseId());
		if (enterprise.isEmpty()) {
			log.warn("Approved application {} names enterprise {}, which does not exist", event.applicationId(),
					event.enterpriseId());
			return;
		}
		String batch = LocalDate.ofInstant(event.approvedAt(), TimeFormat.ZONE).toString();
		WhitelistEntry entry = this.entries.saveAndFlush(new WhitelistEntry(listing(enterprise.get()),
				WhitelistLevel.DISTRICT, batch, WhitelistSource.APPROVAL, null, event.approvedAt(),
				event.approvedBy()));
		this.audit.recordAs(event.approvedBy(), "WHITELIST_ADDED", TARGET, entry.getId(), AuditService.SUCCESS,
				"DISTRICT " + batch + ", approved application " + event.applicationId());
		this.events.publishEvent(new WhitelistEntryAdded(entry.getId(), entry.getEnterpriseId(), entry.getLevel()));
	}

	/** Lists an enterprise found by credit code unless it is already listed at that level (demo data). */
	@Transactional
	void listIfAbsent(String creditCode, WhitelistLevel level, String batch, Instant since, String actor) {
		this.enterprises.findByCreditCode(creditCode)
			.filter((enterprise) -> this.entries.findStanding(enterprise.id(), level).isEmpty())
			.ifPresent((enterprise) -> save(enterprise, level, batch, WhitelistSource.MANUAL, null, since, actor,
					"demo"));
	}

	WhitelistEntry save(EnterpriseView enterprise, WhitelistLevel level, String batch, WhitelistSource source,
			String reason, Instant since, String actor, String how) {
		WhitelistEntry entry = this.entries.save(
				new WhitelistEntry(listing(enterprise), level, batch, source, reason, since, actor));
		this.audit.recordAs(actor, "WHITELIST_ADDED", TARGET, entry.getId(), AuditService.SUCCESS,
				level + " " + batch + " (" + how + ")" + ((reason != null) ? ": " + reason : ""));
		this.events.publishEvent(new WhitelistEntryAdded(entry.getId(), entry.getEnterpriseId(), level));
		return entry;
	}

	void record(WhitelistEntry entry, Transition transition, String why, String actor) {
		this.audit.recordAs(actor, transition.auditAction, TARGET, entry.getId(), AuditService.SUCCESS,
				entry.getLevel() + ": " + why);
		this.events.publishEvent(switch (transition) {
			case SUSPEND -> new WhitelistSuspended(entry.getId(), entry.getEnterpriseId(), entry.getLevel(), why);
			case RESTORE -> new WhitelistRestored(entry.getId(), entry.getEnterpriseId(), entry.getLevel(), why);
			case REMOVE -> new WhitelistRemoved(entry.getId(), entry.getEnterpriseId(), entry.getLevel(), why);
		});
	}

	/** City entries are the city officials', district entries the district officials', town entries the town officers'. */
	static void requireKeeper(CurrentUser official, WhitelistLevel level) {
		if (level == null || WhitelistLevel.keptBy(official.role()) != level) {
			throw new AccessDeniedException(official.getUsername() + " does not keep the " + level + " whitelist");
		}
	}

	static Listing listing(EnterpriseView enterprise) {
		return new Listing(enterprise.id(), enterprise.name(), enterprise.creditCode(), enterprise.districtCode(),
				enterprise.townCode());
	}

	static String normalizeCode(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	enum Transition {

		SUSPEND("WHITELIST_SUSPENDED"), RESTORE("WHITELIST_RESTORED"), REMOVE("WHITELIST_REMOVED");

		private final String auditAction;

		Transition(String auditAction) {
			this.auditAction = auditAction;
		}

	}

}
