package org.fugong.resumption;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.resumption.Filing.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each submission freezes a round; a return and a resubmission leave the first
 * round exactly as it was submitted, content and files.
 */
@IntegrationTest
class ApplicationRoundsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReturnedAndResubmittedApplicationKeepsBothRoundsByteForByte() throws Exception {
		Registered ent = Filing.readyEnterprise(this.mvc);
		long id = Filing.submitted(this.mvc, ent);
		String storedBefore = storedContent(id, 1);
		String apiBefore = rounds(ent, id);
		Map<String, byte[]> filesBefore = files(ent, id, JsonPath.read(apiBefore, "$[0].materials[*].id"));
		assertThat((List<Object>) JsonPath.read(apiBefore, "$")).hasSize(1);

		Filing.decide(this.mvc, as("xinqiao"), id, "RETURN", "请补充宿舍分区安排，更换防控方案", Filing.version(this.mvc, ent, id));
		// The enterprise fixes two fields and replaces the prevention plan, then submits again.
		this.mvc.perform(put("/api/v1/applications/" + id).with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(Filing.APPLICATION.replace("\"首批复工\"", "\"宿舍按楼层分区\"")
				.replace("\"returningStaff\": 150", "\"returningStaff\": 160")
				.replaceFirst("\\{", "{\"version\": " + Filing.version(this.mvc, ent, id) + ", ")))
			.andExpect(status().isOk());
		long oldPlan = this.jdbc.queryForObject(
				"SELECT id FROM resumption_material WHERE request_id = ? AND kind = 'PREVENTION_PLAN'", Long.class, id);
		this.mvc.perform(post("/applications/" + id + "/materials/" + oldPlan + "/delete").with(as(ent.username()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long newPlan = Filing.upload(this.mvc, ent, id, "PREVENTION_PLAN", Filing.pdf("PREVENTION_PLAN v2"));
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent))).andExpect(status().isOk());

		assertThat(storedContent(id, 1)).isEqualTo(storedBefore);
		String apiAfter = rounds(ent, id);
		assertThat((List<Object>) JsonPath.read(apiAfter, "$")).hasSize(2);
		assertThat(json(apiAfter, "$[0].content")).isEqualTo(json(apiBefore, "$[0].content"));
		assertThat(json(apiAfter, "$[0].materials")).isEqualTo(json(apiBefore, "$[0].materials"));
		assertThat(files(ent, id, JsonPath.read(apiAfter, "$[0].materials[*].id"))).usingRecursiveComparison()
			.isEqualTo(filesBefore);
		assertThat((List<Object>) JsonPath.read(apiAfter, "$[0].materials[*].id")).contains((int) oldPlan);

		this.mvc.perform(get("/api/v1/applications/" + id + "/rounds").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].decision.action").value("RETURN"))
			.andExpect(jsonPath("$[1].round").value(2))
			.andExpect(jsonPath("$[1].fixItems").value("请补充宿舍分区安排，更换防控方案"))
			.andExpect(jsonPath("$[1].content.returningStaff").value(160))
			.andExpect(jsonPath("$[1].changedFields", hasItems("returningStaff", "notes")))
			.andExpect(jsonPath("$[1].changedFields.length()").value(2))
			.andExpect(jsonPath("$[1].materials[?(@.id == " + newPlan + ")].changed", hasItem(true)))
			.andExpect(jsonPath("$[1].withdrawn[0].id").value((int) oldPlan))
			.andExpect(jsonPath("$[1].decision").doesNotExist());
		// The application itself lists what goes forward; the withdrawn plan stays downloadable.
		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.materials.length()").value(4))
			.andExpect(jsonPath("$.materials[*].id", hasItems((int) newPlan)));
		this.mvc.perform(get("/applications/" + id + "/rounds").with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 轮")))
			.andExpect(content().string(containsString("请补充宿舍分区安排")))
			.andExpect(content().string(containsString("已修改")))
			.andExpect(content().string(containsString("本轮新增")));
		this.mvc.perform(get("/applications/" + id + "/rounds").param("round", "1").with(as(ent.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 轮")));
		this.mvc.perform(get("/applications/" + id + "/rounds").param("round", "3").with(as("xinqiao")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMaterialNeverSubmittedIsDeletedWhileASubmittedOneIsOnlyWithdrawn() throws Exception {
		Registered ent = Filing.readyEnterprise(this.mvc);
		long id = Filing.submitted(this.mvc, ent);
		Filing.decide(this.mvc, as("xinqiao"), id, "RETURN", "补充其他材料", Filing.version(this.mvc, ent, id));
		long extra = Filing.upload(this.mvc, ent, id, "OTHER", Filing.pdf("draft only"));
		long submitted = this.jdbc.queryForObject(
				"SELECT id FROM resumption_material WHERE request_id = ? AND kind = 'STAFF_LIST'", Long.class, id);
		for (long material : new long[] { extra, submitted }) {
			this.mvc.perform(post("/applications/" + id + "/materials/" + material + "/delete").with(as(ent.username()))
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM resumption_material WHERE id = ?", Integer.class, extra))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT withdrawn_at IS NOT NULL FROM resumption_material WHERE id = ?",
				Boolean.class, submitted)).isTrue();
		this.mvc.perform(get("/applications/" + id + "/materials/" + submitted).with(as("xinqiao")))
			.andExpect(status().isOk());
	}

	private String storedContent(long id, int round) {
		return this.jdbc.queryForObject("SELECT content FROM resumption_round WHERE request_id = ? AND round_no = ?",
				String.class, id, round);
	}

	private String rounds(Registered ent, long id) throws Exception {
		return this.mvc.perform(get("/api/v1/applications/" + id + "/rounds").with(basic(ent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Map<String, byte[]> files(Registered ent, long id, List<Integer> materials) throws Exception {
		Map<String, byte[]> files = new java.util.TreeMap<>();
		for (Integer material : materials) {
			files.put(material.toString(), this.mvc.perform(get("/applications/" + id + "/materials/" + material)
				.with(as(ent.username()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		}
		return files;
	}

	private static String json(String document, String path) {
		return JsonPath.parse(document).read(path).toString();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
