package org.fugong.whitelist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.CreditCodes;
import org.fugong.common.FieldProblem;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.resumption.ResumptionApproved;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.whitelist.ImportResult.Line;
import org.fugong.whitelist.WhitelistEntry.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whitelists: who is on which list, listing and delisting by the officials
 * of each level, the district listing that follows an approved application, and
 * the city's CSV batches. Officials see the entries of the enterprises in their
 * jurisdiction (scoped in the query) and change only the entries of their own
 * level; anything outside their jurisdiction is "not found".
 */
@Service
public class WhitelistService {

	private static final Logger log = LoggerFactory.getLogger(WhitelistService.class);

	static final String TARGET = "WHITELIST";

	private final WhitelistEntryRepository entries;

	private final EnterpriseService enterprises;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	WhitelistService(WhitelistEntryRepository entries, EnterpriseService enterprises, AuditService audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.enterprises = enterprises;
		this.audit = audit;
		this.events = events;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

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
	public java.util.Map<Long, WhitelistStanding> standingsOf(java.util.Collection<Long> enterpriseIds) {
		java.util.Map<Long, WhitelistStanding> standings = new java.util.HashMap<>();
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
		requireKeeper(official, level);
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		return add(official, enterprise, level, batch, reason, "enterpriseId");
	}

	/** The same, finding the enterprise by its credit code (the officials' form). */
	@Transactional
	public WhitelistEntryView addByCreditCode(CurrentUser official, String creditCode, WhitelistLevel level,
			String batch, String reason) {
		requireKeeper(official, level);
		Jurisdiction scope = official.jurisdiction();
		EnterpriseView enterprise = this.enterprises.findByCreditCode(normalizeCode(creditCode))
			.filter((e) -> scope.covers(e.districtCode(), e.townCode()))
			.orElseThrow(() -> new NotFoundException("enterprise"));
		return add(official, enterprise, level, batch, reason, "creditCode");
	}

	@Transactional
	public WhitelistEntryView suspend(CurrentUser official, long id, String reason) {
		return suspend(official, id, reason, null);
	}

	/** Suspends an active entry; with a {@code version}, only if nobody changed the entry since. */
	@Transactional
	public WhitelistEntryView suspend(CurrentUser official, long id, String reason, Long version) {
		return change(official, id, reason, version, Transition.SUSPEND);
	}

	@Transactional
	public WhitelistEntryView restore(CurrentUser official, long id, String reason) {
		return restore(official, id, reason, null);
	}

	@Transactional
	public WhitelistEntryView restore(CurrentUser official, long id, String reason, Long version) {
		return change(official, id, reason, version, Transition.RESTORE);
	}

	@Transactional
	public WhitelistEntryView remove(CurrentUser official, long id, String reason) {
		return remove(official, id, reason, null);
	}

	@Transactional
	public WhitelistEntryView remove(CurrentUser official, long id, String reason, Long version) {
		return change(official, id, reason, version, Transition.REMOVE);
	}

	/**
	 * A production stop: suspends every active entry of the enterprise, whatever
	 * its level, with the stop's reason, in the history, the audit log and the
	 * events that stop its passes. Answers the entries it suspended.
	 */
	@Transactional
	public List<Long> suspendAllForStop(long enterpriseId, String reason, String actor) {
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
	public void restoreAfterStop(List<Long> entryIds, String reason, String actor) {
		for (WhitelistEntry entry : this.entries.findAllById(entryIds)) {
			if (entry.getStatus() == WhitelistStatus.SUSPENDED) {
				entry.restore(reason, actor);
				record(entry, Transition.RESTORE, reason, actor);
			}
		}
		this.entries.flush();
	}

	private void record(WhitelistEntry entry, Transition transition, String why, String actor) {
		this.audit.recordAs(actor, transition.auditAction, TARGET, entry.getId(), AuditService.SUCCESS,
				entry.getLevel() + ": " + why);
		this.events.publishEvent(switch (transition) {
			case SUSPEND -> new WhitelistSuspended(entry.getId(), entry.getEnterpriseId(), entry.getLevel(), why);
			case RESTORE -> new WhitelistRestored(entry.getId(), entry.getEnterpriseId(), entry.getLevel(), why);
			case REMOVE -> new WhitelistRemoved(entry.getId(), entry.getEnterpriseId(), entry.getLevel(), why);
		});
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

	/**
	 * Imports a city batch from CSV, all or nothing: when any row is bad nothing is
	 * listed and every bad row is answered with its line; otherwise every row is
	 * listed, except enterprises already on the city list, which are skipped.
	 */
	ImportResult importCityList(CurrentUser official, byte[] content) {
		requireKeeper(official, WhitelistLevel.CITY);
		List<WhitelistCsv.Row> rows = WhitelistCsv.read(content);
		// Thousands of lookups in a read-only transaction: Hibernate does not flush (and so
		// does not dirty-check every enterprise loaded so far) before each of them.
		Checked checked = this.readOnly.execute((status) -> check(rows));
		if (!checked.errors().isEmpty()) {
			return new ImportResult(rows.size(), 0, List.of(), checked.errors());
		}
		try {
			return this.writing.execute((status) -> listImported(official, rows.size(), checked.valid()));
		}
		catch (DataIntegrityViolationException ex) {
			// Someone listed one of the enterprises since the check: the partial unique index decided.
			throw new ConflictException("whitelist.import.conflict");
		}
	}

	private record Checked(Map<WhitelistCsv.Row, EnterpriseView> valid, List<Line> errors) {
	}

	private Checked check(List<WhitelistCsv.Row> rows) {
		List<Line> errors = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		Map<WhitelistCsv.Row, EnterpriseView> valid = new LinkedHashMap<>();
		for (WhitelistCsv.Row row : rows) {
			int before = errors.size();
			String code = normalizeCode(row.creditCode());
			EnterpriseView enterprise = null;
			if (code == null) {
				errors.add(new Line(row.line(), null, "whitelist.import.creditCode.required", null));
			}
			else if (!CreditCodes.isValid(code)) {
				errors.add(new Line(row.line(), row.creditCode(), "validation.creditCode.invalid", null));
			}
			else if (firstLine.containsKey(code)) {
				errors.add(new Line(row.line(), code, "whitelist.import.creditCode.repeated", firstLine.get(code)));
			}
			else {
				firstLine.put(code, row.line());
				enterprise = this.enterprises.findByCreditCode(code).orElse(null);
				if (enterprise == null) {
					errors.add(new Line(row.line(), code, "whitelist.import.enterprise.unknown", null));
				}
				else {
					checkIdentity(row, code, enterprise, errors);
				}
			}
			if (row.batch() == null) {
				errors.add(new Line(row.line(), code, "whitelist.import.batch.required", null));
			}
			else if (row.batch().length() > 50) {
				errors.add(new Line(row.line(), code, "whitelist.import.batch.tooLong", null));
			}
			if (row.reason() != null && row.reason().length() > 500) {
				errors.add(new Line(row.line(), code, "whitelist.import.reason.tooLong", null));
			}
			if (errors.size() == before && enterprise != null) {
				valid.put(row, enterprise);
			}
		}
		return new Checked(valid, errors);
	}

	private ImportResult listImported(CurrentUser official, int rows, Map<WhitelistCsv.Row, EnterpriseView> valid) {
		Set<Long> listed = new HashSet<>();
		List<Long> ids = valid.values().stream().map(EnterpriseView::id).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			listed.addAll(
					this.entries.findListed(WhitelistLevel.CITY, ids.subList(from, Math.min(ids.size(), from + 1000))));
		}
		List<Line> skipped = new ArrayList<>();
		Instant now = Instant.now();
		int added = 0;
		for (Map.Entry<WhitelistCsv.Row, EnterpriseView> row : valid.entrySet()) {
			EnterpriseView enterprise = row.getValue();
			if (listed.contains(enterprise.id())) {
				skipped.add(new Line(row.getKey().line(), enterprise.creditCode(), "whitelist.import.skipped", null));
				continue;
			}
			save(enterprise, WhitelistLevel.CITY, row.getKey().batch(), WhitelistSource.IMPORT, row.getKey().reason(),
					now, official.getUsername(), "import");
			added++;
		}
		this.audit.recordAs(official.getUsername(), "WHITELIST_IMPORTED", TARGET, null, AuditService.SUCCESS,
				"CITY: " + rows + " rows, " + added + " added, " + skipped.size() + " already listed");
		return new ImportResult(rows, added, skipped, List.of());
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
			WhitelistEntry entry = save(enterprise, level, batch.trim(), WhitelistSource.MANUAL, blankToNull(reason),
					Instant.now(), official.getUsername(), "manual");
			this.entries.flush();
			return entry.toView();
		}
		catch (DataIntegrityViolationException ex) {
			// Listed by someone else at the same moment: the partial unique index decided.
			throw duplicate(field);
		}
	}

	private WhitelistEntry save(EnterpriseView enterprise, WhitelistLevel level, String batch, WhitelistSource source,
			String reason, Instant since, String actor, String how) {
		WhitelistEntry entry = this.entries.save(
				new WhitelistEntry(listing(enterprise), level, batch, source, reason, since, actor));
		this.audit.recordAs(actor, "WHITELIST_ADDED", TARGET, entry.getId(), AuditService.SUCCESS,
				level + " " + batch + " (" + how + ")" + ((reason != null) ? ": " + reason : ""));
		this.events.publishEvent(new WhitelistEntryAdded(entry.getId(), entry.getEnterpriseId(), level));
		return entry;
	}

	private WhitelistEntryView change(CurrentUser official, long id, String reason, Long version,
			Transition transition) {
		if (reason == null || reason.isBlank()) {
			throw invalid("reason", "validation.required");
		}
		String why = reason.trim();
		if (why.length() > 500) {
			throw invalid("reason", "whitelist.reason.tooLong");
		}
		WhitelistEntry entry = visible(official, id);
		requireKeeper(official, entry.getLevel());
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
		record(entry, transition, why, official.getUsername());
		return entry.toView();
	}

	private WhitelistEntry visible(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.entries.findInJurisdiction(id, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("whitelist entry"));
	}

	/** City entries are the city officials', district entries the district officials', town entries the town officers'. */
	private static void requireKeeper(CurrentUser official, WhitelistLevel level) {
		if (level == null || WhitelistLevel.keptBy(official.role()) != level) {
			throw new AccessDeniedException(official.getUsername() + " does not keep the " + level + " whitelist");
		}
	}

	/**
	 * The city's list names the company as well as its code: a squatter who registered
	 * a real company's code under another name, or who is not verified, is reported
	 * on its line instead of being listed.
	 */
	private static void checkIdentity(WhitelistCsv.Row row, String code, EnterpriseView enterprise, List<Line> errors) {
		if (row.name() == null) {
			errors.add(new Line(row.line(), code, "whitelist.import.name.required", null));
		}
		else if (!WhitelistCsv.sameName(row.name(), enterprise.name())) {
			errors.add(new Line(row.line(), code, "whitelist.import.name.mismatch", enterprise.name()));
		}
		if (!enterprise.verified()) {
			errors.add(new Line(row.line(), code, "verification.required." + enterprise.verification(), null));
		}
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

	private static Listing listing(EnterpriseView enterprise) {
		return new Listing(enterprise.id(), enterprise.name(), enterprise.creditCode(), enterprise.districtCode(),
				enterprise.townCode());
	}

	private static BusinessRuleException invalid(String field, String key) {
		return new BusinessRuleException("whitelist.invalid", List.of(new FieldProblem(field, key)));
	}

	private static ConflictException duplicate(String field) {
		return new ConflictException("whitelist.duplicate", List.of(new FieldProblem(field, "whitelist.duplicate")));
	}

	private static String normalizeCode(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private enum Transition {

		SUSPEND("WHITELIST_SUSPENDED"), RESTORE("WHITELIST_RESTORED"), REMOVE("WHITELIST_REMOVED");

		private final String auditAction;

		Transition(String auditAction) {
			this.auditAction = auditAction;
		}

	}

}
