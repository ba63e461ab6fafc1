package org.fugong.resumption;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.LocalDate;

import org.fugong.common.TimeFormat;
import org.fugong.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The four steps: every legal move, and the illegal ones refused.
 */
class ApplicationStateMachineTests {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	private ResumptionRequest draft() {
		return new ResumptionRequest(1, "企业", "MANUFACTURING", "310117", "310117105",
				new ApplicationContent(LocalDate.of(2026, 12, 1), 50, null, null, null, 0, "闭环", null, null, null, null,
						null, null, null));
	}

	@Test
	void theHappyPathGoesThroughFourOfficialSteps() {
		ResumptionRequest request = draft();
		assertThat(request.submit(7, "企业", NOW).to()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(request.decide(DecisionAction.ACCEPT, null, null, NOW).to()).isEqualTo(ApplicationState.ACCEPTED);
		assertThat(request.decide(DecisionAction.APPROVE_MATERIALS, null, null, NOW).to())
			.isEqualTo(ApplicationState.MATERIALS_APPROVED);
		assertThat(request.decide(DecisionAction.RECORD_SITE_VISIT, true, null, NOW).to())
			.isEqualTo(ApplicationState.SITE_VERIFIED);
		assertThat(request.decide(DecisionAction.APPROVE, null, null, NOW).to()).isEqualTo(ApplicationState.APPROVED);
		assertThat(request.header().dueAt()).isNull();
		assertThat(request.header().decidedAt()).isEqualTo(NOW);
	}

	@Test
	void returnsAndAFailedSiteVisitGoBackToTheEnterpriseWhichResubmits() {
		ResumptionRequest request = draft();
		request.submit(7, "企业", NOW);
		assertThat(request.decide(DecisionAction.RETURN, null, "补充应急预案", NOW).to()).isEqualTo(ApplicationState.RETURNED);
		assertThat(request.header().fixItems()).isEqualTo("补充应急预案");
		request.edit(request.content());
		request.submit(7, "企业", NOW);
		request.decide(DecisionAction.ACCEPT, null, null, NOW);
		request.decide(DecisionAction.APPROVE_MATERIALS, null, null, NOW);
		assertThat(request.decide(DecisionAction.RECORD_SITE_VISIT, false, "隔离室未设置", NOW).to())
			.isEqualTo(ApplicationState.RETURNED);
	}

	@Test
	void illegalMovesAreRefused() {
		ResumptionRequest request = draft();
		assertThatThrownBy(() -> request.decide(DecisionAction.ACCEPT, null, null, NOW))
			.isInstanceOf(IllegalTransitionException.class);
		request.submit(7, "企业", NOW);
		assertThatThrownBy(() -> request.edit(request.content())).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> request.decide(DecisionAction.APPROVE, null, null, NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> request.decide(DecisionAction.REJECT, null, "x", NOW))
			.isInstanceOf(IllegalTransitionException.class);
		request.decide(DecisionAction.ACCEPT, null, null, NOW);
		request.decide(DecisionAction.REJECT, null, "材料不实", NOW);
		assertThatThrownBy(() -> request.submit(7, "企业", NOW)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void eachActionBelongsToOneLevel() {
		assertThat(DecisionAction.ACCEPT.isTakenBy(Role.TOWN_OFFICER, ApplicationState.SUBMITTED)).isTrue();
		assertThat(DecisionAction.ACCEPT.isTakenBy(Role.DISTRICT_OFFICIAL, ApplicationState.SUBMITTED)).isFalse();
		assertThat(DecisionAction.RETURN.isTakenBy(Role.TOWN_OFFICER, ApplicationState.SUBMITTED)).isTrue();
		assertThat(DecisionAction.RETURN.isTakenBy(Role.TOWN_OFFICER, ApplicationState.ACCEPTED)).isFalse();
		assertThat(DecisionAction.RETURN.isTakenBy(Role.DISTRICT_OFFICIAL, ApplicationState.ACCEPTED)).isTrue();
		assertThat(DecisionAction.APPROVE.isTakenBy(Role.CITY_OFFICIAL, ApplicationState.SITE_VERIFIED)).isFalse();
		assertThat(DecisionAction.RECORD_SITE_VISIT.isTakenBy(Role.TOWN_OFFICER, ApplicationState.MATERIALS_APPROVED))
			.isTrue();
	}

	@Test
	void stepsAreDueInTwoWorkingDays() {
		// Friday 10:00 in Shanghai → Tuesday 10:00.
		Instant friday = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, TimeFormat.ZONE).toInstant();
		assertThat(WorkingDays.after(friday, 2))
			.isEqualTo(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, TimeFormat.ZONE).toInstant());
		Instant monday = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, TimeFormat.ZONE).toInstant();
		assertThat(WorkingDays.after(monday, 2))
			.isEqualTo(ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, TimeFormat.ZONE).toInstant());
	}

}
