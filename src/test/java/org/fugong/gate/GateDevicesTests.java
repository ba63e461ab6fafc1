package org.fugong.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guard's phone enrolled as a device: bound to the guard and the checkpoint,
 * one shift long, listed for the guard and the officials of the checkpoint's
 * region, revoked by either (seen by every instance through the change feed),
 * and revoked when the guard is bound to another checkpoint.
 */
@IntegrationTest
class GateDevicesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DeviceTokens tokens;

	@Autowired
	CheckpointService checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	private String guard;

	private long checkpoint;

	@BeforeEach
	void aGuardAtTheXinqiaoCheckpoint() {
		this.guard = "guard-dev-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, region_code, created_at)
				VALUES (?, 'x', '设备测试', 'GUARD', '310117105', now())
				""", this.guard);
		this.checkpoint = this.jdbc.queryForObject("SELECT min(id) FROM checkpoint WHERE name = '新桥镇 G60 卡口'",
				Long.class);
		this.checkpoints.assign(as("xinqiao"), this.guard, this.checkpoint);
	}

	@Test
	void aPhoneEnrolsForOneShiftAndItsTokenVerifies() throws Exception {
		Instant before = Instant.now();
		String answer = enrol("门岗手机 A").andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.token").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(answer, "$.token");
		Instant expiresAt = Instant.parse(JsonPath.read(answer, "$.expiresAt"));
		assertThat(expiresAt).isBetween(before.plus(Duration.ofHours(12)).minusSeconds(5),
				Instant.now().plus(Duration.ofHours(12)));
		verify(token).andExpect(status().isOk());
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		assertThat(this.jdbc.queryForObject("SELECT checkpoint_id FROM gate_device WHERE id = ?", Long.class, id))
			.isEqualTo(this.checkpoint);

		// The guard sees it, used and active; never its token.
		String list = this.mvc.perform(get("/api/v1/gate/devices").with(user(as(this.guard))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].name").value("门岗手机 A"))
			.andExpect(jsonPath("$[0].guard").value(this.guard))
			.andExpect(jsonPath("$[0].checkpointId").value(this.checkpoint))
			.andExpect(jsonPath("$[0].state").value("ACTIVE"))
			.andExpect(jsonPath("$[0].lastUsedAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(token).doesNotContain("fgd_");

		// A name too long is a field error; a device token cannot enrol another device (renewal needs the session).
		enrol("长".repeat(101)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc.perform(post("/api/v1/gate/devices").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"自己续期\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDistrictSetsTheShiftAndPhonesEnrolledAfterwardsLiveThatLong() throws Exception {
		try {
			this.mvc.perform(get("/gate/devices").with(user(as("songjiang"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"hours\"")));
			// Out of range or missing: the field says so, nothing changes.
			for (String bad : List.of("0", "25", "", "八")) {
				this.mvc.perform(post("/gate/devices/shift").with(user(as("songjiang"))).with(csrf()).param("hours", bad))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrors("form", "hours"));
			}
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM gate_shift WHERE district_code = '310117'",
					Integer.class)).isZero();
			// A town officer sees the length but does not set it.
			this.mvc.perform(get("/gate/devices").with(user(as("xinqiao"))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"hours\""))));

			this.mvc.perform(post("/gate/devices/shift").with(user(as("songjiang"))).with(csrf()).param("hours", "8"))
				.andExpect(status().is3xxRedirection());
			Instant before = Instant.now();
			Instant expiresAt = Instant.parse(JsonPath.read(
					enrol("早班手机").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
					"$.expiresAt"));
			assertThat(expiresAt).isBetween(before.plus(Duration.ofHours(8)).minusSeconds(5),
					Instant.now().plus(Duration.ofHours(8)));
			// Only the official's own district is set.
			assertThat(this.jdbc.queryForList("SELECT district_code || ':' || hours FROM gate_shift", String.class))
				.containsExactly("310117:8");
		}
		finally {
			this.jdbc.update("DELETE FROM gate_shift WHERE district_code = '310117'");
		}
	}

	@Test
	void officialsOfTheRegionSeeAndRevokeOthersDoNot() throws Exception {
		long id = ((Number) JsonPath.read(enrol("丢失的手机").andReturn().getResponse().getContentAsString(), "$.id"))
			.longValue();
		for (String official : List.of("xinqiao", "songjiang", "city")) {
			this.mvc.perform(get("/api/v1/gate/devices").with(user(as(official))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == " + id + ")].guard").value(this.guard));
		}
		String fengxian = this.mvc.perform(get("/api/v1/gate/devices").with(user(as("fengxian"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(fengxian, "$[*].id")).doesNotContain((int) id);
		String other = this.mvc.perform(get("/api/v1/gate/devices").with(user(as("guard1"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(other, "$[*].id")).doesNotContain((int) id);

		revoke(id, "fengxian").andExpect(status().isNotFound());
		revoke(id, "guard1").andExpect(status().isNotFound());
		revoke(id, "demo-ent").andExpect(status().isForbidden());
		revoke(id, "xinqiao").andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/gate/devices").with(user(as(this.guard))))
			.andExpect(jsonPath("$[0].state").value("REVOKED"));
	}

	@Test
	void aRevokedPhoneStopsWithinTwoSecondsOnEveryInstance() throws Exception {
		String answer = enrol("手机").andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(answer, "$.token");
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		verify(token).andExpect(status().isOk());
		// Another instance revokes it: only its row and the change feed say so here.
		this.jdbc.update("UPDATE gate_device SET revoked_at = now() WHERE id = ?", id);
		this.jdbc.update("INSERT INTO gate_change (kind, key, at) VALUES ('DEVICE', ?, now())", id);
		Instant revoked = Instant.now();
		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
			.until(() -> verify(token).andReturn().getResponse().getStatus() == 401);
		assertThat(Duration.between(revoked, Instant.now())).isLessThan(Duration.ofSeconds(2));

		// The guard's own revoke of a second phone: at once on this instance.
		String second = JsonPath.read(enrol("手机二").andReturn().getResponse().getContentAsString(), "$.token");
		long secondId = this.jdbc.queryForObject("SELECT max(id) FROM gate_device WHERE username = ?", Long.class,
				this.guard);
		verify(second).andExpect(status().isOk());
		revoke(secondId, this.guard).andExpect(status().isNoContent());
		verify(second).andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredOrReboundPhoneStops() throws Exception {
		String answer = enrol("夜班手机").andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		this.jdbc.update("UPDATE gate_device SET expires_at = now() - interval '1 minute' WHERE id = ?", id);
		verify(JsonPath.read(answer, "$.token")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/gate/devices").with(user(as(this.guard))))
			.andExpect(jsonPath("$[0].state").value("EXPIRED"));

		String token = JsonPath.read(enrol("白班手机").andReturn().getResponse().getContentAsString(), "$.token");
		verify(token).andExpect(status().isOk());
		long other = this.jdbc.queryForObject("SELECT min(id) FROM checkpoint WHERE name = '松江司机隔离点'", Long.class);
		this.checkpoints.assign(as("songjiang"), this.guard, other);
		verify(token).andExpect(status().isUnauthorized());
		// Bound again to the same checkpoint: nothing is revoked.
		String again = JsonPath.read(enrol("白班手机").andReturn().getResponse().getContentAsString(), "$.token");
		this.checkpoints.assign(as("songjiang"), this.guard, other);
		verify(again).andExpect(status().isOk());
	}

	private ResultActions enrol(String name) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/devices").with(user(as(this.guard))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(new tools.jackson.databind.json.JsonMapper().writeValueAsString(Map.of("name", name))));
	}

	private ResultActions revoke(long id, String who) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/devices/{id}/revoke", id).with(user(as(who))).with(csrf()));
	}

	private ResultActions verify(String token) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"FG:AAAA\", \"direction\": \"IN\", \"scanId\": \"" + UUID.randomUUID() + "\"}"));
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
