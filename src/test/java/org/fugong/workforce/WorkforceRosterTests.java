package org.fugong.workforce;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.FieldCipher;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.workforce.Workforces.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster through the API and the pages: field errors, duplicates, stale
 * versions, deactivation, and the ID number never shown in full nor stored in clear.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkforceRosterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	ApplicationEvents events;

	private Registered enterprise;

	private Registered other;

	@BeforeEach
	void register() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.other = Registrations.register(this.mvc, "310120", "310120101");
	}

	@Test
	void addsAnEmployeeAndShowsTheIdNumberMaskedOnly() throws Exception {
		String idNumber = Workforces.idNumber();
		String body = this.mvc.perform(post("/api/v1/employees").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "王小明", "idNumber": "%s", "phone": "13812345678", "department": "总装车间",
					 "onSite": true, "role": "PRODUCTION", "dormitory": "1号楼 203"}
					""".formatted(idNumber.toLowerCase())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.idNumber").value(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
			.andExpect(jsonPath("$.phone").value("138****5678"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(idNumber);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		String stored = this.jdbc.queryForObject("SELECT id_number_cipher FROM employee WHERE id = ?", String.class, id);
		assertThat(stored).doesNotContain(idNumber);
		assertThat(this.cipher.decrypt(stored)).isEqualTo(idNumber);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE detail LIKE ?", Integer.class,
				"%" + idNumber + "%")).isZero();

		for (String q : new String[] { idNumber, idNumber.substring(14), "小明", "总装", "1381234" }) {
			String found = this.mvc.perform(get("/api/v1/employees").param("q", q).with(as(this.enterprise)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].id").value(id))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(found).doesNotContain(idNumber);
		}
		assertPageHides("/workforce/employees", idNumber);
		assertPageHides("/workforce/employees/" + id + "/edit", idNumber);
		assertPageHides("/workforce/tests", idNumber);
		assertThat(this.mvc.perform(get("/api/v1/employees/" + id).with(as(this.enterprise)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(idNumber);
	}

	@Test
	void refusesBadFieldsWithAMessagePerFieldInTheReadersLanguage() throws Exception {
		this.mvc.perform(post("/api/v1/employees").with(as(this.enterprise))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "idNumber": "310101199003071231", "phone": "12345", "department": "车间"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Not a valid resident ID number"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'onSite')]").exists());
		this.mvc.perform(get("/api/v1/employees").with(as(this.enterprise)))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aDuplicateIdNumberIsAConflictOnTheIdNumberField() throws Exception {
		String idNumber = Workforces.idNumber();
		Workforces.addEmployee(this.mvc, this.enterprise, "李雷", idNumber);
		this.mvc.perform(post("/api/v1/employees").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "韩梅梅", "idNumber": "%s", "phone": "13912345678", "department": "质检部", "onSite": false}
					""".formatted(idNumber)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("名册中已有此身份证号码的员工。"));
		// Another enterprise may employ the same person.
		Workforces.addEmployee(this.mvc, this.other, "李雷", idNumber);
		// The page says the same on the field.
		this.mvc.perform(post("/workforce/employees/new").with(page(this.enterprise))
			.param("name", "韩梅梅").param("idNumber", idNumber).param("phone", "13912345678")
			.param("department", "质检部").param("role", "OFFICE").param("onSite", "false"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("名册中已有此身份证号码的员工。")));
	}

	@Test
	void updatesWithTheCurrentVersionAndRefusesAStaleOne() throws Exception {
		long id = Workforces.addEmployee(this.mvc, this.enterprise, "张三", Workforces.idNumber());
		String update = """
				{"name": "张三丰", "department": "设备维修部", "onSite": false, "role": "OFFICE", "version": %d}
				""";
		this.mvc.perform(put("/api/v1/employees/" + id).with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON).content(update.formatted(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("张三丰"))
			.andExpect(jsonPath("$.role").value("OFFICE"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(put("/api/v1/employees/" + id).with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON).content(update.formatted(0)))
			.andExpect(status().isConflict());
		this.mvc.perform(put("/api/v1/employees/" + id).with(as(this.other))
			.contentType(MediaType.APPLICATION_JSON).content(update.formatted(1)))
			.andExpect(status().isNotFound());
		// The page: a bad phone is a field error, and nothing changes.
		this.mvc.perform(post("/workforce/employees/" + id + "/edit").with(page(this.enterprise))
			.param("name", "别的名字").param("phone", "999").param("department", "质检部")
			.param("role", "OFFICE").param("onSite", "false").param("version", "1"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT name FROM employee WHERE id = ?", String.class, id))
			.isEqualTo("张三丰");
		this.mvc.perform(post("/workforce/employees/" + id + "/edit").with(page(this.enterprise))
			.param("name", "张三").param("phone", "13700001111").param("department", "质检部")
			.param("role", "PRODUCTION").param("onSite", "true").param("version", "1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/workforce/employees"));
		assertThat(this.jdbc.queryForObject("SELECT phone FROM employee WHERE id = ?", String.class, id))
			.isEqualTo("13700001111");
	}

	@Test
	void deactivatesAndReactivatesAndTellsTheOtherModules() throws Exception {
		long id = Workforces.addEmployee(this.mvc, this.enterprise, "赵六", Workforces.idNumber());
		this.mvc.perform(post("/api/v1/employees/" + id + "/deactivate").with(as(this.other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/employees/" + id + "/deactivate").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(this.events.stream(EmployeeDeactivated.class))
			.contains(new EmployeeDeactivated(this.enterprise.id(), id));
		this.mvc.perform(post("/api/v1/employees/" + id + "/deactivate").with(as(this.enterprise)))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/employees").param("active", "false").with(as(this.enterprise)))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(post("/workforce/employees/" + id + "/reactivate").with(page(this.enterprise)))
			.andExpect(status().isFound());
		this.mvc.perform(get("/api/v1/employees").param("active", "true").with(as(this.enterprise)))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void addsThroughThePageAndSaysWhatIsWrongOnEachField() throws Exception {
		this.mvc.perform(post("/workforce/employees/new").with(page(this.enterprise))
			.param("name", "").param("idNumber", "12345").param("phone", "13812345678")
			.param("department", "总装车间").param("role", "PRODUCTION").param("onSite", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("身份证号码不正确")));
		String idNumber = Workforces.idNumber();
		this.mvc.perform(post("/workforce/employees/new").with(page(this.enterprise))
			.param("name", "孙七").param("idNumber", idNumber).param("phone", "13812345678")
			.param("department", "总装车间").param("role", "PRODUCTION").param("onSite", "true"))
			.andExpect(status().isFound());
		assertPageHides("/workforce/employees?q=" + idNumber.substring(14), idNumber);
	}

	@Test
	void theListPagesWithItsFiltersKept() throws Exception {
		// ent-jiuting's demo roster has 40 employees, two pages of 20. The filters in the query string, as a
		// browser sends them: the pager links from the address it was given.
		String html = this.mvc
			.perform(get("/workforce/employees?active=true&page=0")
				.with(user(this.users.loadUserByUsername("ent-jiuting"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("/workforce/employees?active=true&amp;page=1").doesNotContain("page=0&amp;");
	}

	private void assertPageHides(String path, String idNumber) throws Exception {
		ResultActions page = this.mvc.perform(get(path).with(page(this.enterprise))).andExpect(status().isOk());
		assertThat(page.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(idNumber);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor page(Registered who) {
		org.springframework.test.web.servlet.request.RequestPostProcessor principal = user(
				this.users.loadUserByUsername(who.username()));
		return (request) -> csrf().postProcessRequest(principal.postProcessRequest(request));
	}

}
