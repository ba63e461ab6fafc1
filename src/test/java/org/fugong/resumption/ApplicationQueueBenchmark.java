package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officials' queue with 10,000 applications: generates them for 10,000
 * enterprises of 松江区, then times the whole queue page (query and Thymeleaf
 * rendering) as the district official and a town officer see it, with random
 * filters, sorts and pages. Run with
 * {@code ./mvnw test -Dtest=ApplicationQueueBenchmark -Dbenchmark=true}; it prints
 * p50, p95 and max and removes what it generated. Not a test: it asserts no time.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ApplicationQueueBenchmark {

	private static final int APPLICATIONS = 10_000;

	private static final String[] TOWNS = { "310117102", "310117103", "310117104", "310117105", "310117106",
			"310117107", "310117109", "310117001", "310117002", "310117003" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void renderTheQueueWithTenThousandApplications() throws Exception {
		generate();
		try {
			RequestPostProcessor district = user(this.users.loadUserByUsername("songjiang"));
			RequestPostProcessor town = user(this.users.loadUserByUsername("xinqiao"));
			String[] sorts = { "due", "submitted", "name" };
			Random random = new Random(3);
			for (int i = 0; i < 50; i++) {
				this.mvc.perform(get("/applications").with(district)).andExpect(status().isOk());
			}
			int runs = 500;
			long[] nanos = new long[runs];
			for (int i = 0; i < runs; i++) {
				var request = get("/applications").with(random.nextBoolean() ? district : town)
					.param("sort", sorts[random.nextInt(sorts.length)])
					.param("page", Integer.toString(random.nextInt(10)));
				if (random.nextInt(3) == 0) {
					request.param("overdue", "true");
				}
				if (random.nextInt(4) == 0) {
					request.param("industry", "MANUFACTURING");
				}
				long start = System.nanoTime();
				this.mvc.perform(request).andExpect(status().isOk());
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf("%nApplication queue page, %d applications, %d renders (query + Thymeleaf, page of 20):%n",
					this.jdbc.queryForObject("SELECT count(*) FROM resumption_request", Integer.class), runs);
			System.out.printf("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n%n", nanos[runs / 2] / 1e6,
					nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
		}
		finally {
			this.jdbc.update("DELETE FROM resumption_request WHERE enterprise_name LIKE 'BENCH%'");
			this.jdbc.update("DELETE FROM enterprise WHERE name LIKE 'BENCH%'");
		}
	}

	private void generate() {
		Instant now = Instant.now();
		List<Object[]> enterprises = new ArrayList<>();
		for (int i = 0; i < APPLICATIONS; i++) {
			enterprises.add(new Object[] { "B" + String.format("%017d", i), "BENCH 企业 " + i, TOWNS[i % TOWNS.length],
					(i % 3 == 0) ? "MANUFACTURING" : "IT_SOFTWARE", Timestamp.from(now) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO enterprise (credit_code, name, district_code, town_code, address, industry, staff_count,
				  above_designated_size, foreign_invested, contact_name, contact_phone, registered_at, updated_at)
				VALUES (?, ?, '310117', ?, '测试路', ?, 120, false, false, '测试', '13800000000', ?, now())
				""", enterprises);
		this.jdbc.update("""
				INSERT INTO resumption_request (enterprise_id, enterprise_name, industry, district_code, town_code, state,
				  planned_resume_date, returning_staff, dormitory_beds, closed_loop, due_at, submitted_at, created_at, updated_at)
				SELECT id, name, industry, district_code, town_code,
				  (ARRAY['SUBMITTED','ACCEPTED','MATERIALS_APPROVED','SITE_VERIFIED','APPROVED','RETURNED','DRAFT'])[1 + (id %% 7)],
				  DATE '2027-01-04', 120, 0, '闭环', now() + ((id %% 96) - 24) * interval '1 hour',
				  now() - (id %% 200) * interval '1 hour', now(), now()
				FROM enterprise WHERE name LIKE 'BENCH%%'
				""".replace("%%", "%"));
		this.jdbc.update("UPDATE resumption_request SET due_at = NULL WHERE enterprise_name LIKE 'BENCH%' "
				+ "AND state IN ('APPROVED','RETURNED','DRAFT')");
		this.jdbc.execute("ANALYZE resumption_request");
	}

}
