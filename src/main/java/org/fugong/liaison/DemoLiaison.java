package org.fugong.liaison;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
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
 * 新桥镇's officer (xinqiao) has been demo-ent's liaison for three weeks: three
 * visits, seven problems found and five solved, a follow-up due in three days,
 * and a question from the enterprise waiting for an answer. The district
 * official (songjiang) looks after 车墩's auto-parts maker, one visit so far,
 * whose follow-up date has passed.
 */
@Component
@DemoData
@Order(85)
@RequiredArgsConstructor
class DemoLiaison implements ApplicationRunner {

	private final LiaisonAssignmentRepository assignments;

	private final LiaisonVisitRepository visits;

	private final LiaisonMessageRepository messages;

	private final AccountService accounts;

	private final EnterpriseService enterprises;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.assignments.count() > 0) {
			return;
		}
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, TimeFormat.ZONE);
		enterprise("demo-ent").ifPresent((demo) -> {
			LiaisonAssignment assignment = assign(demo, "xinqiao", now.minus(Duration.ofDays(21)));
			visit(assignment, today.minusDays(20), "行政主管 王丽", "首次走访：核对返岗人员名单和员工宿舍分区；宿舍未按楼层分区，消毒记录不全。",
					3, 1, today.minusDays(13), now);
			visit(assignment, today.minusDays(13), "厂长 陈建国", "宿舍已按楼层分区，消毒台账补齐；企业反映原料供应商停产、货车通行证办理慢。",
					2, 3, today.minusDays(6), now);
			visit(assignment, today.minusDays(6), "厂长 陈建国", "协调区交通组加急两辆货车通行证，已办结；提醒每日报送产能数据。",
					2, 1, today.plusDays(3), now);
			this.messages.save(new LiaisonMessage(assignment, "xinqiao", assignment.getOfficerName(), true,
					"您好，我是贵企业的驻企指导员，复工中遇到困难可以在这里给我留言。", now.minus(Duration.ofDays(21))));
			this.messages.save(new LiaisonMessage(assignment, "demo-ent", demo.contactName(), false,
					"下周二起想增加一个夜班，员工宿舍需要重新报备吗？", now.minus(Duration.ofHours(5))));
		});
		enterprise("ent-chedun").ifPresent((chedun) -> {
			LiaisonAssignment assignment = assign(chedun, "songjiang", now.minus(Duration.ofDays(12)));
			visit(assignment, today.minusDays(10), "总经理 刘洋", "重点保供企业：线束接插件断供，已转市场对接；外地返岗员工 12 人待核酸结果。",
					2, 0, today.minusDays(2), now);
		});
	}

	private java.util.Optional<EnterpriseView> enterprise(String username) {
		return this.accounts.find(username).map(AccountSummary::enterpriseId).flatMap(this.enterprises::find);
	}

	private LiaisonAssignment assign(EnterpriseView enterprise, String officer, Instant at) {
		String name = this.accounts.find(officer).map(AccountSummary::displayName).orElse(officer);
		return this.assignments.save(new LiaisonAssignment(enterprise.id(), enterprise.name(),
				enterprise.districtCode(), enterprise.townCode(), officer, name, "songjiang", at));
	}

	private void visit(LiaisonAssignment assignment, LocalDate on, String metWith, String note, int found, int solved,
			LocalDate followUp, Instant now) {
		this.visits.save(new LiaisonVisit(assignment, new VisitInput(on, metWith, note, found, solved, followUp), now));
	}

}
