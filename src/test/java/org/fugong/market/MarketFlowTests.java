package org.fugong.market;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.DemoData;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An enterprise posts a demand, finds matching supplies with the reasons, asks
 * for contact; the other side accepts and both see the contacts; the post
 * closes as fulfilled; an outdated post expires by itself; officials see a
 * demand nobody answered for 3 days; a key firm ranks first.
 */
@IntegrationTest
class MarketFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	MarketService market;

	@Autowired
	CoordinationService coordination;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aDemandMatchesSuppliesWithReasonsAndAContactRevealsBothSides() throws Exception {
		long demand = create("demo-ent", "DEMAND", "EQUIPMENT", "流程测试叉车 2 台", 2, "台", "310117");
		long near = create("ent-jiuting", "SUPPLY", "EQUIPMENT", "流程测试叉车出租", 5, "台", "310117");
		long cityWide = create("ent-nanqiao", "SUPPLY", "EQUIPMENT", "流程测试全市叉车", 1, "台", "310000");
		long farAway = create("ent-nanqiao", "SUPPLY", "EQUIPMENT", "流程测试奉贤叉车", 9, "台", "310120");
		as("demo-ent", get("/api/v1/market/posts/" + demand + "/matches"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].postId").value(hasItem((int) near)))
			.andExpect(jsonPath("$[*].postId").value(hasItem((int) cityWide)))
			.andExpect(jsonPath("$[*].postId").value(not(hasItem((int) farAway))))
			.andExpect(jsonPath("$[?(@.postId == " + near + ")].reasons[*]").value(hasItem("同在松江区")));
		as("demo-ent", get("/api/v1/market/posts").param("q", "流程测试叉车").param("kind", "SUPPLY"))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) near)));

		long contact = id(as("ent-jiuting", post("/api/v1/market/posts/" + demand + "/contacts"), "{\"message\": \"可以出租\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("REQUESTED")));
		as("ent-jiuting", post("/api/v1/market/posts/" + demand + "/contacts"), "{\"message\": \"再问一次\"}")
			.andExpect(status().isConflict());
		as("demo-ent", post("/api/v1/market/posts/" + demand + "/contacts"), "{\"message\": \"自己\"}")
			.andExpect(status().isUnprocessableContent());
		as("demo-ent", get("/api/v1/market/posts/" + demand))
			.andExpect(jsonPath("$.contacts[0].posterContactPhone").doesNotExist());
		as("ent-jiuting", post("/api/v1/market/contacts/" + contact + "/accept"), "{}").andExpect(status().isNotFound());
		as("demo-ent", post("/api/v1/market/contacts/" + contact + "/accept"), "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.requesterContactPhone").exists());
		as("ent-jiuting", get("/api/v1/market/posts/" + demand))
			.andExpect(jsonPath("$.contacts[0].posterContactPhone").exists());
		as("ent-sijing", get("/api/v1/market/posts/" + demand)).andExpect(jsonPath("$.contacts").isEmpty());
		as("songjiang", get("/api/v1/market/posts/" + demand))
			.andExpect(jsonPath("$.contacts[0].state").value("ACCEPTED"))
			.andExpect(jsonPath("$.contacts[0].posterContactPhone").doesNotExist());

		as("demo-ent", post("/api/v1/market/posts/" + demand + "/close"), "{\"outcome\": \"FULFILLED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantityMet"));
		as("demo-ent", post("/api/v1/market/posts/" + demand + "/close"), "{\"outcome\": \"FULFILLED\", \"quantityMet\": 2}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.state").value("FULFILLED"));
		as("demo-ent", post("/api/v1/market/posts/" + demand + "/close"), "{\"outcome\": \"WITHDRAWN\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void badInputIsRejectedFieldByField() throws Exception {
		as("demo-ent", post("/api/v1/market/posts"), """
				{"kind": "DEMAND", "category": "PARTS", "title": "区域错误", "description": "x", "quantity": 1,
				 "unit": "件", "regionCode": "310120", "validUntil": "%s"}""".formatted(LocalDate.now().plusDays(3)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
		as("demo-ent", post("/api/v1/market/posts"), """
				{"kind": "DEMAND", "category": "PARTS", "title": "", "description": "x", "quantity": -1,
				 "unit": "件", "validUntil": "2001-01-01"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("quantity")));
	}

	@Test
	void anOutdatedPostExpiresAndAnUnansweredDemandReachesTheOfficials() throws Exception {
		long demand = create("demo-ent", "DEMAND", "OTHER", "流程测试无人响应", 1, "批", "310117");
		as("songjiang", get("/api/v1/market/unanswered").param("size", "100"))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) demand))));
		this.clock.advance(Duration.ofDays(4));
		as("songjiang", get("/api/v1/market/unanswered").param("size", "100"))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) demand)));
		as("fengxian", get("/api/v1/market/unanswered").param("size", "100"))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) demand))));
		this.clock.advance(Duration.ofDays(30));
		assertThat(this.market.expireOutdated()).isPositive();
		as("demo-ent", get("/api/v1/market/posts/" + demand)).andExpect(jsonPath("$.summary.state").value("EXPIRED"));
	}

	@Test
	void aKeyFirmIsFlaggedByItsDistrictAndRanksFirst() throws Exception {
		long sijing = ((Number) JsonPath.read(as("ent-sijing", get("/api/v1/me")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.enterpriseId")).longValue();
		as("fengxian", post("/api/v1/market/key-firms"), "{\"enterpriseId\": " + sijing + ", \"chain\": \"生物医药\"}")
			.andExpect(status().isNotFound());
		as("songjiang", post("/api/v1/market/key-firms"), "{\"enterpriseId\": " + sijing + ", \"chain\": \"生物医药\"}")
			.andExpect(status().isCreated());
		try {
			long demand = create("demo-ent", "DEMAND", "STAFF", "流程测试临时工", 5, "人", "310117");
			long key = create("ent-sijing", "SUPPLY", "STAFF", "流程测试派遣工", 5, "人", "310117");
			create("ent-jiuting", "SUPPLY", "STAFF", "流程测试派遣工二", 50, "人", "310117");
			as("demo-ent", get("/api/v1/market/posts/" + demand + "/matches"))
				.andExpect(jsonPath("$[0].postId").value((int) key))
				.andExpect(jsonPath("$[0].post.keyChain").value("生物医药"));
			long keyDemand = create("ent-sijing", "DEMAND", "OTHER", "流程测试重点需求", 1, "批", "310117");
			this.coordination.queueUnansweredKeyDemands();
			as("songjiang", get("/api/v1/market/coordination"))
				.andExpect(jsonPath("$[*].postId").value(not(hasItem((int) keyDemand))));
			this.clock.advance(Duration.ofHours(25));
			assertThat(this.coordination.queueUnansweredKeyDemands()).isPositive();
			as("songjiang", get("/api/v1/market/coordination"))
				.andExpect(jsonPath("$[*].postId").value(hasItem((int) keyDemand)));
			as("fengxian", get("/api/v1/market/coordination"))
				.andExpect(jsonPath("$[*].postId").value(not(hasItem((int) keyDemand))));
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM notification WHERE recipient = 'songjiang'"
					+ " AND message_key = 'market.notice.coordination' AND link LIKE '/market/oversight%'", Long.class))
				.isPositive();
		}
		finally {
			as("songjiang", post("/api/v1/market/key-firms/" + sijing + "/remove"), "{}").andExpect(status().isNoContent());
		}
	}

	@Test
	void anEnterpriseNotYetVerifiedCannotPost() throws Exception {
		Registrations.Registered pending = Registrations.registerPending(this.mvc, "310117", "310117105");
		this.mvc.perform(post("/api/v1/market/posts").with(httpBasic(pending.username(), Registrations.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "DEMAND", "category": "PARTS", "title": "未核验企业的需求", "description": "流程测试",
					 "quantity": 1, "unit": "件", "validUntil": "%s"}""".formatted(LocalDate.now().plusDays(20))))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM market_post WHERE title = '未核验企业的需求'",
				Integer.class)).isZero();
	}

	private long create(String who, String kind, String category, String title, int quantity, String unit,
			String region) throws Exception {
		return id(as(who, post("/api/v1/market/posts"), """
				{"kind": "%s", "category": "%s", "title": "%s", "description": "流程测试", "quantity": %d,
				 "unit": "%s", "regionCode": "%s", "validUntil": "%s"}""".formatted(kind, category, title, quantity,
				unit, region, LocalDate.now().plusDays(20)))
			.andExpect(status().isCreated()));
	}

	private ResultActions as(String who,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(who, DemoData.PASSWORD)));
	}

	private ResultActions as(String who,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return this.mvc.perform(request.with(httpBasic(who, DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.id")).longValue();
	}

}
