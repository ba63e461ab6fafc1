package org.fugong.common;

import java.time.Instant;
import java.time.LocalDateTime;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Working-day deadlines skip weekends and the listed public holidays, and count
 * the adjusted weekend work days (调休上班), as the State Council's 2026 schedule has them.
 */
@IntegrationTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFridayDeadlineSkipsTheWeekend() {
		assertThat(this.calendar.after(at("2026-12-04T10:00"), 1)).isEqualTo(at("2026-12-07T10:00"));
		assertThat(this.calendar.after(at("2026-12-04T10:00"), 3)).isEqualTo(at("2026-12-09T10:00"));
	}

	@Test
	void theMidAutumnHolidayAndTheNationalDayWeekAreSkipped() {
		// 中秋节 2026-09-25 to 27 (Friday to Sunday); 国庆节 2026-10-01 to 07.
		assertThat(this.calendar.after(at("2026-09-24T10:00"), 1)).isEqualTo(at("2026-09-28T10:00"));
		assertThat(this.calendar.after(at("2026-09-24T10:00"), 3)).isEqualTo(at("2026-09-30T10:00"));
		assertThat(this.calendar.after(at("2026-09-30T10:00"), 1)).isEqualTo(at("2026-10-08T10:00"));
	}

	@Test
	void anAdjustedSundayWorkDayCounts() {
		// 2026-09-20 is a Sunday worked for the National Day week.
		assertThat(this.calendar.after(at("2026-09-18T16:00"), 1)).isEqualTo(at("2026-09-20T16:00"));
		assertThat(this.calendar.isWorkingDay(java.time.LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(this.calendar.isWorkingDay(java.time.LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void aDayTheAdministratorListsMovesTheDeadlinesAndCanBeRemovedAgain() throws Exception {
		assertThat(this.calendar.after(at("2031-02-28T09:00"), 1)).isEqualTo(at("2031-03-03T09:00"));
		this.mvc.perform(post("/admin/holidays").with(user(this.users.loadUserByUsername("admin"))).with(csrf())
			.param("date", "2031-03-03").param("name", "测试假日").param("kind", "HOLIDAY"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/holidays").with(user(this.users.loadUserByUsername("admin"))).with(csrf())
			.param("date", "2031-03-03").param("name", "又一次").param("kind", "HOLIDAY"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrors("form", "date"));
		assertThat(this.calendar.after(at("2031-02-28T09:00"), 1)).isEqualTo(at("2031-03-04T09:00"));
		this.mvc.perform(get("/api/v1/holidays?year=2031").with(user(this.users.loadUserByUsername("songjiang"))))
			.andExpect(jsonPath("$[0].date").value("2031-03-03"))
			.andExpect(jsonPath("$[0].kind").value("HOLIDAY"));
		this.mvc.perform(post("/admin/holidays/2031-03-03/delete").with(user(this.users.loadUserByUsername("admin")))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.calendar.after(at("2031-02-28T09:00"), 1)).isEqualTo(at("2031-03-03T09:00"));
	}

	@Test
	void theOfficialScheduleOf2026IsSeeded() throws Exception {
		this.mvc.perform(get("/api/v1/holidays?year=2026").with(user(this.users.loadUserByUsername("demo-ent"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].name").value(org.hamcrest.Matchers.hasItem("春节")))
			.andExpect(jsonPath("$[?(@.date == '2026-02-28')].kind").value(org.hamcrest.Matchers.hasItem("WORKDAY")));
	}

	private static Instant at(String shanghaiLocal) {
		return LocalDateTime.parse(shanghaiLocal).atZone(TimeFormat.ZONE).toInstant();
	}

}
