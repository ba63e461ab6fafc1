package org.fugong.enterprise;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The forty verified enterprises of 松江区 the demo dashboard shows, in 泗泾镇,
 * 车墩镇, 新桥镇 and 九亭镇 (several industries), registered forty days ago; the
 * first step of the dashboard's demo, which the other owners follow.
 */
@Component
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoDistrictEnterprises {

	public static final int COUNT = 40;

	private static final String[] TOWNS = { "310117102", "310117104", "310117105", "310117107" };

	private static final String[] TOWN_NAMES = { "泗泾", "车墩", "新桥", "九亭" };

	private static final String[] ROADS = { "九干路", "北松公路", "民益路", "沪亭北路", "莘砖公路", "车峰路", "新南路", "涞寅路" };

	private static final String[] TRADES = { "精密机械", "电子科技", "物流配送", "食品加工", "服装制造", "软件信息", "包装印刷", "建材科技",
			"医疗器械", "商贸", "汽车配件", "新能源科技" };

	private static final String[] INDUSTRIES = { "MANUFACTURING", "MANUFACTURING", "TRANSPORT_LOGISTICS", "MANUFACTURING",
			"MANUFACTURING", "IT_SOFTWARE", "MANUFACTURING", "CONSTRUCTION", "HEALTH_SOCIAL_WORK", "WHOLESALE_RETAIL",
			"MANUFACTURING", "RESEARCH_TECHNOLOGY" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "沈", "朱" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
			"超", "霞", "建华", "志强", "海燕", "晓东", "雪梅" };

	private final JdbcTemplate jdbc;

	static String creditCode(int n) {
		String first17 = "91310117MD2X%02dPK5".formatted(n);
		return first17 + CreditCodes.checkCharacter(first17);
	}

	/** Registers the forty and answers their ids in order; none when they were registered before. */
	public List<Long> register(LocalDate today) {
		Integer seeded = this.jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE credit_code = ?", Integer.class,
				creditCode(1));
		if (seeded != null && seeded > 0) {
			return List.of();
		}
		Timestamp registered = Timestamp.from(today.minusDays(40).atTime(LocalTime.of(10, 0)).atZone(TimeFormat.ZONE)
			.toInstant());
		List<Long> ids = new ArrayList<>();
		for (int n = 1; n <= COUNT; n++) {
			int town = (n - 1) % TOWNS.length;
			int trade = (n * 7) % TRADES.length;
			String name = "上海%s%s%s有限公司".formatted(TOWN_NAMES[town], "恒瑞嘉联宏泰鼎盛华越博远永信中和".substring(n % 14, n % 14 + 2),
					TRADES[trade]);
			int staff = 30 + (n * 37) % 400;
			ids.add(this.jdbc.queryForObject("""
					INSERT INTO enterprise (credit_code, name, district_code, town_code, address, industry, staff_count,
					  above_designated_size, foreign_invested, contact_name, contact_phone, registered_at, updated_at,
					  verification, verification_decided_by, verification_decided_at)
					VALUES (?, ?, '310117', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VERIFIED', 'system', now()) RETURNING id
					""", Long.class, creditCode(n), name, TOWNS[town],
					"松江区%s镇%s%d号".formatted(TOWN_NAMES[town], ROADS[n % ROADS.length], 10 + n * 23), INDUSTRIES[trade],
					staff, staff >= 120 || n % 3 == 0, n % 6 == 1,
					SURNAMES[n % SURNAMES.length] + GIVEN[n % GIVEN.length], "1391880%04d".formatted(3100 + n), registered,
					registered));
		}
		return ids;
	}

}
