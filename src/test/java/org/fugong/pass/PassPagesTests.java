package org.fugong.pass;

import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.fugong.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The enterprise's pass pages as a browser uses them: forms, redirects, messages, cards. */
@IntegrationTest
class PassPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	private UserDetails owner;

	@BeforeEach
	void whitelistedEnterprise() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		this.owner = this.users.loadUserByUsername(enterprise.username());
	}

	@Test
	void issueOneShowItRevokeIt() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.owner, "欧阳明", true);
		this.mvc.perform(get("/passes").with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("欧阳明")));
		MvcResult issued = this.mvc.perform(post("/passes/issue").with(user(this.owner)).with(csrf())
			.param("employeeId", Long.toString(employee)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/passes/*"))
			.andExpect(flash().attribute("message", "pass.issued"))
			.andReturn();
		String detailUrl = issued.getResponse().getRedirectedUrl();
		assertThat((String) issued.getFlashMap().get("holderLink")).contains("/p/");
		this.mvc.perform(get(detailUrl).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/qr.png")))
			.andExpect(content().string(containsString("欧*")));
		this.mvc.perform(get(detailUrl + "/card").with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(not(containsString("欧阳明"))));

		this.mvc.perform(post(detailUrl + "/revoke").with(user(this.owner)).with(csrf()).param("reason", ""))
			.andExpect(redirectedUrl(detailUrl))
			.andExpect(flash().attribute("error", "validation.required"));
		this.mvc.perform(post(detailUrl + "/revoke").with(user(this.owner)).with(csrf()).param("reason", "离职"))
			.andExpect(redirectedUrl(detailUrl))
			.andExpect(flash().attribute("message", "pass.revoked.done"));
		this.mvc.perform(get(detailUrl).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/qr.png"))));
	}

	@Test
	void refusalsComeBackAsMessagesOnTheList() throws Exception {
		long untested = PassFixtures.employee(this.mvc, this.owner, "未检测", false);
		this.mvc.perform(post("/passes/issue").with(user(this.owner)).with(csrf()))
			.andExpect(redirectedUrl("/passes"))
			.andExpect(flash().attribute("error", "pass.issue.pickEmployee"));
		this.mvc.perform(post("/passes/issue").with(user(this.owner)).with(csrf())
			.param("employeeId", Long.toString(untested)))
			.andExpect(redirectedUrl("/passes"))
			.andExpect(flash().attribute("error", "pass.test.overdue"));
		this.mvc.perform(post("/passes/issue-all").with(user(this.users.loadUserByUsername("demo-ent"))).with(csrf()))
			.andExpect(redirectedUrl("/passes"))
			.andExpect(flash().attribute("error", "pass.enterprise.notWhitelisted"));
		this.mvc.perform(get("/passes").with(user(this.users.loadUserByUsername("demo-ent"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("企业不在有效的复工白名单上")));
	}

	@Test
	void issueAllThenPrintTheirCardsEightToASheet() throws Exception {
		for (int i = 0; i < 9; i++) {
			PassFixtures.employee(this.mvc, this.owner, "员工" + i, true);
		}
		this.mvc.perform(post("/passes/issue-all").with(user(this.owner)).with(csrf()))
			.andExpect(redirectedUrl("/passes"))
			.andExpect(flash().attributeExists("bulk"));
		String html = this.mvc.perform(get("/passes/print").with(user(this.owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("class=\"fg-sheet\"", -1)).hasSize(3);
		assertThat(html.split("class=\"fg-card\"", -1)).hasSize(10);
		// Another enterprise prints none of them, even by id.
		Registered other = Registrations.register(this.mvc, "310117", "310117105");
		String list = this.mvc.perform(get("/api/v1/passes").with(user(this.owner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> owned = JsonPath.read(list, "$.items[*].id");
		String ids = owned.stream().map(Number::toString).collect(Collectors.joining(","));
		this.mvc.perform(get("/passes/print").param("ids", ids).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"fg-card\"")));
		this.mvc.perform(get("/passes/print").param("ids", ids)
			.with(user(this.users.loadUserByUsername(other.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"fg-card\""))));
	}

	@Test
	void theHolderPageNeedsNoAccountAndAnUnknownLinkIsNotFound() throws Exception {
		this.mvc.perform(get("/p/AAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
		long employee = PassFixtures.employee(this.mvc, this.owner, "司马光", true);
		MvcResult issued = this.mvc.perform(post("/passes/issue").with(user(this.owner)).with(csrf())
			.param("employeeId", Long.toString(employee)))
			.andReturn();
		String link = (String) issued.getFlashMap().get("holderLink");
		String path = link.substring(link.indexOf("/p/"));
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("司*光")))
			.andExpect(content().string(not(containsString("司马光"))));
		// A new link replaces the old one.
		String detailUrl = issued.getResponse().getRedirectedUrl();
		this.mvc.perform(post(detailUrl + "/link").with(user(this.owner)).with(csrf()))
			.andExpect(flash().attribute("message", "pass.link.sent"));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

}
