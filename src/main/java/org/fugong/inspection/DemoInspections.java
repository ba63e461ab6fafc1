package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inspection.teams.TeamService;
import org.fugong.security.CurrentUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Three weeks of grid inspections in 海港开发区 (310120505), made once through the
 * services as the teams would have made them: nine teams {@code hg-team1..9}, one
 * per grid zone, the zone's enterprises placed, a visit or two a day per team,
 * notices for failed aspects, answers in time or late, follow-ups that close a
 * notice or issue a second one, notices left open, answered and overdue, one
 * production stop lifted after a passing follow-up and one in force.
 */
@Component
@DemoData
@Order(80)
@RequiredArgsConstructor
class DemoInspections implements ApplicationRunner {

	static final String ZONE = "310120505";

	private static final int DAYS = 21;

	private static final Map<Aspect, String[]> PROBLEMS = new EnumMap<>(Map.of(
			Aspect.CLOSED_LOOP, new String[] { "东门无人值守，外来人员未登记即进入厂区。", "员工上下班未按点对点闭环，有人途中停留。" },
			Aspect.ZONING, new String[] { "生产区与生活区之间无物理隔断，人员交叉。", "隔离观察区未单独设置，与仓库相邻。" },
			Aspect.LODGING_DINING, new String[] { "宿舍每间住 8 人，超过核定人数。", "食堂集中就餐未错峰，座位未隔开。" },
			Aspect.STAFF, new String[] { "3 名员工无当日抗原检测记录。", "静默期人员名单未及时更新，与在岗人员不符。" },
			Aspect.DISINFECTION, new String[] { "电梯与卫生间无消杀记录。", "消毒液库存不足一天用量。" },
			Aspect.VEHICLES, new String[] { "外来货车司机下车进入厂区。", "进出车辆未登记，未消杀。" }));

	private final TeamService teams;

	private final InspectionService inspections;

	private final RectificationService rectifications;

	private final StopService stops;

	private final EnterpriseService enterprises;

	private final UserDetailsService users;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		if (this.teams.anyIn(ZONE)) {
			return;
		}
		CurrentUser district;
		List<CurrentUser> officers = new ArrayList<>();
		try {
			district = (CurrentUser) this.users.loadUserByUsername("fengxian");
			for (int team = 1; team <= 9; team++) {
				officers.add((CurrentUser) this.users.loadUserByUsername("hg-team" + team));
			}
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		List<EnterpriseView> inZone = this.enterprises.allInJurisdiction(district)
			.stream()
			.filter((e) -> ZONE.equals(e.townCode()))
			.sorted(Comparator.comparingLong(EnterpriseView::id))
			.toList();
		if (inZone.isEmpty()) {
			return;
		}
		List<List<EnterpriseView>> byZone = new ArrayList<>();
		for (int z = 0; z < 9; z++) {
			byZone.add(new ArrayList<>());
		}
		for (int i = 0; i < inZone.size(); i++) {
			String grid = ZONE + "G" + (i % 9 + 1);
			this.teams.place(district, inZone.get(i).id(), grid);
			byZone.get(i % 9).add(inZone.get(i));
		}
		String[] names = { "第一组", "第二组", "第三组", "第四组", "第五组", "第六组", "第七组", "第八组", "第九组" };
		for (int z = 0; z < 9; z++) {
			this.teams.save(district, ZONE, names[z], "hg-team" + (z + 1), List.of("hg-team" + (z + 1)),
					List.of(ZONE + "G" + (z + 1)));
		}
		history(officers, byZone, district);
	}

