package org.fugong.outbreak;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A closed outbreak case for the demo: 上海九亭电子科技 (松江区) sealed four days ago,
 * disinfected that afternoon, its staff tested since (the demo roster's results),
 * unsealed yesterday evening. Seeded once: an enterprise with a case is left alone.
 */
@Component
@DemoData
@Order(85)
@RequiredArgsConstructor
class DemoOutbreaks implements ApplicationRunner {

	private static final String JIUTING = "91310117MA1K2Q8D3";

	private final OutbreakService outbreaks;

	private final OutbreakDisinfections disinfections;

	private final OutbreakRepository cases;

	private final EnterpriseService enterprises;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		EnterpriseView enterprise = this.enterprises.findByCreditCode(JIUTING + CreditCodes.checkCharacter(JIUTING))
			.orElse(null);
		if (enterprise == null || this.cases.search(enterprise.id(), null, null, null,
				org.springframework.data.domain.Pageable.ofSize(1)).hasContent()) {
			return;
		}
		CurrentUser district = (CurrentUser) this.users.loadUserByUsername("songjiang");
		LocalDate today = TimeFormat.today();
		Instant sealed = at(today.minusDays(4), 9, 0);
		OutbreakView outbreak = this.outbreaks.open(district, enterprise.id(),
				"员工核酸初筛阳性，按规定划为疫点，全员居家隔离、厂区封控。", sealed);
		this.disinfections.disinfect(district, outbreak.id(), at(today.minusDays(4), 15, 30), "松江区疾控消杀队",
				"生产车间、宿舍、食堂全面终末消杀，物表与环境采样 12 份均阴性。", java.util.List.of());
		this.outbreaks.unseal(district, outbreak.id(), "终末消杀完成，在岗员工封控后检测全部阴性，同意解封。",
				at(today.minusDays(1), 20, 0));
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(TimeFormat.ZONE).toInstant();
	}

}
