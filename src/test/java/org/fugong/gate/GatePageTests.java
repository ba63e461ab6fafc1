package org.fugong.gate;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The guard's page as the server renders it, its service worker and its scanner library; who may open it. */
@IntegrationTest
class GatePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aGuardGetsThePageOfHisCheckpointWithTheScriptsTexts() throws Exception {
		String html = this.mvc.perform(get("/gate").with(user(this.users.loadUserByUsername("guard1"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("新桥镇 G60 卡口")
			.contains("data-default-direction=\"IN\"")
			.contains("data-direction=\"IN\"")
			.contains("data-direction=\"OUT\"")
			.doesNotContain("data-direction=\"ARRIVE\"")
			.contains("/webjars/html5-qrcode/2.2.1/html5-qrcode.min.js")
			.contains("name=\"_csrf\"")
			// the texts the scripts show, in one attribute: their own and the reasons of the server
			.contains("&quot;offlineCheck&quot;:&quot;离线核验，数据截至 {0}&quot;")
			.contains("&quot;reason.REVOKED&quot;:&quot;通行码已作废&quot;");
		this.mvc.perform(get("/gate/").with(user(this.users.loadUserByUsername("guard1")))).andExpect(status().isOk());
	}

	@Test
	void aGuardWithoutACheckpointIsToldSoOnThePage() throws Exception {
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, region_code, created_at)
				VALUES ('guard-unbound', 'x', '未分配', 'GUARD', '310117105', now()) ON CONFLICT DO NOTHING
				""");
		this.mvc.perform(get("/gate").with(user(this.users.loadUserByUsername("guard-unbound"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您还没有被分配到卡口或门岗")));
	}

	@Test
	void onlyGuardsOpenThePage() throws Exception {
		this.mvc.perform(get("/gate").with(user(this.users.loadUserByUsername("songjiang"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/gate").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theServiceWorkerMayControlTheWholeGatePageAndTheLibraryIsServed() throws Exception {
		this.mvc.perform(get("/gate/sw.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Service-Worker-Allowed", "/gate"))
			.andExpect(header().string("Cache-Control", containsString("no-cache")))
			.andExpect(content().string(containsString("fugong-gate-")));
		this.mvc.perform(get("/gate/manifest.webmanifest")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/html5-qrcode/html5-qrcode.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Html5Qrcode")));
	}

	@Test
	void theDirectionsOfferArrivalAndDepartureWhereVehiclesArrive() {
		CheckpointView road = new CheckpointView(1, "卡口", CheckpointKind.ROAD_CHECKPOINT, "310117105", "310117", null,
				Direction.IN, true, 0);
		CheckpointView gate = new CheckpointView(2, "厂门", CheckpointKind.FACTORY_GATE, "310117105", "310117", 1L,
				Direction.IN, true, 0);
		assertThat(GateController.directions(road)).containsExactly(Direction.IN, Direction.OUT);
		assertThat(GateController.directions(gate)).containsExactly(Direction.values());
	}

}
