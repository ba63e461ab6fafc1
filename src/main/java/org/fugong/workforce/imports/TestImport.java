package org.fugong.workforce.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.workforce.TestKind;
import org.fugong.workforce.TestOutcome;
import org.fugong.workforce.TestResultRecorded;
import org.fugong.common.FieldCipher;
import org.fugong.common.TimeFormat;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The test results' CSV: the employee by 身份证号, or by 姓名 and 手机号 together,
 * then 检测类型 (抗原/核酸), 结果 (阴性/阳性) and 采样时间 (Asia/Shanghai unless
 * an offset is given). A result already recorded (same employee, kind and
 * sampling time) is not recorded twice, so a file imported again changes
 * nothing; every result recorded publishes {@link TestResultRecorded}.
 */
@Component
@RequiredArgsConstructor
class TestImport {

	static final Map<String, String> COLUMNS = EmployeeLookup.columnsAnd(Map.entry("检测类型", "kind"),
			Map.entry("类型", "kind"), Map.entry("kind", "kind"), Map.entry("结果", "result"),
			Map.entry("检测结果", "result"), Map.entry("result", "result"), Map.entry("采样时间", "sampledAt"),
			Map.entry("sampledat", "sampledAt"));

	/** The leeway a result entered by hand has as well: a clock a minute ahead is not sampling in the future. */
	static final long CLOCK_SKEW_SECONDS = 120;

	static final Set<String> REQUIRED = Set.of("kind", "result", "sampledAt");

	static final List<String> TEMPLATE_HEADER = List.of("身份证号", "姓名", "手机号", "检测类型", "结果", "采样时间");

	private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().appendPattern("[uuuu-M-d][uuuu/M/d]")
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.appendPattern("H:mm[:ss]")
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int ROWS_PER_STATEMENT = 250;

	private static final String INSERT_FROM = """
			INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by,
			  source)
			SELECT v.enterprise_id, v.employee_id, v.kind, v.outcome, v.sampled_at, v.recorded_at, v.recorded_by, 'IMPORT'
			FROM (VALUES
			""";

	private static final String ROW = "(?::bigint, ?::bigint, ?::varchar, ?::varchar, ?::timestamptz, ?::timestamptz, ?::varchar)";

	private static final String NOT_RECORDED_YET = """
			) AS v (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by)
			WHERE NOT EXISTS (SELECT 1 FROM test_result t
			  WHERE t.employee_id = v.employee_id AND t.kind = v.kind AND t.sampled_at = v.sampled_at)
			RETURNING employee_id, kind, outcome, sampled_at
			""";

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final ApplicationEventPublisher events;

	record Ready(long employeeId, TestKind kind, TestOutcome outcome, Instant sampledAt) {
	}

	ImportRun<Ready> start(long enterpriseId, String actor) {
		return new Run(enterpriseId, actor, EmployeeLookup.of(this.jdbc, this.cipher, enterpriseId));
	}

	private final class Run extends EmployeeImportRun<Ready> {

		private final Map<Ready, Integer> firstLine = new HashMap<>();

		Run(long enterpriseId, String actor, EmployeeLookup employees) {
			super(enterpriseId, actor, employees);
		}

		@Override
		public Ready check(WorkforceCsv.Row row, List<Problem> problems) {
			EmployeeLookup.Known employee = this.employees.find(row, problems);
			TestKind kind = row.required("kind", TestImport::kind, problems);
			TestOutcome outcome = row.required("result", TestImport::outcome, problems);
			Instant sampledAt = row.required("sampledAt", TestImport::instant, problems);
			if (sampledAt != null && sampledAt.isAfter(Instant.now().plusSeconds(CLOCK_SKEW_SECONDS))) {
				problems.add(new Problem("workforce.import.sampledAt.future"));
			}
			if (employee == null || kind == null || outcome == null || sampledAt == null) {
				return null;
			}
			Ready ready = new Ready(employee.id(), kind, outcome, sampledAt);
			Integer earlier = this.firstLine.putIfAbsent(new Ready(employee.id(), kind, null, sampledAt), row.line());
			if (earlier != null) {
				problems.add(new Problem("workforce.import.test.repeated", earlier));
			}
			return problems.isEmpty() ? ready : null;
		}

		@Override
		public Written write(List<Ready> ready) {
			Timestamp now = Timestamp.from(Instant.now());
			int imported = 0;
			for (int from = 0; from < ready.size(); from += ROWS_PER_STATEMENT) {
				List<Ready> part = ready.subList(from, Math.min(ready.size(), from + ROWS_PER_STATEMENT));
				List<Object> args = new ArrayList<>(part.size() * 7);
				for (Ready r : part) {
					args.addAll(List.of(this.enterpriseId, r.employeeId(), r.kind().name(), r.outcome().name(),
							Timestamp.from(r.sampledAt()), now, this.actor));
				}
				// Only the rows actually recorded come back, and only they are announced.
				List<TestResultRecorded> recorded = TestImport.this.jdbc.query(
						INSERT_FROM + String.join(",\n", Collections.nCopies(part.size(), ROW)) + NOT_RECORDED_YET,
						(rs, n) -> new TestResultRecorded(this.enterpriseId, rs.getLong("employee_id"),
								TestKind.valueOf(rs.getString("kind")), TestOutcome.valueOf(rs.getString("outcome")),
								rs.getTimestamp("sampled_at").toInstant()),
						args.toArray());
				recorded.forEach(TestImport.this.events::publishEvent);
				imported += recorded.size();
			}
			return new Written(imported, 0);
		}

	}

	static TestKind kind(String value) {
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "抗原", "抗原检测", "ANTIGEN" -> TestKind.ANTIGEN;
			case "核酸", "核酸检测", "PCR" -> TestKind.PCR;
			default -> null;
		};
	}

	static TestOutcome outcome(String value) {
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "阴性", "阴", "NEGATIVE" -> TestOutcome.NEGATIVE;
			case "阳性", "阳", "POSITIVE" -> TestOutcome.POSITIVE;
			default -> null;
		};
	}

	static Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				return LocalDateTime.parse(value, LOCAL).atZone(TimeFormat.ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}

}
