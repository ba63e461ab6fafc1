package org.fugong.policy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.fugong.common.SafeHtml;
import org.fugong.common.SearchTokens;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue search on 5,000 policies: generates them (text drawn from the
 * demo catalogue, shuffled), then times searches with a keyword and filters.
 * Run with {@code ./mvnw test -Dtest=PolicySearchBenchmark -Dbenchmark=true};
 * it prints p50, p95 and max and removes what it generated. Not a test: it
 * asserts nothing about time (see docs/performance.md for the figures).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PolicySearchBenchmark {

	private static final int POLICIES = 5_000;

	private static final String MARK = "BENCH-";

	private static final String[] QUERIES = { "复工", "复工复产", "社保", "租金减免", "物流通行", "稳岗补贴", "制造业", "核酸", "PCR",
			"贷款贴息", "留抗", "中小微企业", "疫情防控指引", "白名单", "闭环管理" };

	@Autowired
	PolicyService policies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void searchFiveThousandPolicies() {
		generate();
		try {
			Random random = new Random(42);
			PolicyLevel[] levels = PolicyLevel.values();
			PolicyCategory[] categories = PolicyCategory.values();
			// Warm up the JIT and PostgreSQL's caches.
			for (int i = 0; i < 100; i++) {
				this.policies.search(new PolicyQuery(QUERIES[i % QUERIES.length], null, null, null, false, false),
						PageRequest.of(0, 20, Sort.unsorted()));
			}
			int runs = 1000;
			long[] nanos = new long[runs];
			for (int i = 0; i < runs; i++) {
				String q = QUERIES[random.nextInt(QUERIES.length)];
				PolicyLevel level = random.nextInt(3) == 0 ? levels[random.nextInt(levels.length)] : null;
				PolicyCategory category = random.nextInt(3) == 0 ? categories[random.nextInt(categories.length)] : null;
				String region = random.nextInt(4) == 0 ? "310117" : null;
				boolean inEffect = random.nextBoolean();
				int page = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
				long start = System.nanoTime();
				this.policies.search(new PolicyQuery(q, level, category, region, inEffect, false),
						PageRequest.of(page, 20, Sort.unsorted()));
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf("%nPolicy search, %d policies, %d searches (keyword + random filters, page of 20, with total):%n",
					count(), runs);
			System.out.printf("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n%n", nanos[runs / 2] / 1e6,
					nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
		}
		finally {
			this.jdbc.update("DELETE FROM policy WHERE created_by = 'benchmark'");
		}
	}

	private void generate() {
		List<String[]> texts = this.jdbc.query("SELECT title, summary, body FROM policy WHERE created_by <> 'benchmark'",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
		if (texts.isEmpty()) {
			texts = List.<String[]>of(new String[] { "关于支持企业复工复产的若干措施", "支持中小微企业复工复产。", "<p>社保缓缴、租金减免、稳岗补贴。</p>" });
		}
		Random random = new Random(7);
		List<Object[]> rows = new ArrayList<>();
		Instant now = Instant.now();
		for (int i = 0; i < POLICIES; i++) {
			String[] a = texts.get(random.nextInt(texts.size()));
			String[] b = texts.get(random.nextInt(texts.size()));
			String title = MARK + i + " " + a[0];
			String summary = b[1];
			String body = a[2] + b[2];
			PolicyLevel level = PolicyLevel.values()[random.nextInt(3)];
			String region = switch (level) {
				case NATIONAL -> null;
				case CITY -> "310000";
				case DISTRICT -> random.nextBoolean() ? "310117" : "310120";
			};
			LocalDate published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500));
			rows.add(new Object[] { title, "基准测试发文单位", level.name(), region, summary, body, Date.valueOf(published),
					Date.valueOf(published), random.nextInt(3) == 0 ? Date.valueOf(published.plusYears(1)) : null,
					SearchTokens.ofDocument(title + " " + summary + " " + SafeHtml.plainText(body)),
					Timestamp.from(now) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO policy (title, issuer, level, region_code, summary, body, published_on, effective_from,
				  expires_on, status, search_tokens, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 'benchmark', ?, now())
				""", rows);
		this.jdbc.update("""
				INSERT INTO policy_category (policy_id, category)
				SELECT id, (ARRAY['EPIDEMIC_GUIDANCE','FISCAL_TAX','FINANCE','EMPLOYMENT','LOGISTICS','RENT_RELIEF',
				  'SOCIAL_INSURANCE','UTILITIES_COST','INDUSTRY_SUPPORT'])[1 + id % 9]
				FROM policy WHERE created_by = 'benchmark'
				""");
		this.jdbc.execute("ANALYZE policy");
		this.jdbc.execute("ANALYZE policy_category");
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM policy", Integer.class);
	}

}
