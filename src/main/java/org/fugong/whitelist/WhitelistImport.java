package org.fugong.whitelist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fugong.common.ConflictException;
import org.fugong.common.CreditCodes;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.ImportResult.Line;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city's CSV batches (市级白名单批量导入): every row checked against the
 * registered enterprises first, then all listed in one transaction or none.
 */
@Service
class WhitelistImport {

	private final WhitelistEntryRepository entries;

	private final EnterpriseService enterprises;

	private final WhitelistLedger ledger;

	private final AuditService audit;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	WhitelistImport(WhitelistEntryRepository entries, EnterpriseService enterprises, WhitelistLedger ledger,
			AuditService audit, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.enterprises = enterprises;
		this.ledger = ledger;
		this.audit = audit;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
	}

	/**
	 * Imports a city batch from CSV, all or nothing: when any row is bad nothing is
	 * listed and every bad row is answered with its line; otherwise every row is
	 * listed, except enterprises already on the city list, which are skipped.
	 */
	ImportResult importCityList(CurrentUser official, byte[] content) {
		WhitelistLedger.requireKeeper(official, WhitelistLevel.CITY);
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
			String code = WhitelistLedger.normalizeCode(row.creditCode());
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
			this.ledger.save(enterprise, WhitelistLevel.CITY, row.getKey().batch(), WhitelistSource.IMPORT, row.getKey().reason(),
					now, official.getUsername(), "import");
			added++;
		}
		this.audit.recordAs(official.getUsername(), "WHITELIST_IMPORTED", WhitelistLedger.TARGET, null, AuditService.SUCCESS,
				"CITY: " + rows + " rows, " + added + " added, " + skipped.size() + " already listed");
		return new ImportResult(rows, added, skipped, List.of());
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

}
