package org.fugong.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fugong.pass.PassService;
import org.fugong.pass.VehiclePassRequest;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officials' side of the gate through its pages: keeping checkpoints, binding
 * guards, reading the scan log of scans made through the API by {@code guard1}
 * (at the demo road checkpoint in 新桥镇, 松江区), vehicle traces and the vehicles
 * inside, and a pass's scans through the API.
 */
@IntegrationTest
class GateOfficialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	PassService passes;

	@Autowired
	JdbcTemplate jdbc;

	private Registered enterprise;

	private UserDetails owner;

	@BeforeEach
	void whitelistedEnterpriseInXinqiao() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add(as("songjiang"), this.enterprise.id(), WhitelistLevel.DISTRICT, "测试批", null);
		this.owner = this.users.loadUserByUsername(this.enterprise.username());
	}

	@Test
	void aCheckpointIsCreatedAndEditedWithFieldErrorsInTheUsersLanguage() throws Exception {
		this.mvc.perform(form("/gate/checkpoints/new", "songjiang").param("name", "")
			.param("kind", "ROAD_CHECKPOINT")
			.param("regionCode", "310117")
			.param("defaultDirection", "IN"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("此项为必填项")));
		this.mvc.perform(form("/gate/checkpoints/new", "songjiang").cookie(new jakarta.servlet.http.Cookie("fugong-lang", "en"))
			.param("name", "长".repeat(101))
			.param("kind", "ROAD_CHECKPOINT")
			.param("regionCode", "310117")
			.param("defaultDirection", "IN"))
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The name may have at most 100 characters.")));
		// Outside the jurisdiction: another district for songjiang, another town for xinqiao.
		this.mvc.perform(form("/gate/checkpoints/new", "songjiang").param("name", "奉贤卡口")
			.param("kind", "ROAD_CHECKPOINT")
			.param("regionCode", "310120101")
			.param("defaultDirection", "IN"))
			.andExpect(model().attributeHasFieldErrors("form", "regionCode"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("只能在本人辖区内设立卡口")));
		this.mvc.perform(form("/gate/checkpoints/new", "xinqiao").param("name", "九亭卡口")
			.param("kind", "ROAD_CHECKPOINT")
			.param("regionCode", "310117107")
			.param("defaultDirection", "IN"))
			.andExpect(model().attributeHasFieldErrors("form", "regionCode"));
		// Only a factory gate belongs to an enterprise, and only to one of the jurisdiction.
		this.mvc.perform(form("/gate/checkpoints/new", "songjiang").param("name", "企业卡口")
			.param("kind", "ROAD_CHECKPOINT")
			.param("regionCode", "310117105")
			.param("enterpriseId", Long.toString(this.enterprise.id()))
			.param("defaultDirection", "IN"))
			.andExpect(model().attributeHasFieldErrors("form", "enterpriseId"));
		this.mvc.perform(form("/gate/checkpoints/new", "fengxian").param("name", "别区厂门")
			.param("kind", "FACTORY_GATE")
			.param("regionCode", "310120")
			.param("creditCode", this.enterprise.creditCode())
			.param("defaultDirection", "IN"))
			.andExpect(model().attributeHasFieldErrors("form", "enterpriseId"));

		String name = "测试厂门 " + UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = this.mvc.perform(form("/gate/checkpoints/new", "xinqiao").param("name", name)
			.param("kind", "FACTORY_GATE")
			.param("regionCode", "310117105")
			.param("creditCode", this.enterprise.creditCode().toLowerCase())
			.param("defaultDirection", "IN")
			.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "gateadmin.created"))
			.andReturn();
		long id = this.jdbc.queryForObject("SELECT id FROM checkpoint WHERE name = ?", Long.class, name);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/gate/checkpoints/" + id);
		assertThat(this.jdbc.queryForObject("SELECT enterprise_id FROM checkpoint WHERE id = ?", Long.class, id))
			.isEqualTo(this.enterprise.id());
		this.mvc.perform(page("/gate/checkpoints", "xinqiao"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)));

		this.mvc.perform(form("/gate/checkpoints/" + id + "/edit", "songjiang").param("name", "")
			.param("kind", "FACTORY_GATE")
			.param("regionCode", "310117105")
			.param("defaultDirection", "IN"))
			.andExpect(model().attributeHasFieldErrors("form", "name"));
		this.mvc.perform(form("/gate/checkpoints/" + id + "/edit", "songjiang").param("name", name + " 北门")
			.param("kind", "FACTORY_GATE")
			.param("regionCode", "310117105")
			.param("enterpriseId", Long.toString(this.enterprise.id()))
			.param("defaultDirection", "OUT")
			.param("_active", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "gateadmin.updated"));
		assertThat(this.jdbc.queryForObject("SELECT name || '/' || default_direction || '/' || active FROM checkpoint WHERE id = ?",
				String.class, id)).isEqualTo(name + " 北门/OUT/false");
		this.mvc.perform(page("/gate/checkpoints/" + id + "/edit", "fengxian")).andExpect(status().isNotFound());
	}

	@Test
	void aGuardOfTheJurisdictionIsBoundAndOneFromElsewhereIsNot() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String local = "guard-xq-" + suffix;
		String elsewhere = "guard-fx-" + suffix;
		guard(local, "310117105");
		guard(elsewhere, "310120101");
		long checkpoint = checkpoint("songjiang", "测试卡口 " + suffix, "310117105");

		this.mvc.perform(page("/gate/checkpoints/" + checkpoint, "xinqiao"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(local)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(elsewhere))));
		this.mvc.perform(form("/gate/checkpoints/" + checkpoint + "/guards", "xinqiao").param("username", local))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "gateadmin.guard.bound"));
		assertThat(this.jdbc.queryForObject("SELECT checkpoint_id FROM gate_guard WHERE username = ?", Long.class, local))
			.isEqualTo(checkpoint);
		this.mvc.perform(form("/gate/checkpoints/" + checkpoint + "/guards", "songjiang").param("username", elsewhere))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "gate.guard.outside"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM gate_guard WHERE username = ?", Integer.class,
				elsewhere)).isZero();
		this.mvc.perform(page("/gate/checkpoints", "songjiang"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(local)));

		// The same through the API.
		this.mvc.perform(post("/api/v1/gate/checkpoints/{id}/guards", checkpoint).with(user(this.users.loadUserByUsername("fengxian")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + elsewhere + "\"}")).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/gate/checkpoints/{id}/guards", checkpoint).with(user(this.users.loadUserByUsername("songjiang")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + elsewhere + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("guard"));
		this.mvc.perform(get("/api/v1/gate/checkpoints").with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + checkpoint + ")].guards[0]").value(local));
	}

	@Test
	void theScanLogShowsTheJurisdictionsScansWithFilters() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.owner, "钱小红", true);
		String issued = issueWorker(employee);
		String token = JsonPath.read(issued, "$.qrText");
		long passId = ((Number) JsonPath.read(issued, "$.id")).longValue();
		scan(token, "IN").andExpect(jsonPath("$.verdict").value("VALID"));
		String forged = UUID.randomUUID().toString();
		scan("FG:" + forged.replace("-", "").toUpperCase(), "IN").andExpect(jsonPath("$.verdict").value("INVALID"));

		Page<ScanLine> all = scans("xinqiao", "/gate/scans");
		assertThat(all.getContent()).anySatisfy((line) -> {
			assertThat(line.passId()).isEqualTo(passId);
			assertThat(line.holder()).isEqualTo("钱*红");
			assertThat(line.guard()).isEqualTo("guard1");
			assertThat(line.checkpoint()).isEqualTo("新桥镇 G60 卡口");
		});
		this.mvc.perform(page("/gate/scans", "xinqiao"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("钱*红")));
		ScanCounts counts = (ScanCounts) this.mvc.perform(page("/gate/scans", "songjiang"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("counts");
		assertThat(counts.valid()).isPositive();
		assertThat(counts.refused()).isPositive();
		assertThat(counts.refusedByReason()).containsKey("MALFORMED");

		Page<ScanLine> refused = scans("songjiang", "/gate/scans?verdict=INVALID&reason=MALFORMED");
		assertThat(refused.getContent()).isNotEmpty().allSatisfy((line) -> assertThat(line.reason()).isEqualTo("MALFORMED"));
		Page<ScanLine> workers = scans("songjiang", "/gate/scans?type=WORKER&verdict=VALID");
		assertThat(workers.getContent()).anySatisfy((line) -> assertThat(line.passId()).isEqualTo(passId));
		Page<ScanLine> yesterday = scans("songjiang", "/gate/scans?from=2020-01-01&to=2020-01-02");
		assertThat(yesterday.getTotalElements()).isZero();
		assertThat(scans("fengxian", "/gate/scans").getContent()).noneSatisfy((line) -> assertThat(line.passId()).isEqualTo(passId));
		Page<ScanLine> flagged = scans("city", "/gate/scans?flagged=true");
		assertThat(flagged.getContent()).allSatisfy((line) -> assertThat(line.flag()).isNotNull());

		// The pass's scans through the API: its enterprise and the officials of its region, no one else.
		this.mvc.perform(get("/api/v1/passes/{id}/scans", passId).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].checkpoint").value("新桥镇 G60 卡口"))
			.andExpect(jsonPath("$[0].direction").value("IN"))
			.andExpect(jsonPath("$[0].verdict").value("VALID"))
			.andExpect(jsonPath("$[0].reason").value("OK"))
			.andExpect(jsonPath("$[0].at").exists());
		this.mvc.perform(get("/api/v1/passes/{id}/scans", passId).with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/passes/{id}/scans", passId).with(user(this.users.loadUserByUsername("demo-ent"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/passes/{id}/scans", passId).with(user(this.users.loadUserByUsername("fengxian"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aVehicleTraceAndTheVehiclesThatEnteredButNeverLeft() throws Exception {
		String plate = "沪F" + (10000 + (int) (Math.random() * 89999));
		String masked = plate.substring(0, 3) + "***" + plate.substring(plate.length() - 1);
		var issued = this.passes.issueVehicle(new VehiclePassRequest(this.enterprise.id(), plate, masked,
				VehicleScope.DISTRICT, Instant.now(), Instant.now().plus(Duration.ofDays(2))), "songjiang").pass();
		scan(issued.qrText(), "IN").andExpect(jsonPath("$.verdict").value("VALID"));
		scan(issued.qrText(), "ARRIVE").andExpect(jsonPath("$.verdict").value("VALID"));

		List<VehicleInside> inside = inside("songjiang");
		assertThat(inside).anySatisfy((vehicle) -> {
			assertThat(vehicle.passId()).isEqualTo(issued.id());
			assertThat(vehicle.plate()).isEqualTo(masked);
			assertThat(vehicle.checkpoint()).isEqualTo("新桥镇 G60 卡口");
		});
		assertThat(inside("fengxian")).noneSatisfy((vehicle) -> assertThat(vehicle.passId()).isEqualTo(issued.id()));
		this.mvc.perform(page("/gate/vehicles", "xinqiao"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(masked)));

		scan(issued.qrText(), "DEPART").andExpect(jsonPath("$.flag").doesNotExist());
		assertThat(inside("songjiang")).noneSatisfy((vehicle) -> assertThat(vehicle.passId()).isEqualTo(issued.id()));

		MvcResult trace = this.mvc.perform(page("/gate/vehicles/" + issued.id(), "songjiang"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(masked)))
			.andReturn();
		ScanLogService.Trace steps = (ScanLogService.Trace) trace.getModelAndView().getModel().get("trace");
		assertThat(steps.scans()).extracting(ScanLine::direction)
			.containsExactly(Direction.IN, Direction.ARRIVE, Direction.DEPART);

		// A departure without an arrival is flagged, in the trace and the log's flagged filter.
		var other = this.passes.issueVehicle(new VehiclePassRequest(this.enterprise.id(), plate + "X", masked,
				VehicleScope.DISTRICT, Instant.now(), Instant.now().plus(Duration.ofDays(2))), "songjiang").pass();
		scan(other.qrText(), "DEPART").andExpect(jsonPath("$.flag").value("DEPART_WITHOUT_ARRIVAL"));
		assertThat(scans("songjiang", "/gate/scans?flagged=true&type=VEHICLE").getContent())
			.anySatisfy((line) -> assertThat(line.passId()).isEqualTo(other.id()));
		@SuppressWarnings("unchecked")
		Page<VehicleLine> vehicles = (Page<VehicleLine>) this.mvc.perform(page("/gate/vehicles", "songjiang"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("vehicles");
		assertThat(vehicles.getContent()).anySatisfy((line) -> {
			assertThat(line.passId()).isEqualTo(other.id());
			assertThat(line.flags()).containsExactly("DEPART_WITHOUT_ARRIVAL");
			assertThat(line.lastDirection()).isEqualTo(Direction.DEPART);
		});
		this.mvc.perform(page("/gate/vehicles/" + other.id(), "fengxian")).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder form(String path, String who) {
		return post(path).with(csrf())
			.with(user(this.users.loadUserByUsername(who)))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

	private MockHttpServletRequestBuilder page(String path, String who) {
		return get(path).with(user(this.users.loadUserByUsername(who))).accept(MediaType.TEXT_HTML);
	}

	@SuppressWarnings("unchecked")
	private Page<ScanLine> scans(String who, String path) throws Exception {
		return (Page<ScanLine>) this.mvc.perform(page(path, who))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("scans");
	}

	@SuppressWarnings("unchecked")
	private List<VehicleInside> inside(String who) throws Exception {
		return (List<VehicleInside>) this.mvc.perform(page("/gate/vehicles", who))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("inside");
	}

	private long checkpoint(String who, String name, String region) throws Exception {
		this.mvc.perform(form("/gate/checkpoints/new", who).param("name", name)
			.param("kind", "ROAD_CHECKPOINT")
			.param("regionCode", region)
			.param("defaultDirection", "IN")).andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("SELECT id FROM checkpoint WHERE name = ?", Long.class, name);
	}

	private void guard(String username, String region) {
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, region_code, created_at)
				VALUES (?, 'x', '测试检查员', 'GUARD', ?, now())
				""", username, region);
	}

	private String issueWorker(long employee) throws Exception {
		return this.mvc.perform(post("/api/v1/passes/worker").with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions scan(String code, String direction) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").with(user(this.users.loadUserByUsername("guard1")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"" + code + "\", \"direction\": \"" + direction + "\", \"scanId\": \""
					+ UUID.randomUUID() + "\"}"))
			.andExpect(status().isOk());
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
