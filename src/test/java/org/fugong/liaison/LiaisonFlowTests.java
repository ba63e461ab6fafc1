package org.fugong.liaison;


import com.jayway.jsonpath.JsonPath;
import org.fugong.common.TimeFormat;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A liaison officer's work from assignment to figures: who may be named, visits
 * only by the current liaison with their dates checked, messages both ways with
 * inbox notices, a replaced officer's term ending with its visits kept, and the
 * region's figures counting it all.
 */
@IntegrationTest
class LiaisonFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyAnOfficialOfTheEnterprisesRegionMayBeNamed() throws Exception {
		Registered firm = Registrations.register(this.mvc, "310117", "310117105");
		for (String officer : new String[] { "fengxian", "guard1", "city", "admin", "demo-ent", "nobody-here" }) {
			api(post("/api/v1/enterprises/{id}/liaison", firm.id()), "songjiang", "{\"officer\": \"" + officer + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("officer"));
		}
		api(post("/api/v1/enterprises/{id}/liaison", firm.id()), "fengxian", "{\"officer\": \"fengxian\"}")
			.andExpect(status().isNotFound());
		api(post("/api/v1/enterprises/{id}/liaison", firm.id()), "xinqiao", "{\"officer\": \"songjiang\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.officer").value("songjiang"))
			.andExpect(jsonPath("$.visits").value(0));
		assertThat(count("SELECT count(*) FROM liaison_assignment WHERE enterprise_id = ?", firm.id())).isEqualTo(1);
	}

	@Test
	void theLiaisonLogsVisitsAndNobodyElseDoes() throws Exception {
		Registered firm = assigned("xinqiao");
		String today = TimeFormat.today().toString();
		String visit = visit(today, 3, 2, TimeFormat.today().plusDays(7).toString());
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "songjiang", visit).andExpect(status().isForbidden());
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "fengxian", visit).andExpect(status().isNotFound());
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao", visit)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.problemsFound").value(3))
			.andExpect(jsonPath("$.metWith").value("厂长 王五"));
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao",
				visit(TimeFormat.today().plusDays(1).toString(), 0, 0, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao",
				visit(TimeFormat.today().minusDays(3).toString(), 0, 0, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao",
				visit(today, 1, 0, TimeFormat.today().minusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("followUpOn"));
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao", visit(today, 1000, 0, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("problemsFound"));
		assertThat(count("SELECT count(*) FROM liaison_visit WHERE enterprise_id = ?", firm.id())).isEqualTo(1);
		this.mvc.perform(get("/api/v1/enterprises/{id}/liaison", firm.id()).with(as(firm.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.liaison.officer").value("xinqiao"))
			.andExpect(jsonPath("$.liaison.problemsSolved").value(2))
			.andExpect(jsonPath("$.liaison.nextFollowUpOn").value(TimeFormat.today().plusDays(7).toString()))
			.andExpect(jsonPath("$.visits[0].note").value("核对返岗人员名单"))
			.andExpect(jsonPath("$.mine").value(false));
		this.mvc.perform(get("/api/v1/liaison/enterprises").with(as("xinqiao")))
			.andExpect(jsonPath("$[*].enterpriseId", hasItem((int) firm.id())));
		this.mvc.perform(get("/api/v1/liaison/enterprises").with(as("songjiang")))
			.andExpect(jsonPath("$[*].enterpriseId", not(hasItem((int) firm.id()))));
	}

	@Test
	void theVisitFormOnThePageSaysWhatIsWrongAndSaves() throws Exception {
		Registered firm = assigned("xinqiao");
		this.mvc.perform(get("/enterprises/{id}/visits/new", firm.id()).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"problemsSolved\"")));
		this.mvc.perform(post("/enterprises/{id}/visits/new", firm.id()).with(as("xinqiao")).with(csrf())
			.param("date", TimeFormat.today().plusDays(2).toString())
			.param("note", "")
			.param("problemsFound", "1")
			.param("problemsSolved", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("此项为必填项")));
		this.mvc.perform(post("/enterprises/{id}/visits/new", firm.id()).with(as("xinqiao")).with(csrf())
			.param("date", TimeFormat.today().plusDays(2).toString())
			.param("note", "查看宿舍")
			.param("problemsFound", "1")
			.param("problemsSolved", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("走访日期不能晚于今天")));
		this.mvc.perform(post("/enterprises/{id}/visits/new", firm.id()).with(as("xinqiao")).with(csrf())
			.param("date", TimeFormat.today().toString())
			.param("metWith", "行政 赵六")
			.param("note", "查看宿舍")
			.param("problemsFound", "1")
			.param("problemsSolved", "1")
			.param("followUpOn", ""))
			.andExpect(redirectedUrl("/enterprises/" + firm.id() + "/liaison"));
		assertThat(count("SELECT count(*) FROM liaison_visit WHERE enterprise_id = ?", firm.id())).isEqualTo(1);
	}

	@Test
	void theEnterpriseAndItsLiaisonWriteToEachOtherThroughTheInbox() throws Exception {
		Registered firm = Registrations.register(this.mvc, "310117", "310117105");
		api(post("/api/v1/enterprises/{id}/liaison/messages", firm.id()), firm.username(), "{\"text\": \"有人吗\"}")
			.andExpect(status().isUnprocessableContent());
		assign(firm, "xinqiao");
		long before = count("SELECT count(*) FROM notification WHERE recipient = 'xinqiao'", null);
		api(post("/api/v1/enterprises/{id}/liaison/messages", firm.id()), firm.username(),
				"{\"text\": \"夜班宿舍需要报备吗？\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromOfficer").value(false));
		assertThat(count("SELECT count(*) FROM notification WHERE recipient = 'xinqiao'", null)).isEqualTo(before + 1);
		api(post("/api/v1/enterprises/{id}/liaison/messages", firm.id()), "songjiang", "{\"text\": \"我来答\"}")
			.andExpect(status().isForbidden());
		api(post("/api/v1/enterprises/{id}/liaison/messages", firm.id()), "demo-ent", "{\"text\": \"串门\"}")
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/enterprises/{id}/liaison/messages", firm.id()).with(as("xinqiao")).with(csrf())
			.param("text", "需要，明天上午我来现场看。"))
			.andExpect(redirectedUrl("/enterprises/" + firm.id() + "/liaison#messages"));
		assertThat(count("SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'liaison.notice.reply'",
				firm.id())).isEqualTo(1);
		this.mvc.perform(get("/enterprise/liaison").with(as(firm.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("明天上午我来现场看")));
	}

	@Test
	void aNewLiaisonOrTheEndOfTheTermKeepsTheVisits() throws Exception {
		Registered firm = assigned("xinqiao");
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao", visit(TimeFormat.today().toString(), 2, 1, null))
			.andExpect(status().isCreated());
		assign(firm, "xinqiao");
		assertThat(count("SELECT count(*) FROM liaison_assignment WHERE enterprise_id = ?", firm.id())).isEqualTo(1);
		assign(firm, "songjiang");
		assertThat(count("SELECT count(*) FROM liaison_assignment WHERE enterprise_id = ? AND ended_at IS NOT NULL",
				firm.id())).isEqualTo(1);
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao", visit(TimeFormat.today().toString(), 0, 0, null))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/enterprises/{id}/liaison", firm.id()).with(as("songjiang")))
			.andExpect(jsonPath("$.liaison.officer").value("songjiang"))
			.andExpect(jsonPath("$.mine").value(true))
			.andExpect(jsonPath("$.visits[0].officer").value("xinqiao"));
		api(post("/api/v1/enterprises/{id}/liaison/end", firm.id()), "xinqiao", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.liaison").doesNotExist())
			.andExpect(jsonPath("$.visits.length()").value(1));
		api(post("/api/v1/enterprises/{id}/liaison/end", firm.id()), "xinqiao", "{}")
			.andExpect(status().isUnprocessableContent());
		assertThat(count("SELECT count(*) FROM liaison_assignment WHERE enterprise_id = ? AND ended_at IS NULL",
				firm.id())).isZero();
	}

	@Test
	void theFiguresCountFirmsVisitsAndProblems() throws Exception {
		String town = "/api/v1/stats/liaison?region=310117105&from=" + TimeFormat.today();
		String before = this.mvc.perform(get(town).with(as("songjiang"))).andReturn().getResponse().getContentAsString();
		Registered firm = assigned("xinqiao");
		api(post("/api/v1/enterprises/{id}/visits", firm.id()), "xinqiao", visit(TimeFormat.today().toString(), 4, 3, null))
			.andExpect(status().isCreated());
		String after = this.mvc.perform(get(town).with(as("songjiang"))).andReturn().getResponse().getContentAsString();
		assertThat(delta(before, after, "firmsCovered")).isEqualTo(1);
		assertThat(delta(before, after, "visits")).isEqualTo(1);
		assertThat(delta(before, after, "problemsFound")).isEqualTo(4);
		assertThat(delta(before, after, "problemsSolved")).isEqualTo(3);
		this.mvc.perform(get("/dashboard").with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"liaison\"")));
	}

	private static long delta(String before, String after, String field) {
		return ((Number) JsonPath.read(after, "$." + field)).longValue()
				- ((Number) JsonPath.read(before, "$." + field)).longValue();
	}

	private Registered assigned(String officer) throws Exception {
		Registered firm = Registrations.register(this.mvc, "310117", "310117105");
		assign(firm, officer);
		return firm;
	}

	private void assign(Registered firm, String officer) throws Exception {
		api(post("/api/v1/enterprises/{id}/liaison", firm.id()), "songjiang", "{\"officer\": \"" + officer + "\"}")
			.andExpect(status().isOk());
	}

	private static String visit(String date, int found, int solved, String followUp) {
		return """
				{"date": "%s", "metWith": "厂长 王五", "note": "核对返岗人员名单", "problemsFound": %d,
				 "problemsSolved": %d%s}
				""".formatted(date, found, solved, (followUp != null) ? ", \"followUpOn\": \"" + followUp + "\"" : "");
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
		return this.mvc.perform(request.with(as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String who) {
		return user(this.users.loadUserByUsername(who));
	}

	private long count(String sql, Object arg) {
		Long n = (arg == null) ? this.jdbc.queryForObject(sql, Long.class) : this.jdbc.queryForObject(sql, Long.class, arg);
		return (n != null) ? n : 0;
	}

}
