package org.fugong.appeal;

import java.util.Arrays;
import java.util.Random;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officials' appeal queue and the figures with 20,000 appeals of 松江区 over
 * four weeks: times the queue page (scoped query, count and Thymeleaf) with random
 * filters, sorts and pages as the district official and the 新桥镇 officer, and the
 * figures API for the district and the city. Run with
 * {@code ./mvnw test -Dtest=AppealQueueBenchmark -Dbenchmark=true}; it prints
 * p50, p95, p99 and max and removes what it generated. Not a test: it asserts no time.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AppealQueueBenchmark {

	private static final int APPEALS = 20_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void renderTheQueueAndTheFiguresWithTwentyThousandAppeals() throws Exception {
		generate();
		try {
			RequestPostProcessor district = user(this.users.loadUserByUsername("songjiang"));
			RequestPostProcessor town = user(this.users.loadUserByUsername("xinqiao"));
			RequestPostProcessor city = user(this.users.loadUserByUsername("city"));
			String[] sorts = { "due", "received", "name" };
			String[] states = { "", "SUBMITTED", "ASSIGNED", "ANSWERED", "RESOLVED", "CLOSED" };
			String[] types = { "", "", "LOGISTICS", "STAFF", "POLICY" };
			Random random = new Random(8);
			for (int i = 0; i < 50; i++) {
				this.mvc.perform(get("/appeals").with(district)).andExpect(status().isOk());
				this.mvc.perform(get("/api/v1/stats/appeals").with(district)).andExpect(status().isOk());
			}
			long[] queue = time(500, () -> {
				MockHttpServletRequestBuilder request = get("/appeals").with(random.nextBoolean() ? district : town)
					.param("sort", sorts[random.nextInt(sorts.length)])
					.param("state", states[random.nextInt(states.length)])
					.param("type", types[random.nextInt(types.length)])
					.param("page", Integer.toString(random.nextInt(10)));
				if (random.nextInt(4) == 0) {
					request.param("overdue", "true");
				}
				return request;
			});
			long[] figures = time(200, () -> get("/api/v1/stats/appeals").with(random.nextBoolean() ? district : city));
			int total = this.jdbc.queryForObject("SELECT count(*) FROM appeal", Integer.class);
			print("Appeal queue page", total, queue);
			print("Appeal figures (district or city, 28 days, by type and by region)", total, figures);
		}
		finally {
			this.jdbc.update("DELETE FROM appeal WHERE subject LIKE 'BENCH %'");
		}
	}

	private long[] time(int runs, RequestSupplier requests) throws Exception {
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			MockHttpServletRequestBuilder request = requests.next();
			long start = System.nanoTime();
			this.mvc.perform(request).andExpect(status().isOk());
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void print(String what, int total, long[] nanos) {
		int runs = nanos.length;
		System.out.printf("%n%s, %d appeals, %d requests:%n", what, total, runs);
		System.out.printf("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n%n", nanos[runs / 2] / 1e6,
				nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
	}

	private void generate() {
		Long enterprise = this.jdbc.queryForObject("SELECT min(id) FROM enterprise WHERE district_code = '310117'",
				Long.class);
		this.jdbc.update("""
				INSERT INTO appeal (enterprise_id, enterprise_name, district_code, town_code, type, subject, content, state,
				  assignee, received_at, cycle_started_at, first_response_due_at, resolution_due_at, due_at,
				  first_responded_at, last_answered_at, resolved_at, closed_at, satisfaction, updated_at)
				SELECT ?, 'BENCH 企业 ' || (g % 500), '310117',
				  (ARRAY['310117102','310117103','310117104','310117105','310117106','310117107','310117109'])[1 + g % 7],
				  (ARRAY['LOGISTICS','MATERIALS','STAFF','PERMIT','POLICY','FINANCING','OTHER'])[1 + g % 7],
				  'BENCH ' || g, 'bench', s.state,
				  CASE WHEN s.state = 'SUBMITTED' THEN NULL WHEN g % 7 = 3 THEN 'xinqiao' ELSE 'songjiang' END,
				  r.at, r.at, r.at + interval '1 day', r.at + interval '3 days',
				  CASE WHEN s.state IN ('SUBMITTED','ASSIGNED') THEN r.at + interval '1 day'
				       WHEN s.state = 'ANSWERED' THEN r.at + interval '3 days' END,
				  CASE WHEN s.state IN ('ANSWERED','RESOLVED','CLOSED') THEN r.at + (1 + g % 30) * interval '1 hour' END,
				  CASE WHEN s.state IN ('ANSWERED','RESOLVED','CLOSED') THEN r.at + (1 + g % 30) * interval '1 hour' END,
				  CASE WHEN s.state IN ('RESOLVED','CLOSED') THEN r.at + (2 + g % 80) * interval '1 hour' END,
				  CASE WHEN s.state = 'CLOSED' THEN r.at + (30 + g % 80) * interval '1 hour' END,
				  CASE WHEN s.state = 'CLOSED' AND g % 13 <> 0 THEN 3 + g % 3 END,
				  now()
				FROM generate_series(1, ?) AS g,
				  LATERAL (SELECT (ARRAY['SUBMITTED','ASSIGNED','ANSWERED','RESOLVED','CLOSED','CLOSED','CLOSED'])[1 + g % 7]
				           AS state) s,
				  LATERAL (SELECT now() - (g % 40320) * interval '1 minute' AS at) r
				""", enterprise, APPEALS);
		this.jdbc.execute("ANALYZE appeal");
	}

	@FunctionalInterface
	private interface RequestSupplier {

		MockHttpServletRequestBuilder next();

	}

}
