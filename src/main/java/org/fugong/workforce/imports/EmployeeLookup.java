package org.fugong.workforce.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fugong.common.FieldCipher;
import org.fugong.common.IdNumbers;
import org.fugong.workforce.imports.ImportRun.Problem;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enterprise's employees as a file about them names them: by 身份证号, or by
 * 姓名 and 手机号 together; read once per import, then looked up per row.
 */
final class EmployeeLookup {

	record Known(long id, boolean active) {
	}

	/** The headers that name the employee, in Chinese or English. */
	private static final List<Map.Entry<String, String>> COLUMNS = List.of(Map.entry("身份证号", "idNumber"),
			Map.entry("身份证号码", "idNumber"), Map.entry("idnumber", "idNumber"), Map.entry("姓名", "name"),
			Map.entry("name", "name"), Map.entry("手机号", "phone"), Map.entry("手机号码", "phone"),
			Map.entry("phone", "phone"));

	private final FieldCipher cipher;

	private final Map<String, Known> byHash = new HashMap<>();

	private final Map<String, List<Known>> byNameAndPhone = new HashMap<>();

	private EmployeeLookup(FieldCipher cipher) {
		this.cipher = cipher;
	}

	/** A file's header → field map: the columns that name the employee, then {@code more}. */
	@SafeVarargs
	static Map<String, String> columnsAnd(Map.Entry<String, String>... more) {
		Map<String, String> columns = new HashMap<>();
		COLUMNS.forEach((c) -> columns.put(c.getKey(), c.getValue()));
		for (Map.Entry<String, String> column : more) {
			columns.put(column.getKey(), column.getValue());
		}
		return Map.copyOf(columns);
	}

	static EmployeeLookup of(JdbcTemplate jdbc, FieldCipher cipher, long enterpriseId) {
		EmployeeLookup lookup = new EmployeeLookup(cipher);
		jdbc.query("SELECT id, id_number_hash, name, phone, active FROM employee WHERE enterprise_id = ?", (rs) -> {
			Known known = new Known(rs.getLong("id"), rs.getBoolean("active"));
			lookup.byHash.put(rs.getString("id_number_hash"), known);
			lookup.byNameAndPhone
				.computeIfAbsent(rs.getString("name") + '\n' + rs.getString("phone"), (k) -> new ArrayList<>())
				.add(known);
		}, enterpriseId);
		return lookup;
	}

	/** The active employee the row names, or null after adding the reason to {@code problems}. */
	Known find(WorkforceCsv.Row row, List<Problem> problems) {
		String idNumber = IdNumbers.normalize(row.get("idNumber"));
		Known known;
		if (idNumber != null) {
			if (!IdNumbers.isValid(idNumber)) {
				problems.add(new Problem("workforce.import.idNumber.invalid"));
				return null;
			}
			known = this.byHash.get(this.cipher.hash(idNumber));
		}
		else if (row.get("name") != null && row.get("phone") != null) {
			List<Known> candidates = this.byNameAndPhone.getOrDefault(row.get("name") + '\n' + row.get("phone"),
					List.of());
			if (candidates.size() > 1) {
				problems.add(new Problem("workforce.import.employee.ambiguous"));
				return null;
			}
			known = candidates.isEmpty() ? null : candidates.get(0);
		}
		else {
			problems.add(new Problem("workforce.import.employee.required"));
			return null;
		}
		if (known == null) {
			problems.add(new Problem("workforce.import.employee.unknown"));
			return null;
		}
		if (!known.active()) {
			problems.add(new Problem("workforce.import.employee.inactive"));
			return null;
		}
		return known;
	}

}
