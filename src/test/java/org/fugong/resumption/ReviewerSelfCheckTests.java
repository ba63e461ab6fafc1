package org.fugong.resumption;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.SelfChecks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.resumption.Filing.basic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officials deciding an application read the self-check it was submitted
 * with, item by item, and open its evidence; nobody outside the region does.
 */
@IntegrationTest
class ReviewerSelfCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theOfficialsOfTheRegionReadTheSelfCheckAndOpenItsEvidence() throws Exception {
		Registered ent = Filing.readyEnterprise(this.mvc);
		long id = Filing.submitted(this.mvc, ent);
		String shown = this.mvc.perform(get("/api/v1/applications/" + id).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selfCheck.passed").value(true))
			.andExpect(jsonPath("$.selfCheck.templateVersion").isNumber())
			.andExpect(jsonPath("$.selfCheck.checkedAt").isString())
			.andExpect(jsonPath("$.selfCheck.answers[0].code").isString())
			.andExpect(jsonPath("$.selfCheck.answers[0].text").isString())
			.andExpect(jsonPath("$.escalation").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long checkId = ((Number) JsonPath.read(shown, "$.selfCheckId")).longValue();
		assertThat(((Number) JsonPath.read(shown, "$.selfCheck.id")).longValue()).isEqualTo(checkId);
		List<String> notes = JsonPath.read(shown, "$.selfCheck.answers[?(@.note)].note");
		assertThat(notes).contains("负责人：张三");
		List<String> urls = JsonPath.read(shown, "$.selfCheck.answers[*].evidence[*].url");
		List<String> codes = JsonPath.read(shown, "$.selfCheck.answers[*].evidence[*].id");
		assertThat(urls).isNotEmpty();
		assertThat(urls.get(0)).isEqualTo("/api/v1/applications/" + id + "/self-checks/" + checkId + "/evidence/"
				+ codes.get(0));
		for (String who : List.of("xinqiao", "songjiang", "city")) {
			byte[] file = this.mvc.perform(get(urls.get(0)).with(as(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(file).isEqualTo(SelfChecks.PDF);
		}
		this.mvc.perform(get(urls.get(0)).with(basic(ent))).andExpect(status().isOk());
		this.mvc.perform(get(urls.get(0)).with(as("fengxian"))).andExpect(status().isNotFound());
		this.mvc.perform(get(urls.get(0)).with(as("demo-ent"))).andExpect(status().isNotFound());
		// Another check of the same enterprise, or an item without a file, is not reachable through it.
		this.mvc.perform(get("/api/v1/applications/" + id + "/self-checks/" + (checkId + 100000) + "/evidence/" + codes.get(0))
			.with(as("xinqiao"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/applications/" + id + "/self-checks/" + checkId + "/evidence/NO-SUCH")
			.with(as("xinqiao"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/applications/" + id).with(as("songjiang")))
			.andExpect(content().string(containsString("提交时所附的复工自查")))
			.andExpect(content().string(containsString("/applications/" + id + "/self-checks/" + checkId + "/evidence/")));
	}

	@Test
	void aDraftHasNoSelfCheckToShow() throws Exception {
		Registered ent = Filing.readyEnterprise(this.mvc);
		String created = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/applications")
			.with(basic(ent))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(Filing.APPLICATION)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.selfCheck").doesNotExist());
		this.mvc.perform(get("/api/v1/applications/" + id + "/rounds").with(basic(ent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
