package org.fugong.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue on the demo policies: search, detail, matching and reach.
 */
@IntegrationTest
class PolicyCatalogTests {

	private static final String GUIDELINE = "工业企业复工复产疫情防控指引";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSearchForAWordFindsItInsideLongerWords() throws Exception {
		String body = this.mvc.perform(get("/api/v1/policies").param("q", "复工").param("size", "100").with(as("demo-ent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThan(3)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> titles = JsonPath.read(body, "$.items[*].title");
		assertThat(titles).anySatisfy((t) -> assertThat(t).contains("复工复产"));
		List<Integer> ids = JsonPath.read(body, "$.items[*].id");
		for (Integer id : ids) {
			String text = this.jdbc.queryForObject("SELECT title || summary || body FROM policy WHERE id = ?",
					String.class, id);
			assertThat(text).contains("复工");
		}
	}

	@Test
	void searchIsNewestFirstAndFiltersByLevelCategoryRegionAndEffect() throws Exception {
		String body = this.mvc.perform(get("/api/v1/policies").param("size", "100").with(as("city")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> dates = JsonPath.read(body, "$.items[*].publishedOn");
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));

		this.mvc.perform(get("/api/v1/policies").param("level", "DISTRICT").param("size", "100").with(as("city")))
			.andExpect(jsonPath("$.items[*].level", everyItem(org.hamcrest.Matchers.is("DISTRICT"))));
		this.mvc.perform(get("/api/v1/policies").param("category", "RENT_RELIEF").param("size", "100").with(as("city")))
			.andExpect(jsonPath("$.items[*].categories", everyItem(hasItem("RENT_RELIEF"))));
		this.mvc.perform(get("/api/v1/policies").param("region", "310120").param("level", "DISTRICT").param("size", "100")
			.with(as("city")))
			.andExpect(jsonPath("$.items[*].regionCode", everyItem(org.hamcrest.Matchers.is("310120"))));
		String inEffect = this.mvc.perform(get("/api/v1/policies").param("inEffect", "true").param("size", "100")
			.with(as("city"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int all = JsonPath.read(body, "$.total");
		int effective = JsonPath.read(inEffect, "$.total");
		assertThat(effective).isLessThan(all).isGreaterThan(0);
		this.mvc.perform(get("/api/v1/policies").param("level", "PROVINCE").with(as("city")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void theDetailCarriesConditionsInWordsAndTheGuidance() throws Exception {
		long id = guidelineId();
		this.mvc.perform(get("/api/v1/policies/" + id).with(as("demo-ent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conditions[0].code").value("INDUSTRY_IN"))
			.andExpect(jsonPath("$.conditions[0].text").value(containsString("制造业")))
			.andExpect(jsonPath("$.guidance[0].code").value("G-INDUSTRIAL"))
			.andExpect(jsonPath("$.body").value(containsString("21")));
		this.mvc.perform(get("/api/v1/policies/" + id).header("Accept-Language", "en").with(as("demo-ent")))
			.andExpect(jsonPath("$.conditions[0].text").value(containsString("Manufacturing")));
		this.mvc.perform(get("/policies/" + id).with(as("demo-ent")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本企业满足全部条件")));
		this.mvc.perform(get("/api/v1/policies/99999999").with(as("demo-ent"))).andExpect(status().isNotFound());
	}

	@Test
	void anEnterpriseSeesThePoliciesItMeetsWithReasons() throws Exception {
		String body = this.mvc.perform(get("/api/v1/policies/matching").with(as("demo-ent")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> titles = JsonPath.read(body, "$[*].policy.title");
		assertThat(titles).anySatisfy((t) -> assertThat(t).contains(GUIDELINE));
		List<List<String>> reasons = JsonPath.read(body, "$[*].reasons");
		assertThat(reasons).allSatisfy((r) -> assertThat(r).isNotEmpty());
		String guidelineReasons = JsonPath.read(body, "$[?(@.policy.title =~ /.*" + GUIDELINE + ".*/)].reasons[0]")
			.toString();
		assertThat(guidelineReasons).contains("制造业");
		// Fengxian's district policies never reach a Songjiang enterprise, and nothing expired does.
		List<String> regions = JsonPath.read(body, "$[*].policy.regionCode");
		assertThat(regions).doesNotContain("310120");
		List<String> expiries = JsonPath.read(body, "$[*].policy.expiresOn");
		assertThat(expiries).allSatisfy((e) -> assertThat(e == null || e.compareTo("2026-11-23") >= 0).isTrue());
	}

	@Test
	void anEnterpriseOfAnotherIndustryDoesNotMeetTheIndustrialGuideline() throws Exception {
		Registrations.Registered retailer = Registrations.register(this.mvc, "310117", "310117105");
		this.jdbc.update("UPDATE enterprise SET industry = 'FINANCE' WHERE id = ?", retailer.id());
		String body = this.mvc.perform(get("/api/v1/policies/matching").with(as(retailer.username())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> titles = JsonPath.read(body, "$[*].policy.title");
		assertThat(titles).noneSatisfy((t) -> assertThat(t).contains(GUIDELINE));
		this.mvc.perform(get("/policies/" + guidelineId()).with(as(retailer.username())))
			.andExpect(content().string(containsString("有条件未满足")));
	}

	@Test
	void officialsSeeWhomAPolicyReachesWithinTheirJurisdictionAndExportIt() throws Exception {
		long id = guidelineId();
		String songjiang = this.mvc.perform(get("/api/v1/policies/" + id + "/enterprises").with(as("songjiang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> names = JsonPath.read(songjiang, "$[*].name");
		assertThat(names).contains("上海新桥精密机械有限公司").doesNotContain("上海南桥生物医药有限公司");
		List<String> phones = JsonPath.read(songjiang, "$[*].contactPhone");
		assertThat(phones).allSatisfy((p) -> assertThat(p).contains("****"));
		String fengxian = this.mvc.perform(get("/api/v1/policies/" + id + "/enterprises").with(as("fengxian")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(fengxian, "$[*].name")).contains("上海南桥生物医药有限公司")
			.doesNotContain("上海新桥精密机械有限公司");

		byte[] csv = this.mvc.perform(get("/policies/" + id + "/enterprises.csv").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF企业名称,统一社会信用代码").contains("上海新桥精密机械有限公司")
			.contains("138****2231").doesNotContain("13816602231");
	}

	@Test
	void searchPageAndMatchingPageRender() throws Exception {
		this.mvc.perform(get("/policies").param("q", "复工").with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("复工复产")));
		this.mvc.perform(get("/policies").param("level", "BOGUS").with(as("xinqiao"))).andExpect(status().isOk());
		this.mvc.perform(get("/policies").param("category", "FISCAL_TAX").param("inEffect", "true").with(as("xinqiao")))
			.andExpect(status().isOk());
		// The pager keeps the filters.
		this.mvc.perform(get("/policies").param("inEffect", "true").with(as("xinqiao")))
			.andExpect(content().string(containsString("inEffect=true&amp;withdrawn=&amp;page=1")));
		this.mvc.perform(get("/policies/matching").with(as("demo-ent")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(GUIDELINE)));
		this.mvc.perform(get("/policies").param("lang", "en").with(as("demo-ent")))
			.andExpect(content().string(containsString("In effect today only")))
			.andExpect(content().string(not(containsString("仅看今天有效的"))));
	}

	private long guidelineId() {
		return this.jdbc.queryForObject("SELECT id FROM policy WHERE title LIKE ? ORDER BY id LIMIT 1", Long.class,
				"%" + GUIDELINE + "%");
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
