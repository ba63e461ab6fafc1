package org.fugong.enterprise;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnterpriseIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private Registered a;

	private Registered b;

	private Registered fengxianEnterprise;

	@BeforeEach
	void register() throws Exception {
		this.a = Registrations.register(this.mvc, "310117", "310117105");
		this.b = Registrations.register(this.mvc, "310117", "310117104");
		this.fengxianEnterprise = Registrations.register(this.mvc, "310120", "310120101");
	}

	@Test
	void enterpriseSeesItselfButNotAnother() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises/" + this.a.id()).with(httpBasic(this.a.username(), Registrations.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditCode").value(this.a.creditCode()));
		this.mvc.perform(get("/api/v1/enterprises/" + this.b.id()).with(httpBasic(this.a.username(), Registrations.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.creditCode").doesNotExist());
		this.mvc.perform(get("/api/v1/enterprises/999999999").with(httpBasic(this.a.username(), Registrations.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void enterpriseCannotEditAnother() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/enterprises/" + this.b.id())
			.with(httpBasic(this.a.username(), Registrations.PASSWORD))
			.contentType("application/json")
			.content("{\"name\":\"篡改\",\"address\":\"x\",\"industry\":\"OTHER\",\"staffCount\":1,"
					+ "\"contactName\":\"x\",\"contactPhone\":\"13800138000\",\"version\":0}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void townOfficerSeesOnlyTheirTown() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises/" + this.a.id()).with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/enterprises/" + this.b.id()).with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/enterprises").param("q", this.b.creditCode())
			.with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void districtOfficialSeesOnlyTheirDistrictAndTheCitySeesAll() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises/" + this.b.id()).with(user(this.users.loadUserByUsername("songjiang"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/enterprises/" + this.fengxianEnterprise.id())
			.with(user(this.users.loadUserByUsername("songjiang")))).andExpect(status().isNotFound());
		this.mvc.perform(get("/enterprises/" + this.fengxianEnterprise.id())
			.with(user(this.users.loadUserByUsername("songjiang")))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/enterprises/" + this.fengxianEnterprise.id())
			.with(user(this.users.loadUserByUsername("city")))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/enterprises").param("q", this.fengxianEnterprise.creditCode())
			.with(user(this.users.loadUserByUsername("fengxian"))))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.fengxianEnterprise.id()));
	}

	@Test
	void officialsListIsPagedAndSearchesByName() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises").param("size", "101").with(user(this.users.loadUserByUsername("city"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc.perform(get("/api/v1/enterprises").param("q", "测试企业").param("size", "5")
			.with(user(this.users.loadUserByUsername("city"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.page").value(0));
		this.mvc.perform(get("/enterprises").param("q", this.a.creditCode()).with(user(this.users.loadUserByUsername("songjiang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.a.creditCode())))
			.andExpect(content().string(not(containsString(this.fengxianEnterprise.creditCode()))));
	}

	@Test
	void enterpriseEditsItsProfileAndAStaleVersionConflicts() throws Exception {
		var ent = user(this.users.loadUserByUsername(this.a.username()));
		// Registration and verification have moved the version on: the page posts the one it showed.
		String seen = com.jayway.jsonpath.JsonPath.read(this.mvc.perform(get("/api/v1/enterprises/" + this.a.id()).with(ent))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version").toString();
		this.mvc.perform(post("/enterprise/profile/edit").with(ent).with(csrf())
			.param("name", "改名后的企业")
			.param("address", "新地址 8 号")
			.param("industry", "IT_SOFTWARE")
			.param("staffCount", "88")
			.param("contactName", "王五")
			.param("contactPhone", "13700137000")
			.param("version", seen)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/enterprise/profile").with(ent))
			.andExpect(content().string(containsString("改名后的企业")));
		this.mvc.perform(post("/enterprise/profile/edit").with(ent).with(csrf())
			.param("name", "过期的修改")
			.param("address", "旧地址")
			.param("industry", "IT_SOFTWARE")
			.param("staffCount", "88")
			.param("contactName", "王五")
			.param("contactPhone", "13700137000")
			.param("version", seen)).andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/enterprises/" + this.a.id()).with(ent))
			.andExpect(jsonPath("$.name").value("改名后的企业"));
	}

	@Test
	void officialsSeeMaskedContactPhones() throws Exception {
		this.mvc.perform(get("/enterprises/" + this.a.id()).with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(content().string(containsString("138****8000")))
			.andExpect(content().string(not(containsString("13800138000"))));
	}

}
