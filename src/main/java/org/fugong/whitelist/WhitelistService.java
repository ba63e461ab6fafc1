package org.fugong.whitelist;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.whitelist.WhitelistLedger.Transition;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whitelists: who is on which list, and listing and delisting by the officials
 * of each level ({@link WhitelistLedger} writes and tells every change; the city's
 * CSV batches are {@link WhitelistImport}'s). Officials see the entries of the enterprises in their
 * jurisdiction (scoped in the query) and change only the entries of their own
 * level; anything outside their jurisdiction is "not found".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WhitelistService {

	private final WhitelistEntryRepository entries;

	private final EnterpriseService enterprises;

	private final WhitelistLedger ledger;

	/** The entries of the official's jurisdiction, filtered, at every level. */
	@Transactional(readOnly = true)
	public Page<WhitelistEntryView> search(CurrentUser official, WhitelistQuery query, Pageable pageable) {
		Jurisdiction scope = official.jurisdiction();
		return this.entries
			.search(scope.districtCode(), scope.townCode(), query.level(), query.status(), query.region(),
					query.batch(), pageable)
			.map(WhitelistEntry::toView);
	}

	/** One entry of the official's jurisdiction with its history. */
	@Transactional(readOnly = true)
	public WhitelistEntryDetail detail(CurrentUser official, long id) {
		WhitelistEntry entry = visible(official, id);
		return new WhitelistEntryDetail(entry.toView(), entry.history());
	}

	/** The batches of the official's jurisdiction, the latest first (at most 50), for filters. */
	@Transactional(readOnly = true)
	public List<String> batches(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		return this.entries.findBatches(scope.districtCode(), scope.townCode(), PageRequest.of(0, 50));
	}

	/** The levels on which the enterprise is listed and not suspended: what lets it issue passes. */
	@Transactional(readOnly = true)
	public Set<String> activeLevelsOf(long enterpriseId) {
		return this.entries.findStandingOf(enterpriseId)
			.stream()
			.filter((entry) -> entry.getStatus() == WhitelistStatus.ACTIVE)
			.map((entry) -> entry.getLevel().name())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The enterprise's standing across its entries, read in one query. */
	@Transactional(readOnly = true)
	public WhitelistStanding standingOf(long enterpriseId) {
		List<WhitelistEntry> standing = this.entries.findStandingOf(enterpriseId);
		if (standing.stream().anyMatch((entry) -> entry.getStatus() == WhitelistStatus.ACTIVE)) {
			return WhitelistStanding.ACTIVE;
		}
		return standing.isEmpty() ? WhitelistStanding.NOT_LISTED : WhitelistStanding.SUSPENDED;
	}

	/** The standing of each of the enterprises, read in one query; the unlisted answer {@code NOT_LISTED}. */
	@Transactional(readOnly = true)
	public Map<Long, WhitelistStanding> standingsOf(Collection<Long> enterpriseIds) {
		Map<Long, WhitelistStanding> standings = new HashMap<>();
		enterpriseIds.forEach((id) -> standings.put(id, WhitelistStanding.NOT_LISTED));
		if (enterpriseIds.isEmpty()) {
			return standings;
		}
		for (WhitelistEntry entry : this.entries.findStandingOfAll(enterpriseIds)) {
			standings.merge(entry.getEnterpriseId(),
					(entry.getStatus() == WhitelistStatus.ACTIVE) ? WhitelistStanding.ACTIVE
							: WhitelistStanding.SUSPENDED,
					(a, b) -> (a == WhitelistStanding.ACTIVE || b == WhitelistStanding.ACTIVE) ? WhitelistStanding.ACTIVE
							: WhitelistStanding.SUSPENDED);
		}
		return standings;
	}

	/** The enterprises with a suspended entry and no active one: their passes must not verify (gate phones offline). */
	@Transactional(readOnly = true)
	public List<Long> suspendedEnterprises() {
		return this.entries.findSuspendedEnterprises();
	}

	/** The enterprise's entries that are not removed (active or suspended), by level. */
	@Transactional(readOnly = true)
	public List<WhitelistEntryView> entriesOf(long enterpriseId) {
		return this.entries.findStandingOf(enterpriseId).stream().map(WhitelistEntry::toView).toList();
	}

	/** The signed-in enterprise's own entries. */
	@Transactional(readOnly = true)
	public List<WhitelistEntryView> mine(CurrentUser user) {
		return entriesOf(user.requireEnterpriseId());
	}

	/** The level the official keeps, if any. */
	public Optional<WhitelistLevel> levelKeptBy(CurrentUser user) {
		return Optional.ofNullable(WhitelistLevel.keptBy(user.role()));
	}

	/** Lists an enterprise of the official's jurisdiction on the official's own list. */
	@Transactional
	public WhitelistEntryView add(CurrentUser official, long enterpriseId, WhitelistLevel level, String batch,
			String reason) {
		WhitelistLedger.requireKeeper(official, level);
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		return add(official, enterprise, level, batch, reason, "enterpriseId");
	}

	/** The same, finding the enterprise by its credit code (the officials' form). */
	@Transactional
	public WhitelistEntryView addByCreditCode(CurrentUser official, String creditCode, WhitelistLevel level,
			String batch, String reason) {
		WhitelistLedger.requireKeeper(official, level);
		Jurisdiction scope = official.jurisdiction();
		EnterpriseView enterprise = this.enterprises.findByCreditCode(WhitelistLedger.normalizeCode(creditCode))
			.filter((e) -> scope.covers(e.districtCode(), e.townCode()))
			.orElseThrow(() -> new NotFoundException("enterprise"));
		return add(official, enterprise, level, batch, reason, "creditCode");
	}

	@Transactional
	public WhitelistEntryView suspend(CurrentUser official, long id, String reason) {
		return change(official, id, Transition.SUSPEND, reason, null);
	}

	/** Suspends an active entry; with a {@code version}, only if nobody changed the entry since. */
	@Transactional
	public WhitelistEntryView suspend(CurrentUser official, long id, String reason, Long version) {
		return change(official, id, Transition.SUSPEND, reason, version);
	}

	@Transactional
	public WhitelistEntryView restore(CurrentUser official, long id, String reason) {
		return change(official, id, Transition.RESTORE, reason, null);
	}

	@Transactional
	public WhitelistEntryView remove(CurrentUser official, long id, String reason) {
		return change(official, id, Transition.REMOVE, reason, null);
	}

	/**
	 * A production stop: suspends every active entry of the enterprise, whatever
	 * its level, with the stop's reason. Answers the entries it suspended.
	 */
	@Transactional
	public List<Long> suspendAllForStop(long enterpriseId, String reason, String actor) {
		return this.ledger.suspendAllForStop(enterpriseId, reason, actor);
	}

	/** Lifting a stop: restores those of the entries that are still suspended. */
	@Transactional
	public void restoreAfterStop(List<Long> entryIds, String reason, String actor) {
		this.ledger.restoreAfterStop(entryIds, reason, actor);
	}

	private WhitelistEntryView add(CurrentUser official, EnterpriseView enterprise, WhitelistLevel level, String batch,
			String reason, String field) {
		if (batch == null || batch.isBlank()) {
			throw invalid("batch", "validation.required");
		}
		if (batch.trim().length() > 50) {
			throw invalid("batch", "validation.size.max50");
		}
		if (reason != null && reason.trim().length() > 500) {
			throw invalid("reason", "whitelist.reason.tooLong");
		}
		requireVerified(enterprise, field);
		if (this.entries.findStanding(enterprise.id(), level).isPresent()) {
			throw duplicate(field);
		}
		try {
			WhitelistEntry entry = this.ledger.save(enterprise, level, batch.trim(), WhitelistSource.MANUAL,
					blankToNull(reason), Instant.now(), official.getUsername(), "manual");
			this.entries.flush();
			return entry.toView();
		}
		catch (DataIntegrityViolationException ex) {
			// Listed by someone else at the same moment: the partial unique index decided.
			throw duplicate(field);
		}
	}

	/**
	 * Suspends, restores or removes an entry, with the official's reason; with a
	 * {@code version}, only if nobody changed the entry since.
	 */
	@Transactional
	WhitelistEntryView change(CurrentUser official, long id, Transition transition, String reason, Long version) {
		if (reason == null || reason.isBlank()) {
			throw invalid("reason", "validation.required");
		}
		String why = reason.trim();
		if (why.length() > 500) {
			throw invalid("reason", "whitelist.reason.tooLong");
		}
		WhitelistEntry entry = visible(official, id);
		WhitelistLedger.requireKeeper(official, entry.getLevel());
		if (version != null && version != entry.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(WhitelistEntry.class, id);
		}
		try {
			switch (transition) {
				case SUSPEND -> entry.suspend(why, official.getUsername());
				case RESTORE -> entry.restore(why, official.getUsername());
				case REMOVE -> entry.remove(why, official.getUsername());
			}
		}
		catch (IllegalStateException ex) {
			throw new ConflictException("whitelist.transition.illegal");
		}
		this.entries.flush();
		this.ledger.record(entry, transition, why, official.getUsername());
		return entry.toView();
	}

	private WhitelistEntry visible(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.entries.findInJurisdiction(id, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("whitelist entry"));
	}

	/** Only a verified enterprise is listed by hand; the form's field says why not. */
	private void requireVerified(EnterpriseView enterprise, String field) {
		try {
			this.enterprises.requireVerified(enterprise.id());
		}
		catch (BusinessRuleException ex) {
			throw new BusinessRuleException(ex.messageKey(), List.of(new FieldProblem(field, ex.messageKey())));
		}
	}

	private static BusinessRuleException invalid(String field, String key) {
		return new BusinessRuleException("whitelist.invalid", List.of(new FieldProblem(field, key)));
	}

	private static ConflictException duplicate(String field) {
		return new ConflictException("whitelist.duplicate", List.of(new FieldProblem(field, "whitelist.duplicate")));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
