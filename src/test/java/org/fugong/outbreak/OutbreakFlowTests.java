package org.fugong.outbreak;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.TimeFormat;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An outbreak case from seal to unseal: the gate answers ENTERPRISE_SUSPENDED as
 * soon as the seal commits (a change row for every instance), unsealing names
 * what is missing until a disinfection and a negative result since the seal of
 * every on-site employee are there, and restores the entries.
 */
@IntegrationTest
class OutbreakFlowTests {

	static final String SONGJIANG = "310117";

	static final String XINQIAO = "310117105";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutbreakFiguresQuery figures;

	@Test
	void aSealStopsThePassesAtOnceAndUnsealingNeedsADisinfectionAndNegativesSinceTheSeal() throws Exception {
		Registered enterprise = whitelisted();
		UserDetails owner = this.users.loadUserByUsername(enterprise.username());
		long worker = PassFixtures.employee(this.mvc, owner, "吴九", true);
		long other = PassFixtures.employee(this.mvc, owner, "郑十", true);
		String qrText = workerPass(owner, worker);
		scan(qrText).andExpect(jsonPath("$.verdict").value("VALID"));
		long sealedNow = this.figures.figures(SONGJIANG, null, TimeFormat.today(), TimeFormat.today()).sealedNow();

		this.mvc.perform(post("/api/v1/outbreaks").with(as("songjiang")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"reason\": \" \"}".formatted(enterprise.id())))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		String opened = open(enterprise.id()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SEALED"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
		Instant sealedAt = Instant.parse(JsonPath.read(opened, "$.sealedAt"));
		// Every instance reads the change feed once a second; this one forgot the standing at commit.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM gate_change WHERE kind = 'ENTERPRISE' AND key = ?", Long.class, enterprise.id()))
			.isPositive();
		scan(qrText).andExpect(jsonPath("$.reason").value("ENTERPRISE_SUSPENDED"));
		open(enterprise.id()).andExpect(status().isConflict());
		assertThat(this.figures.figures(SONGJIANG, null, TimeFormat.today(), TimeFormat.today()).sealedNow())
			.isEqualTo(sealedNow + 1);

		// Nothing yet: both are named.
		unseal(id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("disinfection", "tests")));
		disinfect(id, sealedAt.minusSeconds(60)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("at")));
		disinfect(id, Instant.now().plusSeconds(3600)).andExpect(status().isBadRequest());
		this.mvc.perform(multipart("/api/v1/outbreaks/{id}/disinfections", id)
			.file(new MockMultipartFile("photo", "site.png", "image/png", "not a picture".getBytes()))
			.param("at", Instant.now().toString()).param("by", "消杀队").with(as("xinqiao")))
			.andExpect(status().isBadRequest());
		String done = this.mvc.perform(multipart("/api/v1/outbreaks/{id}/disinfections", id)
			.file(new MockMultipartFile("photo", "site.png", "image/png", png()))
			.param("at", Instant.now().toString()).param("by", "新桥镇消杀队").param("note", "车间、宿舍终末消杀")
			.with(as("xinqiao")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.photos.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		long photo = ((Number) JsonPath.read(done, "$.photos[0].id")).longValue();
		this.mvc.perform(get("/api/v1/outbreaks/{id}/photos/{p}", id, photo).with(user(owner)))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));
		this.mvc.perform(get("/api/v1/outbreaks/{id}", id).with(as("xinqiao"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/outbreaks/{id}/photos/{p}", id, photo).with(as("fengxian")))
			.andExpect(status().isNotFound());

		// A negative a moment before the seal does not count; one at the seal's instant does.
		PassFixtures.test(this.mvc, owner, worker, "NEGATIVE", sealedAt.minusMillis(1));
		unseal(id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("tests")))
			.andExpect(jsonPath("$.errors[0].message", containsString("2")));
		PassFixtures.test(this.mvc, owner, worker, "NEGATIVE", sealedAt);
		PassFixtures.test(this.mvc, owner, other, "POSITIVE", Instant.now().minusSeconds(5));
		this.mvc.perform(get("/api/v1/outbreaks/{id}", id).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing", containsInAnyOrder("TESTS")))
			.andExpect(jsonPath("$.untested.length()").value(1));
		unseal(id).andExpect(status().isUnprocessableContent());
		PassFixtures.test(this.mvc, owner, other, "NEGATIVE", Instant.now());
		unseal(id).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNSEALED"));
		unseal(id).andExpect(status().isConflict());
		scan(qrText).andExpect(jsonPath("$.verdict").value("VALID"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'outbreak.inbox.unsealed'",
				Long.class, enterprise.id())).isEqualTo(1);
		this.mvc.perform(get("/outbreaks/{id}", id).with(user(owner)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("新桥镇消杀队")));
		this.mvc.perform(get("/outbreaks/{id}", id).param("lang", "en").with(as("songjiang")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Unsealed")));
	}

	@Test
	void aSealedSiteStaysSuspendedWhenAnOfficialRestoresAnEntryByHand() throws Exception {
		Registered enterprise = whitelisted();
		open(enterprise.id()).andExpect(status().isCreated());
		long entry = this.jdbc.queryForObject("SELECT id FROM whitelist_entry WHERE enterprise_id = ?", Long.class,
				enterprise.id());
		this.mvc.perform(post("/api/v1/whitelist/{id}/restore", entry).with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"误操作恢复\"}"));
		assertThat(this.jdbc.queryForObject("SELECT status FROM whitelist_entry WHERE id = ?", String.class, entry))
			.isEqualTo("SUSPENDED");
	}

	@Test
	void theDistrictSealsByCreditCodeOnThePageAndAnUnknownCodeIsAFieldError() throws Exception {
		Registered enterprise = whitelisted();
		this.mvc.perform(post("/outbreaks").with(as("songjiang")).with(csrf())
			.param("creditCode", "91310117MA1XXXXXX0").param("reason", "阳性"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("errors"));
		this.mvc.perform(post("/outbreaks").with(as("songjiang")).with(csrf())
			.param("creditCode", enterprise.creditCode().toLowerCase()).param("reason", "员工阳性"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("message", "outbreak.sealed.done"));
		this.mvc.perform(get("/outbreaks").with(as("songjiang")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(enterprise.name())));
	}

	private Registered whitelisted() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, SONGJIANG, XINQIAO);
		this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"疫点测试\"}".formatted(enterprise.id())))
			.andExpect(status().isCreated());
		return enterprise;
	}

	private String workerPass(UserDetails owner, long employee) throws Exception {
		String pass = this.mvc.perform(post("/api/v1/passes/worker").with(user(owner))
			.contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(pass, "$.qrText");
	}

	private ResultActions open(long enterpriseId) throws Exception {
		return this.mvc.perform(post("/api/v1/outbreaks").with(as("songjiang")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"reason\": \"员工核酸阳性\"}".formatted(enterpriseId)));
	}

	private ResultActions disinfect(long id, Instant at) throws Exception {
		return this.mvc.perform(post("/api/v1/outbreaks/{id}/disinfections", id).with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"at\": \"%s\", \"by\": \"区消杀队\"}".formatted(at)));
	}

	private ResultActions unseal(long id) throws Exception {
		return this.mvc.perform(post("/api/v1/outbreaks/{id}/unseal", id).with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"同意解封\"}"));
	}

	private ResultActions scan(String qrText) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").with(as("guard1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"%s\", \"direction\": \"IN\", \"scanId\": \"%s\"}".formatted(qrText,
					UUID.randomUUID())));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