	private void history(List<CurrentUser> officers, List<List<EnterpriseView>> byZone, CurrentUser district) {
		Random random = new Random(2026);
		LocalDate today = LocalDate.now(this.clock.withZone(TimeFormat.ZONE));
		Instant now = this.clock.instant();
		long stopCandidate = -1;
		boolean lifted = false;
		for (int day = DAYS; day >= 0; day--) {
			LocalDate date = today.minusDays(day);
			for (int z = 0; z < 9; z++) {
				List<EnterpriseView> zone = byZone.get(z);
				if (zone.isEmpty()) {
					continue;
				}
				EnterpriseView enterprise = zone.get((DAYS - day) % zone.size());
				// Today's visits were made this morning, before the demo started; earlier days' at 9 to 12 o'clock.
				Instant at = (day == 0) ? now.minus(java.time.Duration.ofMinutes(15L * (9 - z)))
						: date.atTime(LocalTime.of(9 + z % 4, 10 * z % 60)).atZone(TimeFormat.ZONE).toInstant();
				double failRate = (day == 0) ? 0.1 : (day > 14) ? 0.07 : 0.035;
				InspectionOutcome outcome = this.inspections.inspect(officers.get(z), enterprise.id(),
						aspects(random, failRate), null, Map.of(), at);
				if (outcome.noticeId() == null) {
					continue;
				}
				long noticeId = outcome.noticeId();
				CurrentUser owner = enterpriseUser(enterprise);
				if (day <= 1) {
					continue;
				}
				if (day <= 4 && random.nextInt(3) == 0) {
					continue;
				}
				double late = random.nextDouble();
				if (owner != null) {
					Instant answered = at.plus(java.time.Duration.ofHours((late < 0.8) ? 5 : 30));
					if (answered.isBefore(now)) {
						this.rectifications.respond(owner, noticeId, Map.of(), "已按要求整改，照片见附件。", Map.of(),
								answered);
					}
				}
				if (day <= 3) {
					continue;
				}
				Instant followUp = at.plus(java.time.Duration.ofHours(48));
				boolean passes = random.nextDouble() < 0.8;
				InspectionOutcome second = this.inspections.review(officers.get(z), noticeId, passes,
						passes ? "复查整改到位。" : "复查发现问题依旧，未整改到位。", followUp);
				boolean registered = enterprise.creditCode().startsWith("91310120MA1HG");
				if (second.noticeId() != null && registered && stopCandidate < 0 && day <= 12) {
					stopCandidate = second.noticeId();
				}
				else if (second.noticeId() != null && registered && !lifted) {
					lifted = stopAndLift(district, officers.get(z), second.noticeId(), followUp);
				}
			}
		}
		this.rectifications.markOverdue();
		if (stopCandidate >= 0) {
			try {
				this.stops.stop(district, stopCandidate, "同一问题在回头看时仍未整改，责令停工停产，整改到位经复查合格后方可复工。",
						now.minus(java.time.Duration.ofHours(20)));
			}
			catch (RuntimeException ex) {
				// Settled by a follow-up in this demo history already: no stop then.
			}
		}
	}

	/** A stop ordered on a second notice, then a passing follow-up and the stop lifted. */
	private boolean stopAndLift(CurrentUser district, CurrentUser officer, long noticeId, Instant issued) {
		try {
			StopView stop = this.stops.stop(district, noticeId, "回头看仍不合格，责令停工整改。",
					issued.plus(java.time.Duration.ofHours(3)));
			this.inspections.review(officer, noticeId, true, "停工整改后复查合格。", issued.plus(java.time.Duration.ofHours(30)));
			this.stops.lift(district, stop.id(), "复查合格，同意复工。");
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private CurrentUser enterpriseUser(EnterpriseView enterprise) {
		for (String username : usernamesOf(enterprise)) {
			try {
				return (CurrentUser) this.users.loadUserByUsername(username);
			}
			catch (UsernameNotFoundException ex) {
				// try the next name
			}
		}
		return null;
	}

	private static List<String> usernamesOf(EnterpriseView enterprise) {
		String code = enterprise.creditCode();
		if (code.startsWith("91310120MA1HG")) {
			return List.of("hg-ent" + code.substring(13, 15));
		}
		return List.of("ent-haigang");
	}

	private static List<AspectInput> aspects(Random random, double failRate) {
		List<AspectInput> inputs = new ArrayList<>();
		for (Aspect aspect : Aspect.values()) {
			boolean passed = random.nextDouble() >= failRate;
			String[] problems = PROBLEMS.get(aspect);
			inputs.add(new AspectInput(aspect, passed, passed ? null : problems[random.nextInt(problems.length)]));
		}
		return inputs;
	}

}
