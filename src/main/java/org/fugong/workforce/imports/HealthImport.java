package org.fugong.workforce.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldCipher;
import org.fugong.common.FieldProblem;
import org.fugong.common.TimeFormat;
import org.fugong.workforce.HealthDeclared;
import org.fugong.workforce.HealthEntry;
import org.fugong.workforce.HealthSource;
import org.fugong.workforce.QuarantineStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The health declarations' CSV: the employee as in the test results' file, then
 * 日期, 体温 (°C), 症状 (optional, separated by 、 or commas) and 隔离状态 (optional:
 * 无, 居家隔离, 集中隔离, 静默期). A day already declared is corrected, so a file
 * imported again changes nothing; every row written publishes {@link HealthDeclared}.
 */
@Component
@RequiredArgsConstructor
class HealthImport {

	static final Map<String, String> COLUMNS = EmployeeLookup.columnsAnd(Map.entry("日期", "date"),
			Map.entry("申报日期", "date"), Map.entry("date", "date"), Map.entry("体温", "temperature"),
			Map.entry("temperature", "temperature"), Map.entry("症状", "symptoms"), Map.entry("symptoms", "symptoms"),
			Map.entry("隔离状态", "quarantine"), Map.entry("quarantinestatus", "quarantine"));

	static final Set<String> REQUIRED = Set.of("date", "temperature");

	static final List<String> TEMPLATE_HEADER = List.of("身份证号", "姓名", "手机号", "日期", "体温", "症状", "隔离状态");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("[uuuu-M-d][uuuu/M/d]", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String UPSERT = """
			INSERT INTO workforce_health_declaration (enterprise_id, employee_id, declared_on, temperature, symptoms,
			  quarantine_status, abnormal, source, declared_at, declared_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (employee_id, declared_on) DO UPDATE SET temperature = EXCLUDED.temperature,
			  symptoms = EXCLUDED.symptoms, quarantine_status = EXCLUDED.quarantine_status,
			  abnormal = EXCLUDED.abnormal, source = EXCLUDED.source, declared_at = EXCLUDED.declared_at,
			  declared_by = EXCLUDED.declared_by, version = workforce_health_declaration.version + 1
			RETURNING (xmax = 0) AS inserted
			""";

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final ApplicationEventPublisher events;

	record Ready(long employeeId, HealthEntry entry) {
	}

	ImportRun<Ready> start(long enterpriseId, String actor) {
		return new Run(enterpriseId, actor, EmployeeLookup.of(this.jdbc, this.cipher, enterpriseId));
	}

	private final class Run extends EmployeeImportRun<Ready> {

		private final LocalDate today = TimeFormat.today();

		private final Map<String, Integer> firstLine = new HashMap<>();

		Run(long enterpriseId, String actor, EmployeeLookup employees) {
			super(enterpriseId, actor, employees);
		}

		@Override
		public Ready check(WorkforceCsv.Row row, List<Problem> problems) {
			EmployeeLookup.Known employee = this.employees.find(row, problems);
			LocalDate date = row.required("date", HealthImport::date, problems);
			BigDecimal temperature = row.required("temperature", HealthImport::temperature, problems);
			QuarantineStatus quarantine = QuarantineStatus.NONE;
			if (row.get("quarantine") != null && (quarantine = quarantine(row.get("quarantine"))) == null) {
				problems.add(new Problem("workforce.import.quarantine.invalid"));
			}
			if (employee == null || date == null || temperature == null || quarantine == null) {
				return null;
			}
			HealthEntry entry = new HealthEntry(date, temperature, HealthEntry.symptomsOf(row.get("symptoms")),
					quarantine);
			for (FieldProblem problem : entry.problems(this.today)) {
				problems.add(new Problem(problem.messageKey(), problem.args()));
			}
			Integer earlier = this.firstLine.putIfAbsent(employee.id() + "/" + date, row.line());
			if (earlier != null) {
				problems.add(new Problem("workforce.import.health.repeated", earlier));
			}
			return problems.isEmpty() ? new Ready(employee.id(), entry) : null;
		}

		@Override
		public Written write(List<Ready> ready) {
			Timestamp now = Timestamp.from(Instant.now());
			int imported = 0;
			int updated = 0;
			for (Ready r : ready) {
				HealthEntry entry = r.entry();
				Boolean inserted = HealthImport.this.jdbc.queryForObject(UPSERT, Boolean.class, this.enterpriseId,
						r.employeeId(), Date.valueOf(entry.date()), entry.temperature(),
						entry.symptoms().isEmpty() ? null : String.join("\n", entry.symptoms()),
						entry.quarantineStatus().name(), entry.abnormal(), HealthSource.IMPORT.name(), now, this.actor);
				if (Boolean.TRUE.equals(inserted)) {
					imported++;
				}
				else {
					updated++;
				}
				HealthImport.this.events
					.publishEvent(new HealthDeclared(this.enterpriseId, r.employeeId(), entry.date(), entry.abnormal()));
			}
			return new Written(imported, updated);
		}

	}

	static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip(), DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static BigDecimal temperature(String value) {
		try {
			return new BigDecimal(value.strip().replace("℃", "").replace("°C", "").strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static QuarantineStatus quarantine(String value) {
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "无", "否", "NONE" -> QuarantineStatus.NONE;
			case "居家隔离", "居家", "HOME" -> QuarantineStatus.HOME;
			case "集中隔离", "集中", "CENTRALIZED" -> QuarantineStatus.CENTRALIZED;
			case "静默期", "静默", "SILENT_PERIOD" -> QuarantineStatus.SILENT_PERIOD;
			default -> null;
		};
	}

}
