package org.fugong.dashboard;

import java.util.List;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's workbench: the queues it works on (and only those) on every page,
 * the same figures as the owners' own counts, the to-do list as the home page, and
 * a guard's home being the scanner. Enterprises get no workbench.
 */
@IntegrationTest
class WorkbenchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void eachRoleSeesTheQueuesItWorksOn() throws Exception {
		assertThat(queues("xinqiao")).containsExactly("applications", "verification", "rectifications", "appeals");
		assertThat(queues("songjiang")).containsExactly("applications", "verification", "vehicles", "rectifications",
				"appeals");
		assertThat(queues("city")).containsExactly("applications", "appeals");
		assertThat(queues("jingxin")).containsExactly("appeals");
		MvcResult enterprise = this.mvc.perform(get("/").with(as("demo-ent"))).andReturn();
		assertThat(enterprise.getModelAndView().getModel().get("workbench")).isNull();
		assertThat(enterprise.getResponse().getContentAsString()).doesNotContain("id=\"fg-sidebar\"");
	}

	@Test
	void theHomePageIsTheToDoListAndTheSidebarCarriesTheSameCounts() throws Exception {
		MvcResult home = this.mvc.perform(get("/").with(as("songjiang"))).andExpect(status().isOk()).andReturn();
		Workbench workbench = (Workbench) home.getModelAndView().getModel().get("workbench");
		String html = home.getResponse().getContentAsString();
		assertThat(html).contains("id=\"fg-sidebar\"", "id=\"home-todo\"", "id=\"home-applications-queue\"");
		for (Workbench.Queue queue : workbench.queues()) {
			assertThat(html).contains("id=\"home-" + queue.key() + "-queue\"");
			if (queue.waiting() > 0) {
				assertThat(html).contains("data-queue=\"" + queue.key() + "\"");
			}
		}
		// Any other page carries the badges too; an API answer pays for none of it.
		this.mvc.perform(get("/whitelist").with(as("songjiang")))
			.andExpect(content().string(containsString("id=\"fg-sidebar\"")));
		this.mvc.perform(get("/api/v1/me").with(as("songjiang")))
			.andExpect(content().string(not(containsString("workbench"))));
		this.mvc.perform(get("/").with(as("jingxin")))
			.andExpect(content().string(containsString("id=\"home-appeals-queue\"")))
			.andExpect(content().string(not(containsString("id=\"home-applications-queue\""))));
	}

	@Test
	void aGuardsHomeIsTheScanner() throws Exception {
		this.mvc.perform(get("/").with(as("guard1"))).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gate"));
	}

	private List<String> queues(String username) throws Exception {
		MvcResult result = this.mvc.perform(get("/").with(as(username))).andExpect(status().isOk()).andReturn();
		Workbench workbench = (Workbench) result.getModelAndView().getModel().get("workbench");
		return workbench.queues().stream().map(Workbench.Queue::key).toList();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
