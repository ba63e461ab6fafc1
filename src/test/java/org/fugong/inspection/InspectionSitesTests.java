package org.fugong.inspection;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The zone picker: the town's enterprises found by name or credit code with the
 * zone each lies in, ticked and placed or moved together, and bad choices
 * refused field by field with nothing changed.
 */
@IntegrationTest
class InspectionSitesTests {

	static final String ZONE = InspectionFlowTests.ZONE;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTownOfficerFindsEnterprisesByCreditCodeAndPlacesSeveralAtOnceThenMovesOne() throws Exception {
		Registered first = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, ZONE);
		Registered second = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, ZONE);
		this.mvc.perform(get("/inspections/sites").param("q", first.creditCode()).with(official("hg-team1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first.creditCode())))
			.andExpect(content().string(not(containsString(second.creditCode()))))
			.andExpect(content().string(containsString("未划入")));
		this.mvc.perform(post("/inspections/sites").with(official("hg-team1")).with(csrf())
			.param("enterpriseIds", String.valueOf(first.id()), String.valueOf(second.id()))
			.param("gridCode", ZONE + "G7"))
			.andExpect(status().is3xxRedirection());
		assertThat(zoneOf(first)).isEqualTo(ZONE + "G7");
		assertThat(zoneOf(second)).isEqualTo(ZONE + "G7");
		this.mvc.perform(get("/inspections/sites").param("q", second.creditCode()).with(official("hg-team1")))
			.andExpect(content().string(containsString("第七网格")));
		this.mvc.perform(post("/inspections/sites").with(official("hg-team1")).with(csrf())
			.param("enterpriseIds", String.valueOf(second.id()))
			.param("gridCode", ZONE + "G8"))
			.andExpect(status().is3xxRedirection());
		assertThat(zoneOf(first)).isEqualTo(ZONE + "G7");
		assertThat(zoneOf(second)).isEqualTo(ZONE + "G8");
	}

	@Test
	void nothingTickedNoZoneOrAnotherTownsEnterpriseIsRefusedFieldByFieldAndNothingMoves() throws Exception {
		Registered ours = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, ZONE);
		Registered elsewhere = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, "310120101");
		this.mvc.perform(post("/inspections/sites").with(official("hg-team1")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请至少勾选一家企业。")))
			.andExpect(content().string(containsString("此项为必填项。")));
		this.mvc.perform(post("/inspections/sites").with(official("hg-team1")).with(csrf())
			.param("enterpriseIds", String.valueOf(ours.id()), String.valueOf(elsewhere.id()))
			.param("gridCode", ZONE + "G2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("有 1 家所选企业不在本街镇。")));
		this.mvc.perform(post("/inspections/sites").with(official("hg-team1")).with(csrf())
			.param("lang", "en")
			.param("enterpriseIds", String.valueOf(ours.id()))
			.param("gridCode", "310120101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That zone is not in the town of the chosen enterprises.")));
		assertThat(this.jdbc.queryForObject("select count(*) from grid_site where enterprise_id in (?, ?)",
				Integer.class, ours.id(), elsewhere.id())).isZero();
	}

	@Test
	void theDistrictPicksTheTownAndAnotherDistrictSeesNone() throws Exception {
		Registered ours = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, ZONE);
		this.mvc.perform(get("/inspections/sites").param("town", ZONE).param("q", ours.creditCode())
			.with(official("fengxian")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ours.creditCode())));
		this.mvc.perform(post("/inspections/sites").with(official("fengxian")).with(csrf())
			.param("town", ZONE).param("enterpriseIds", String.valueOf(ours.id())).param("gridCode", ZONE + "G9"))
			.andExpect(status().is3xxRedirection());
		assertThat(zoneOf(ours)).isEqualTo(ZONE + "G9");
		this.mvc.perform(get("/inspections/sites").param("town", ZONE).param("q", ours.creditCode())
			.with(official("songjiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的企业。")))
			.andExpect(content().string(not(containsString("value=\"" + ours.id() + "\""))));
		this.mvc.perform(post("/inspections/sites").with(official("songjiang")).with(csrf())
			.param("town", ZONE).param("enterpriseIds", String.valueOf(ours.id())).param("gridCode", ZONE + "G1"))
			.andExpect(status().isBadRequest());
		assertThat(zoneOf(ours)).isEqualTo(ZONE + "G9");
	}

	private String zoneOf(Registered enterprise) {
		return this.jdbc.queryForObject("select grid_code from grid_site where enterprise_id = ?", String.class,
				enterprise.id());
	}

	private RequestPostProcessor official(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
