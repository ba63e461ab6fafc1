package org.fugong.workforce.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.fugong.workforce.StaffRole;
import org.fugong.common.FieldCipher;
import org.fugong.common.IdNumbers;
import org.fugong.common.Masking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The roster's CSV: 姓名, 身份证号, 手机号, 部门, 岗位 (生产/办公), 驻厂/通勤, 宿舍.
 * A row whose ID number is on the roster already updates that employee (an
 * inactive one stays inactive); a row that repeats an ID number of an earlier
 * row of the file is refused. Good rows are written by multi-row upserts of
 * {@value #ROWS_PER_STATEMENT} rows each.
 */
@Component
@RequiredArgsConstructor
class RosterImport {

	static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("姓名", "name"), Map.entry("name", "name"),
			Map.entry("身份证号", "idNumber"), Map.entry("身份证号码", "idNumber"), Map.entry("证件号码", "idNumber"),
			Map.entry("idnumber", "idNumber"), Map.entry("手机号", "phone"), Map.entry("手机号码", "phone"),
			Map.entry("phone", "phone"), Map.entry("部门", "department"), Map.entry("department", "department"),
			Map.entry("岗位", "role"), Map.entry("role", "role"), Map.entry("驻厂/通勤", "onSite"),
			Map.entry("驻厂", "onSite"), Map.entry("在厂", "onSite"), Map.entry("onsite", "onSite"),
			Map.entry("宿舍", "dormitory"), Map.entry("dormitory", "dormitory"));

	static final Set<String> REQUIRED = Set.of("name", "idNumber", "phone", "department", "onSite");

	static final List<String> TEMPLATE_HEADER = List.of("姓名", "身份证号", "手机号", "部门", "岗位", "驻厂/通勤", "宿舍");

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

	/** Rows per statement: one multi-row upsert costs one round trip and one plan for up to this many rows. */
	private static final int ROWS_PER_STATEMENT = 250;

	private static final String UPSERT_INTO = """
			INSERT INTO employee (enterprise_id, name, id_number_cipher, id_number_hash, id_number_masked,
			  id_number_tail, phone, department, staff_role, on_site, dormitory, active, created_at, updated_at, version)
			VALUES
			""";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)";

	private static final int COLUMNS_PER_ROW = 13;

	// Rows repeating an ID number of the file are refused before, so no statement touches a row twice.
	private static final String ON_CONFLICT = """

			ON CONFLICT ON CONSTRAINT uk_employee_id_number DO UPDATE SET name = EXCLUDED.name,
			  phone = EXCLUDED.phone, department = EXCLUDED.department, staff_role = EXCLUDED.staff_role,
			  on_site = EXCLUDED.on_site, dormitory = EXCLUDED.dormitory, updated_at = EXCLUDED.updated_at,
			  version = employee.version + 1
			""";

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	ImportRun<Ready> start(long enterpriseId) {
		Set<String> onRoster = new HashSet<>(this.jdbc.queryForList(
				"SELECT id_number_hash FROM employee WHERE enterprise_id = ?", String.class, enterpriseId));
		return new Run(enterpriseId, onRoster);
	}

	record Ready(String name, String idNumber, String hash, String phone, String department, StaffRole role,
			boolean onSite, String dormitory) {
	}

	private final class Run implements ImportRun<Ready> {

		private final long enterpriseId;

		private final Set<String> onRoster;

		private final Map<String, Integer> firstLine = new HashMap<>();

		Run(long enterpriseId, Set<String> onRoster) {
			this.enterpriseId = enterpriseId;
			this.onRoster = onRoster;
		}

		@Override
		public Ready check(WorkforceCsv.Row row, List<Problem> problems) {
			String name = row.get("name");
			if (name == null) {
				problems.add(new Problem("workforce.import.name.required"));
			}
			else if (name.length() > 50) {
				problems.add(new Problem("workforce.import.name.tooLong"));
			}
			String idNumber = IdNumbers.normalize(row.get("idNumber"));
			String hash = null;
			if (idNumber == null) {
				problems.add(new Problem("workforce.import.idNumber.required"));
			}
			else if (!IdNumbers.isValid(idNumber)) {
				problems.add(new Problem("workforce.import.idNumber.invalid"));
			}
			else {
				hash = RosterImport.this.cipher.hash(idNumber);
				Integer earlier = this.firstLine.putIfAbsent(hash, row.line());
				if (earlier != null) {
					problems.add(new Problem("workforce.import.idNumber.repeated", earlier));
				}
			}
			String phone = row.get("phone");
			if (phone == null) {
				problems.add(new Problem("workforce.import.phone.required"));
			}
			else if (!PHONE.matcher(phone).matches()) {
				problems.add(new Problem("workforce.import.phone.invalid"));
			}
			String department = row.get("department");
			if (department == null) {
				problems.add(new Problem("workforce.import.department.required"));
			}
			else if (department.length() > 100) {
				problems.add(new Problem("workforce.import.department.tooLong"));
			}
			StaffRole role = StaffRole.PRODUCTION;
			if (row.get("role") != null) {
				role = role(row.get("role"));
				if (role == null) {
					problems.add(new Problem("workforce.import.role.invalid"));
				}
			}
			Boolean onSite = null;
			if (row.get("onSite") == null) {
				problems.add(new Problem("workforce.import.onSite.required"));
			}
			else {
				onSite = onSite(row.get("onSite"));
				if (onSite == null) {
					problems.add(new Problem("workforce.import.onSite.invalid"));
				}
			}
			String dormitory = row.get("dormitory");
			if (dormitory != null && dormitory.length() > 100) {
				problems.add(new Problem("workforce.import.dormitory.tooLong"));
			}
			if (!problems.isEmpty()) {
				return null;
			}
			return new Ready(name, idNumber, hash, phone, department, role, onSite, dormitory);
		}

		@Override
		public Written write(List<Ready> ready) {
			Timestamp now = Timestamp.from(Instant.now());
			int updated = 0;
			for (int from = 0; from < ready.size(); from += ROWS_PER_STATEMENT) {
				List<Ready> part = ready.subList(from, Math.min(ready.size(), from + ROWS_PER_STATEMENT));
				Object[] args = new Object[part.size() * COLUMNS_PER_ROW];
				int i = 0;
				for (Ready r : part) {
					if (!this.onRoster.add(r.hash())) {
						updated++;
					}
					for (Object value : new Object[] { this.enterpriseId, r.name(),
							RosterImport.this.cipher.encrypt(r.idNumber()), r.hash(), Masking.idNumber(r.idNumber()),
							r.idNumber().substring(14), r.phone(), r.department(), r.role().name(), r.onSite(),
							r.dormitory(), now, now }) {
						args[i++] = value;
					}
				}
				RosterImport.this.jdbc.update(
						UPSERT_INTO + String.join(",\n", Collections.nCopies(part.size(), ROW)) + ON_CONFLICT, args);
			}
			return new Written(ready.size() - updated, updated);
		}

	}

	static StaffRole role(String value) {
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "生产", "生产人员", "生产岗", "PRODUCTION" -> StaffRole.PRODUCTION;
			case "办公", "办公人员", "办公室", "管理", "OFFICE" -> StaffRole.OFFICE;
			default -> null;
		};
	}

	static Boolean onSite(String value) {
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "驻厂", "在厂", "住厂", "是", "Y", "YES", "TRUE", "1", "ON_SITE", "ONSITE" -> Boolean.TRUE;
			case "通勤", "否", "N", "NO", "FALSE", "0", "COMMUTING" -> Boolean.FALSE;
			default -> null;
		};
	}

}
