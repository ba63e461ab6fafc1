package org.fugong.workforce;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;
import org.fugong.common.FieldCipher;
import org.fugong.common.IdNumbers;
import org.fugong.common.Masking;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The workforce of the demo dashboard's enterprises of 松江区: a roster each
 * (valid, encrypted ID numbers), daily antigen tests and a PCR every other day
 * over the last fourteen days, and daily reports (most every day, a few not
 * today, three never). Plain SQL batches: thousands of rows in a blink.
 */
@Component
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoDistrictWorkforce {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "沈", "朱" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
			"超", "霞", "建华", "志强", "海燕", "晓东", "雪梅" };

	private static final String[] REGIONS = { "310117", "310120", "320583", "330482", "340104", "410102", "420106",
			"510107", "360102" };

	private static final String[] DEPARTMENTS = { "生产车间", "质检部", "仓储物流部", "设备维修部", "行政部" };

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	/** The rosters, {@code rosters.get(i)} employees for enterprise {@code ids.get(i)}, registered forty days ago. */
	public void employees(List<Long> ids, List<Integer> rosters, LocalDate today, Random random) {
		Timestamp registered = at(today.minusDays(40), LocalTime.of(10, 0));
		List<Object[]> employees = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			for (int k = 0; k < rosters.get(i); k++) {
				employees.add(employee(ids.get(i), k, random, registered));
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO employee (enterprise_id, name, id_number_cipher, id_number_hash, id_number_masked, id_number_tail,
				  phone, department, staff_role, on_site, dormitory, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
				""", employees);
	}

	private Object[] employee(long enterpriseId, int k, Random random, Timestamp at) {
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		LocalDate birth = LocalDate.of(1968 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String idNumber = IdNumbers.of(REGIONS[random.nextInt(REGIONS.length)], birth, 100 + k * 7 % 900);
		String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
		boolean office = k % 8 == 7;
		return new Object[] { enterpriseId, name, this.cipher.encrypt(idNumber), this.cipher.hash(idNumber),
				Masking.idNumber(idNumber), idNumber.substring(idNumber.length() - 4), phone,
				office ? "行政部" : DEPARTMENTS[random.nextInt(DEPARTMENTS.length - 1)], office ? "OFFICE" : "PRODUCTION",
				!office, at, at };
	}

	/** An antigen test most mornings for most employees, a PCR every other day: two statements. */
	public void tests(List<Long> ids, LocalDate today, Instant now) {
		Long[] enterprises = ids.toArray(Long[]::new);
		Timestamp latest = Timestamp.from(now.minusSeconds(600));
		tests("ANTIGEN", "07:00", 100, "(m.id + d) % 9 <> 0 AND NOT (d = 0 AND m.enterprise_id % 11 = 5)", today, latest,
				enterprises);
		tests("PCR", "12:30", 60, "(m.id + d) % 2 = 0", today, latest, enterprises);
	}

	/**
	 * Tests of one kind over the fortnight, from {@code time} on, spread over
	 * {@code minutes}, where {@code which}; none later than {@code latest}, and
	 * today's none before midnight (in the minutes after it, they are at midnight).
	 */
	private void tests(String kind, String time, int minutes, String which, LocalDate today, Timestamp latest,
			Long[] enterprises) {
		this.jdbc.update("""
				INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by, source)
				SELECT m.enterprise_id, m.id, ?, 'NEGATIVE', s.at, s.at, 'demo', 'DEMO'
				FROM employee m CROSS JOIN generate_series(0, 13) d
				CROSS JOIN LATERAL (SELECT least(((?::date - d) + ?::time + (m.id % ?) * interval '1 minute')
				  AT TIME ZONE 'Asia/Shanghai', greatest(?::timestamptz, ?::date AT TIME ZONE 'Asia/Shanghai')) AS at) s
				WHERE m.enterprise_id = ANY (?) AND\s""" + which, kind, Date.valueOf(today), time, minutes, latest,
				Date.valueOf(today), enterprises);
	}

	/**
	 * Three enterprises never report; the others report on a day with a chance
	 * that grows over the fortnight (about 75 % to 95 %), and all but a few today.
	 */
	public void reports(List<Long> ids, List<Integer> rosters, LocalDate today, Random random) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (i % 13 == 12) {
				continue;
			}
			for (int days = 13; days >= 0; days--) {
				boolean reports = (days == 0) ? i % 7 != 3 : random.nextInt(100) < 97 - days * 3 / 2;
				if (!reports) {
					continue;
				}
				int roster = rosters.get(i);
				int onSite = Math.max(1, roster - random.nextInt(Math.max(2, roster / 3)) - days / 4);
				int capacity = Math.min(100, 25 + (i * 29) % 55 + (13 - days) * 2 + random.nextInt(10));
				Timestamp at = at(today.minusDays(days), LocalTime.of(10, random.nextInt(60)));
				rows.add(new Object[] { ids.get(i), Date.valueOf(today.minusDays(days)), onSite, capacity,
						onSite - random.nextInt(2), (days % 2 == 0) ? onSite / 2 : 0,
						(i % 9 == 4 && days == 5) ? "部分原材料到货延迟。" : null, at, at });
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO daily_report (enterprise_id, report_date, staff_on_site, capacity_percent, antigen_tested,
				  pcr_sampled, abnormal, problems, created_at, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'demo')
				""", rows);
	}

	private static Timestamp at(LocalDate day, LocalTime time) {
		return Timestamp.from(day.atTime(time).atZone(TimeFormat.ZONE).toInstant());
	}

}
