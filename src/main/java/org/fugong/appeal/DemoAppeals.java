package org.fugong.appeal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.Appeal.Transition;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four weeks of demands so that the queue and the figures mean something, in the
 * proportions Pinghu reported (175 received, 165 resolved, nearly all satisfied):
 * most answered in time, resolved and rated; a few answered late, a few overdue
 * now, a few closed unrated, a few reopened. Mostly 松江区's towns, some 奉贤区.
 * Seeded from a fixed number, so every demo database tells the same story.
 */
@Component
@DemoData
@Order(60)
@RequiredArgsConstructor
class DemoAppeals implements ApplicationRunner {

	private static final int ITEMS = 175;

	private static final String[] ENTERPRISES = { "demo-ent", "ent-chedun", "ent-jiuting", "ent-sijing", "demo-ent",
			"ent-chedun", "ent-jiuting", "ent-sijing", "ent-nanqiao", "ent-haigang" };

	private static final AppealType[] TYPES = { AppealType.LOGISTICS, AppealType.LOGISTICS, AppealType.LOGISTICS,
			AppealType.LOGISTICS, AppealType.MATERIALS, AppealType.MATERIALS, AppealType.STAFF, AppealType.STAFF,
			AppealType.STAFF, AppealType.PERMIT, AppealType.PERMIT, AppealType.POLICY, AppealType.POLICY,
			AppealType.POLICY, AppealType.FINANCING, AppealType.OTHER };

	private static final String[][] SUBJECTS = {
			{ "跨省原材料运输车辆通行证办理", "外省返程司机需要隔离吗", "冷链货物进厂需要哪些证明", "物流园区封控，成品无法发出" },
			{ "关键零部件供应商停产，急需替代货源", "防疫物资（口罩、抗原）采购困难", "原材料库存只够一周" },
			{ "外地员工返沪需要哪些手续", "员工宿舍隔离房间不够", "一线员工短缺约 30 人，求用工对接" },
			{ "环评批复即将到期能否延期", "特种设备年检能否顺延", "新建产线验收时间安排" },
			{ "稳岗补贴怎么申请", "房租减免政策是否适用本企业", "复工防疫物资费用能否抵扣" },
			{ "流动资金紧张，申请贴息贷款", "银行续贷审批慢" },
			{ "园区食堂能否恢复堂食", "厂区门口卡口排队时间长" } };

	private static final String[] ANSWERS = { "已与区交通委对接，通行证可在平台“车辆通行报备”中在线申请，审核通过后短信发送给司机。",
			"已联系相关部门，请贵企业联系人保持电话畅通，工作人员今日内联系。", "已协调园区物流保供单位，明日上午安排车辆提货。",
			"根据现行政策，贵企业符合条件，请按附件清单准备材料，街镇专班上门指导。", "已转交区经委，建议先通过供需对接平台发布需求，我们同步协调。" };

	private final AppealRepository appeals;

	private final AppealMessageRepository messages;

	private final AppealEventRepository events;

	private final AppealJournal journal;

	private final AccountService accounts;

