package org.fugong.pass;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pass's code (its QR image, its text, its short code) goes to the pass's own
 * enterprise and to the holder's link only: an official of the region sees the
 * pass without it, and can no longer walk through a gate with a worker's code.
 */
@IntegrationTest
class PassCodeAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	private UserDetails owner;

	private long passId;

	private String holderLink;

	@BeforeEach
	void aPassOfAnEnterpriseInXinqiao() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((org.fugong.security.CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		this.owner = this.users.loadUserByUsername(enterprise.username());
		long employee = PassFixtures.employee(this.mvc, this.owner, "吴二", true);
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.passId = ((Number) JsonPath.read(answer, "$.id")).longValue();
		String link = JsonPath.read(answer, "$.holderLink");
		this.holderLink = link.substring(link.indexOf("/p/"));
	}

	@Test
	void onlyTheOwnEnterpriseAndTheHolderGetTheCode() throws Exception {
		UserDetails other = this.users.loadUserByUsername(Registrations.register(this.mvc, "310117", "310117105").username());
		// Each role's answer for the QR image (png and svg): own 200, another enterprise 404, officials and others 403.
		Map<String, Integer> image = Map.of("xinqiao", 403, "songjiang", 403, "fengxian", 403, "city", 403,
				"guard1", 403, "admin", 403);
		for (String format : new String[] { "qr.png", "qr.svg" }) {
			String path = "/api/v1/passes/" + this.passId + "/" + format;
			this.mvc.perform(get(path).with(user(this.owner))).andExpect(status().isOk());
			this.mvc.perform(get(path).with(user(other))).andExpect(status().isNotFound());
			this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
			for (Map.Entry<String, Integer> who : image.entrySet()) {
				this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(who.getKey()))))
					.andExpect(status().is(who.getValue()));
			}
		}
		this.mvc.perform(get(this.holderLink + "/qr.png")).andExpect(status().isOk());

		// The pass itself: the own enterprise with its code; officials of its town, district and city without it.
		this.mvc.perform(get("/api/v1/passes/{id}", this.passId).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.qrText").isString())
			.andExpect(jsonPath("$.shortCode").isString());
		for (String official : new String[] { "xinqiao", "songjiang", "city" }) {
			String seen = this.mvc.perform(get("/api/v1/passes/{id}", this.passId)
				.with(user(this.users.loadUserByUsername(official))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.holder").value("吴*"))
				.andExpect(jsonPath("$.qrText").doesNotExist())
				.andExpect(jsonPath("$.shortCode").doesNotExist())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(seen).doesNotContain("FG:");
			String list = this.mvc.perform(get("/api/v1/passes").param("size", "100")
				.with(user(this.users.loadUserByUsername(official))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(list).doesNotContain("FG:");
		}
		this.mvc.perform(get("/api/v1/passes/{id}", this.passId).with(user(this.users.loadUserByUsername("fengxian"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/passes/{id}", this.passId).with(user(other))).andExpect(status().isNotFound());

		// Printable cards are the enterprise's pages: officials get none, another enterprise not this one.
		String card = this.mvc.perform(get("/passes/{id}/card", this.passId).with(user(this.owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card).contains("<svg");
		this.mvc.perform(get("/passes/{id}/card", this.passId).with(user(other))).andExpect(status().isNotFound());
		for (String official : new String[] { "xinqiao", "songjiang", "fengxian", "city", "guard1", "admin" }) {
			this.mvc.perform(get("/passes/{id}/card", this.passId).with(user(this.users.loadUserByUsername(official))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/passes/print").param("ids", String.valueOf(this.passId))
				.with(user(this.users.loadUserByUsername(official))))
				.andExpect(status().isForbidden());
		}
		String printed = this.mvc.perform(get("/passes/print").param("ids", String.valueOf(this.passId))
			.with(user(other)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(printed).doesNotContain("<svg");
	}

}
