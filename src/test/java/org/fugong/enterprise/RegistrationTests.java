package org.fugong.enterprise;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistrationTests {

	private static final String SONGJIANG = "310117";

	private static final String XINQIAO = "310117105";

	private static final String NANQIAO = "310120101";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registrationPageRegistersAndTheNewAccountSignsIn() throws Exception {
		String username = TestData.username("page");
		String code = TestData.creditCode();
		this.mvc.perform(form(code, username, SONGJIANG, XINQIAO))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(countEnterprises(code)).isOne();
		this.mvc.perform(formLogin().user(username).password(Registrations.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void invalidCreditCodeIsRefusedWithAFieldMessageAndStoresNothing() throws Exception {
		String username = TestData.username("bad");
		String valid = TestData.creditCode();
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		this.mvc.perform(form(wrongCheck, username, SONGJIANG, XINQIAO))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "CreditCode"))
			.andExpect(content().string(containsString("校验码")));
		assertThat(countEnterprises(wrongCheck)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Integer.class, username))
			.isZero();
	}

	@Test
	void duplicateCreditCodeAndUsernameAreNamed() throws Exception {
		Registrations.Registered first = Registrations.register(this.mvc, SONGJIANG, XINQIAO);
		this.mvc.perform(form(first.creditCode(), first.username(), SONGJIANG, XINQIAO))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "enterprise.creditCode.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"));
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON)
			.content(Registrations.json(first.creditCode(), TestData.username("dup"), SONGJIANG, XINQIAO)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		assertThat(countEnterprises(first.creditCode())).isOne();
	}

	@Test
	void townMustBelongToTheDistrict() throws Exception {
		String code = TestData.creditCode();
		this.mvc.perform(form(code, TestData.username("town"), SONGJIANG, NANQIAO))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "townCode", "enterprise.town.notInDistrict"));
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON)
			.content(Registrations.json(code, TestData.username("town"), SONGJIANG, NANQIAO)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("townCode"));
		assertThat(countEnterprises(code)).isZero();
	}

	@Test
	void apiAnswersFieldErrorsInTheRequestLanguage() throws Exception {
		String body = Registrations.json("91310117MA1J3L4X2Z", TestData.username("api"), SONGJIANG, XINQIAO);
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("check character")));
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("校验码")));
	}

	@Test
	void apiRegistrationAnswersTheCreatedProfile() throws Exception {
		String code = TestData.creditCode();
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON)
			.content(Registrations.json(code, TestData.username("api"), SONGJIANG, XINQIAO)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.creditCode").value(code))
			.andExpect(jsonPath("$.password").doesNotExist());
	}

	@Test
	void weakPasswordIsExplained() throws Exception {
		this.mvc.perform(form(TestData.creditCode(), TestData.username("weak"), SONGJIANG, XINQIAO, "password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "StrongPassword"));
	}

	@Test
	void registrationPageShowsTheTownsOfTheTreeAndEachFieldOnce() throws Exception {
		String html = this.mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新桥镇")))
			.andExpect(content().string(containsString("data-district=\"310120\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String field : new String[] { "creditCode", "name", "address", "staffCount", "contactName",
				"contactPhone", "username", "password", "aboveDesignatedSize" }) {
			assertThat(html.split("name=\"" + field + "\"", -1)).as(field).hasSize(2);
		}
	}

	private MockMultipartHttpServletRequestBuilder form(String code, String username, String district, String town) {
		return form(code, username, district, town, Registrations.PASSWORD);
	}

	private MockMultipartHttpServletRequestBuilder form(String code, String username, String district, String town,
			String password) {
		return multipart("/register").file(Registrations.licence())
			.with(csrf())
			.param("legalRepresentative", "李四")
			.param("creditCode", code)
			.param("name", "页面注册企业")
			.param("districtCode", district)
			.param("townCode", town)
			.param("address", "新桥镇民益路 1 号")
			.param("industry", "MANUFACTURING")
			.param("staffCount", "150")
			.param("aboveDesignatedSize", "true")
			.param("contactName", "李四")
			.param("contactPhone", "13900139000")
			.param("username", username)
			.param("password", password);
	}

	private int countEnterprises(String code) {
		return this.jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE credit_code = ?", Integer.class, code);
	}

}