	private final EnterpriseService enterprises;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.appeals.count() > 0) {
			return;
		}
		List<Filer> pool = new ArrayList<>();
		for (String username : ENTERPRISES) {
			this.accounts.find(username)
				.map(AccountSummary::enterpriseId)
				.flatMap(this.enterprises::find)
				.ifPresent((enterprise) -> pool.add(new Filer(username, enterprise)));
		}
		if (pool.isEmpty()) {
			return;
		}
		Random random = new Random(2020_0210L);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		for (int i = 0; i < ITEMS; i++) {
			Filer filer = pool.get(random.nextInt(pool.size()));
			AppealType type = TYPES[random.nextInt(TYPES.length)];
			Instant received = officeHours(now.minus(Duration.ofMinutes(random.nextInt(27 * 24 * 60 + 12 * 60))), random);
			if (received.isAfter(now)) {
				received = now.minus(Duration.ofMinutes(30 + random.nextInt(120)));
			}
			seed(filer.username(), filer.enterprise(), type, received, now, random, i);
		}
	}

	private record Filer(String username, EnterpriseView enterprise) {
	}

	private void seed(String enterpriseUser, EnterpriseView enterprise, AppealType type, Instant received, Instant now, Random random, int n) {
		String[] subjects = SUBJECTS[subjectGroup(type)];
		String subject = subjects[random.nextInt(subjects.length)];
		Appeal appeal = this.appeals.save(new Appeal(enterprise.id(), enterprise.name(), enterprise.districtCode(),
				enterprise.townCode(), type, subject, subject + "。请相关部门协调解决，谢谢！", null,
				this.journal.deadlines(received)));
		message(appeal, received, enterpriseUser, "ENTERPRISE", Kind.CONTENT, appeal.getContent());
		this.events.save(new AppealEvent(appeal.getId(), received, enterpriseUser, "SUBMIT", null,
				AppealState.SUBMITTED, subject));
		long ageHours = Duration.between(received, now).toHours();
		boolean xinqiao = "310117105".equals(enterprise.townCode());
		String district = "310117".equals(enterprise.districtCode()) ? "songjiang" : "fengxian";
		String official = xinqiao && random.nextBoolean() ? "xinqiao" : district;
		// Fresh items wait; a few older ones were left behind and are overdue now.
		if (ageHours < 3 || (n % 37 == 5 && ageHours < 24 * 6)) {
			return;
		}
		Instant assigned = received.plus(Duration.ofMinutes(20 + random.nextInt(100)));
		step(appeal, district, "ASSIGN", appeal.assign(official, assigned),
				official, assigned);
		if (ageHours < 8 || n % 41 == 7) {
			return;
		}
		boolean late = random.nextInt(100) < 6;
		AppealRound round = appeal.getRound();
		Instant answered = late ? round.getFirstResponseDueAt().plus(Duration.ofHours(2 + random.nextInt(20)))
				: assigned.plus(Duration.ofMinutes(30 + random.nextInt(6 * 60)));
		if (answered.isAfter(now)) {
			return;
		}
		String answer = ANSWERS[random.nextInt(ANSWERS.length)];
		boolean resolvesAtOnce = random.nextInt(100) < 55;
		respond(appeal, official, answer, resolvesAtOnce, answered);
		Instant resolved = answered;
		if (!resolvesAtOnce) {
			boolean slow = random.nextInt(100) < 7;
			resolved = slow ? round.getResolutionDueAt().plus(Duration.ofHours(3 + random.nextInt(30)))
					: answered.plus(Duration.ofHours(4 + random.nextInt(36)));
			if (resolved.isAfter(now) || resolved.isAfter(round.getResolutionDueAt()) && n % 3 == 0 && !slow) {
				return;
			}
			respond(appeal, official, "问题已协调解决。" + answer, true, resolved);
		}
		Instant rating = resolved.plus(Duration.ofHours(2 + random.nextInt(60)));
		if (rating.isAfter(now)) {
			return;
		}
		if (random.nextInt(100) < 6) {
			Instant autoClose = resolved.plus(Duration.ofDays(7));
			if (autoClose.isBefore(now)) {
				step(appeal, "system", "AUTO_CLOSE", appeal.closeUnrated(autoClose), null, autoClose);
			}
			return;
		}
		boolean reopens = n % 29 == 11;
		int stars = reopens ? 2 : (random.nextInt(100) < 99 ? 4 + random.nextInt(2) : 3);
		step(appeal, enterpriseUser, "CLOSE", appeal.close(stars, null, rating), stars + "/5", rating);
		if (!reopens) {
			return;
		}
		Instant reopened = rating.plus(Duration.ofHours(3 + random.nextInt(30)));
		if (reopened.isAfter(now)) {
			return;
		}
		String reason = "按答复联系后仍未解决，请再协调。";
		message(appeal, reopened, enterpriseUser, "ENTERPRISE", Kind.REPLY, reason);
		step(appeal, enterpriseUser, "REOPEN",
				appeal.reopen(Duration.ofDays(7), this.journal.deadlines(reopened)), reason, reopened);
		Instant again = reopened.plus(Duration.ofHours(5 + random.nextInt(20)));
		if (again.isAfter(now)) {
			return;
		}
		respond(appeal, official, "已再次协调，相关部门已现场解决。", true, again);
		Instant rated = again.plus(Duration.ofHours(6));
		if (rated.isBefore(now)) {
			step(appeal, enterpriseUser, "CLOSE", appeal.close(5, "第二次处理很及时", rated), "5/5", rated);
		}
	}

	private void respond(Appeal appeal, String official, String answer, boolean resolved, Instant at) {
		Transition transition = appeal.respond(official, resolved, null, at);
		message(appeal, at, official, "xinqiao".equals(official) ? "TOWN_OFFICER" : "DISTRICT_OFFICIAL", Kind.ANSWER,
				answer);
		step(appeal, official, resolved ? "RESOLVE" : "ANSWER", transition, answer, at);
	}

	private void message(Appeal appeal, Instant at, String author, String role, Kind kind, String text) {
		this.messages.save(new AppealMessage(appeal.getId(), at, author, role, kind, text));
	}

	private void step(Appeal appeal, String actor, String action, Transition transition, String detail, Instant at) {
		this.appeals.flush();
		this.events.save(new AppealEvent(appeal.getId(), at, actor, action, transition.from(), transition.to(), detail));
	}

	private static int subjectGroup(AppealType type) {
		return switch (type) {
			case LOGISTICS -> 0;
			case MATERIALS -> 1;
			case STAFF -> 2;
			case PERMIT -> 3;
			case POLICY -> 4;
			case FINANCING -> 5;
			default -> 6;
		};
	}

	/** Moves a moment into office hours (8:30-18:00, Asia/Shanghai) on the same day. */
	private static Instant officeHours(Instant at, Random random) {
		ZonedDateTime time = at.atZone(TimeFormat.ZONE);
		LocalTime clock = time.toLocalTime();
		if (clock.isBefore(LocalTime.of(8, 30)) || clock.isAfter(LocalTime.of(18, 0))) {
			time = time.with(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)));
		}
		return time.toInstant();
	}

}
