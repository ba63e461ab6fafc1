package org.fugong.market;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching with 20,000 open posts of the city's enterprises (both kinds, eight
 * categories, districts and city-wide, dates over the next month): times
 * {@code GET /api/v1/market/posts/{id}/matches} for demo-ent's own posts, one
 * per category and kind, 400 requests. Run with
 * {@code ./mvnw test -Dtest=MarketMatchingBenchmark -Dbenchmark=true}; it prints
 * p50, p95, p99 and max and removes what it generated. Not a test: it asserts no time.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MarketMatchingBenchmark {

	private static final int POSTS = 20_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void matchAmongTwentyThousandOpenPosts() throws Exception {
		generate();
		List<Long> own = new ArrayList<>();
		try {
			RequestPostProcessor ent = user(this.users.loadUserByUsername("demo-ent"));
			for (PostCategory category : PostCategory.values()) {
				for (PostKind kind : PostKind.values()) {
					String body = """
							{"kind": "%s", "category": "%s", "title": "BENCH own", "description": "bench",
							 "quantity": 500, "unit": "件", "validUntil": "%s"}""".formatted(kind, category,
							LocalDate.now().plusDays(20));
					String answer = this.mvc.perform(post("/api/v1/market/posts").with(ent)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body)).andExpect(status().isCreated()).andReturn().getResponse()
						.getContentAsString(StandardCharsets.UTF_8);
					own.add(((Number) JsonPath.read(answer, "$.id")).longValue());
				}
			}
			Random random = new Random(19);
			for (int i = 0; i < 50; i++) {
				this.mvc.perform(get("/api/v1/market/posts/" + own.get(i % own.size()) + "/matches").with(ent))
					.andExpect(status().isOk());
			}
			long[] nanos = new long[400];
			for (int i = 0; i < nanos.length; i++) {
				long id = own.get(random.nextInt(own.size()));
				long start = System.nanoTime();
				this.mvc.perform(get("/api/v1/market/posts/" + id + "/matches").with(ent)).andExpect(status().isOk());
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			int open = this.jdbc.queryForObject("SELECT count(*) FROM market_post WHERE state = 'OPEN'", Integer.class);
			int runs = nanos.length;
			System.out.printf("%nMarket matches, %d open posts, %d requests:%n", open, runs);
			System.out.printf("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n%n", nanos[runs / 2] / 1e6,
					nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
		}
		finally {
			this.jdbc.update("DELETE FROM market_contact WHERE post_id IN (SELECT id FROM market_post WHERE title LIKE 'BENCH %')");
			this.jdbc.update("DELETE FROM market_post WHERE title LIKE 'BENCH %'");
		}
	}

	private void generate() {
		this.jdbc.update("""
				INSERT INTO market_post (enterprise_id, district_code, town_code, industry, kind, category, title, description,
				  quantity, unit, region_code, city_code, valid_until, window_start, window_end, state, created_at, search_tokens)
				SELECT e.id, e.district_code, e.town_code, e.industry,
				  (ARRAY['SUPPLY','DEMAND'])[1 + g % 2],
				  (ARRAY['RAW_MATERIAL','PARTS','PROTECTIVE','PACKAGING','LOGISTICS','STAFF','EQUIPMENT','OTHER'])[1 + (g / 2) % 8],
				  'BENCH ' || g, 'bench', 1 + g % 900, (ARRAY['件','吨','箱'])[1 + g % 3],
				  CASE WHEN g % 4 = 0 THEN '310000' ELSE e.district_code END, '310000',
				  current_date + 30, current_date + (g % 10), current_date + 10 + (g % 20), 'OPEN',
				  now() - (g % 20000) * interval '1 minute', 'bench ' || g
				FROM generate_series(1, ?) AS g
				JOIN LATERAL (SELECT id, district_code, town_code, industry FROM enterprise
				              ORDER BY id OFFSET (g % 50) LIMIT 1) e ON true
				""", POSTS);
		this.jdbc.execute("ANALYZE market_post");
	}

}
