package org.fugong.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.FieldCipher;
import org.fugong.common.IdNumbers;
import org.fugong.common.Masking;
import org.fugong.common.TimeFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enough of 松江区 for its dashboard to mean something: forty whitelisted
 * enterprises in 泗泾镇, 车墩镇, 新桥镇 and 九亭镇 (city, district and town lists,
 * several industries), a small roster each, daily reports of the last fourteen
 * days (most every day, a few not today, three never), daily antigen tests and
 * this morning's scans at two checkpoints. Written in plain SQL batches, after the
 * other demo seeders, once: when the first of these enterprises exists it stops.
 */
@Component
@DemoData
@Order(90)
class DemoDashboard implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDashboard.class);

	static final int COUNT = 40;

	private static final String[] TOWNS = { "310117102", "310117104", "310117105", "310117107" };

	private static final String[] TOWN_NAMES = { "泗泾", "车墩", "新桥", "九亭" };

	private static final String[] ROADS = { "九干路", "北松公路", "民益路", "沪亭北路", "莘砖公路", "车峰路", "新南路", "涞寅路" };

	private static final String[] TRADES = { "精密机械", "电子科技", "物流配送", "食品加工", "服装制造", "软件信息", "包装印刷", "建材科技",
			"医疗器械", "商贸", "汽车配件", "新能源科技" };

	private static final String[] INDUSTRIES = { "MANUFACTURING", "MANUFACTURING", "TRANSPORT_LOGISTICS", "MANUFACTURING",
			"MANUFACTURING", "IT_SOFTWARE", "MANUFACTURING", "CONSTRUCTION", "HEALTH_SOCIAL_WORK", "WHOLESALE_RETAIL",
			"MANUFACTURING", "RESEARCH_TECHNOLOGY" };

	private static final String[] LEVELS = { "CITY", "DISTRICT", "DISTRICT", "TOWN", "TOWN" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "沈", "朱" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
			"超", "霞", "建华", "志强", "海燕", "晓东", "雪梅" };

	private static final String[] REGIONS = { "310117", "310120", "320583", "330482", "340104", "410102", "420106",
			"510107", "360102" };

	private static final String[] DEPARTMENTS = { "生产车间", "质检部", "仓储物流部", "设备维修部", "行政部" };

	private static final String[] INVALID = { "TEST_OVERDUE", "EXPIRED", "ENTERPRISE_NOT_WHITELISTED", "BAD_SIGNATURE" };

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final TransactionTemplate transaction;

	DemoDashboard(JdbcTemplate jdbc, FieldCipher cipher, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.transaction = new TransactionTemplate(transactions);
	}

	static String creditCode(int n) {
		String first17 = "91310117MD2X%02dPK5".formatted(n);
		return first17 + CreditCodes.checkCharacter(first17);
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer seeded = this.jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE credit_code = ?", Integer.class,
				creditCode(1));
		if (seeded != null && seeded > 0) {
			return;
		}
		long start = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> seed(new Random(2026)));
		logger.info("Demo dashboard data: {} enterprises of 松江区 seeded in {} ms", COUNT,
				(System.nanoTime() - start) / 1_000_000);
	}

	private void seed(Random random) {
		LocalDate today = TimeFormat.today();
		Instant now = Instant.now();
		Timestamp registered = at(today.minusDays(40), LocalTime.of(10, 0));
		List<Long> ids = new ArrayList<>();
		List<Integer> rosters = new ArrayList<>();
		for (int n = 1; n <= COUNT; n++) {
			int town = (n - 1) % TOWNS.length;
			int trade = (n * 7) % TRADES.length;
			String name = "上海%s%s%s有限公司".formatted(TOWN_NAMES[town], "恒瑞嘉联宏泰鼎盛华越博远永信中和".substring(n % 14, n % 14 + 2),
					TRADES[trade]);
			int staff = 30 + (n * 37) % 400;
			long id = this.jdbc.queryForObject("""
					INSERT INTO enterprise (credit_code, name, district_code, town_code, address, industry, staff_count,
					  above_designated_size, foreign_invested, contact_name, contact_phone, registered_at, updated_at,
					  verification, verification_decided_by, verification_decided_at)
					VALUES (?, ?, '310117', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VERIFIED', 'system', now()) RETURNING id
					""", Long.class, creditCode(n), name, TOWNS[town],
					"松江区%s镇%s%d号".formatted(TOWN_NAMES[town], ROADS[n % ROADS.length], 10 + n * 23), INDUSTRIES[trade],
					staff, staff >= 120 || n % 3 == 0, n % 6 == 1,
					SURNAMES[n % SURNAMES.length] + GIVEN[n % GIVEN.length], "1391880%04d".formatted(3100 + n), registered,
					registered);
			ids.add(id);
			rosters.add(10 + random.nextInt(31));
		}
		whitelist(ids, today);
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
		reports(ids, rosters, today, random);
		tests(ids, today, now);
		scans(ids, today, now, random);
	}

	private void whitelist(List<Long> ids, LocalDate today) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String level = LEVELS[i % LEVELS.length];
			String batch = switch (level) {
				case "CITY" -> "松江区企业第二批（市级）";
				case "DISTRICT" -> "松江区第二批";
				default -> "松江镇级名单第一批";
			};
			Timestamp since = at(today.minusDays(21 - i % 5), LocalTime.of(9, 0));
			rows.add(new Object[] { ids.get(i), level, batch, since, since, ids.get(i) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO whitelist_entry (enterprise_id, enterprise_name, credit_code, district_code, town_code, level,
				  batch, status, source, since, updated_at, created_by)
				SELECT ?, e.name, e.credit_code, e.district_code, e.town_code, ?, ?, 'ACTIVE', 'MANUAL', ?, ?, 'songjiang'
				FROM enterprise e WHERE e.id = ?
				""", rows);
		this.jdbc.update("""
				INSERT INTO whitelist_change (entry_id, at, actor, action, from_status, to_status)
				SELECT w.id, w.since, w.created_by, 'ADDED', NULL, 'ACTIVE' FROM whitelist_entry w
				WHERE w.enterprise_id = ANY (?)
				""", (Object) ids.toArray(Long[]::new));
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

	/**
	 * Three enterprises never report; the others report on a day with a chance
	 * that grows over the fortnight (about 75 % to 95 %), and all but a few today.
	 */
	private void reports(List<Long> ids, List<Integer> rosters, LocalDate today, Random random) {
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

	/** An antigen test most mornings for most employees, a PCR every other day: two statements. */
	private void tests(List<Long> ids, LocalDate today, Instant now) {
		Long[] enterprises = ids.toArray(Long[]::new);
		Timestamp latest = Timestamp.from(now.minusSeconds(600));
		this.jdbc.update("""
				INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by, source)
				SELECT m.enterprise_id, m.id, 'ANTIGEN', 'NEGATIVE', s.at, s.at, 'demo', 'DEMO'
				FROM employee m CROSS JOIN generate_series(0, 13) d
				CROSS JOIN LATERAL (SELECT least(((?::date - d) + time '07:00' + (m.id % 100) * interval '1 minute')
				  AT TIME ZONE 'Asia/Shanghai', ?::timestamptz) AS at) s
				WHERE m.enterprise_id = ANY (?) AND (m.id + d) % 9 <> 0 AND NOT (d = 0 AND m.enterprise_id % 11 = 5)
				""", Date.valueOf(today), latest, enterprises);
		this.jdbc.update("""
				INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by, source)
				SELECT m.enterprise_id, m.id, 'PCR', 'NEGATIVE', s.at, s.at, 'demo', 'DEMO'
				FROM employee m CROSS JOIN generate_series(0, 13) d
				CROSS JOIN LATERAL (SELECT least(((?::date - d) + time '12:30' + (m.id % 60) * interval '1 minute')
				  AT TIME ZONE 'Asia/Shanghai', ?::timestamptz) AS at) s
				WHERE m.enterprise_id = ANY (?) AND (m.id + d) % 2 = 0
				""", Date.valueOf(today), latest, enterprises);
	}

	/** Two checkpoints of 车墩镇 and 泗泾镇 and the scans of this morning so far, 07:00 to 11:00. */
	private void scans(List<Long> ids, LocalDate today, Instant now, Random random) {
		Timestamp created = at(today.minusDays(20), LocalTime.of(9, 0));
		long road = this.jdbc.queryForObject("""
				INSERT INTO checkpoint (name, kind, region_code, district_code, enterprise_id, default_direction, created_at,
				  created_by) VALUES ('车墩镇 北松公路卡口', 'ROAD_CHECKPOINT', '310117104', '310117', NULL, 'IN', ?, 'demo')
				RETURNING id
				""", Long.class, created);
		long gate = this.jdbc.queryForObject("""
				INSERT INTO checkpoint (name, kind, region_code, district_code, enterprise_id, default_direction, created_at,
				  created_by) VALUES ('泗泾镇 工业园区东门', 'FACTORY_GATE', '310117102', '310117', ?, 'IN', ?, 'demo')
				RETURNING id
				""", Long.class, ids.get(0), created);
		Instant start = at(today, LocalTime.of(7, 0)).toInstant();
		List<Object[]> rows = new ArrayList<>();
		for (int k = 0; k < 360; k++) {
			// Busier around eight: two uniform draws make a peaked spread over the four hours.
			long seconds = (random.nextInt(7200) + random.nextInt(7200));
			Instant at = start.plusSeconds(seconds);
			if (!at.isBefore(now)) {
				continue;
			}
			boolean valid = random.nextInt(100) < 93;
			boolean atRoad = k % 3 == 0;
			rows.add(new Object[] { "demo-dash-%s-%04d".formatted(today, k), atRoad ? "VEHICLE" : "WORKER",
					ids.get(random.nextInt(ids.size())), atRoad ? road : gate, atRoad ? "IN" : (k % 5 == 0 ? "OUT" : "IN"),
					valid ? "VALID" : "INVALID", valid ? "OK" : INVALID[random.nextInt(INVALID.length)],
					Timestamp.from(at), Timestamp.from(at) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO gate_scan (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction, verdict,
				  reason, scanned_at, recorded_at) VALUES (?, NULL, ?, ?, ?, 'demo', ?, ?, ?, ?, ?)
				""", rows);
	}

	private static Timestamp at(LocalDate day, LocalTime time) {
		return Timestamp.from(day.atTime(time).atZone(TimeFormat.ZONE).toInstant());
	}

}
