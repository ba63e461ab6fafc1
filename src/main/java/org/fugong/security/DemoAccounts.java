package org.fugong.security;

import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of {@code API.md} for officials, guards and the administrator,
 * created once on the embedded default.
 */
@Component
@DemoData
@Order(10)
@RequiredArgsConstructor
class DemoAccounts implements ApplicationRunner {

	private final AccountService accounts;

	@Override
	public void run(ApplicationArguments args) {
		create("admin", "系统管理员", Role.ADMIN, null);
		create("city", "上海市复工办", Role.CITY_OFFICIAL, "310000");
		create("songjiang", "松江区复工审核组", Role.DISTRICT_OFFICIAL, "310117");
		create("fengxian", "奉贤区复工审核组", Role.DISTRICT_OFFICIAL, "310120");
		create("xinqiao", "新桥镇工作专班", Role.TOWN_OFFICER, "310117105");
		create("guard1", "新桥卡口检查员", Role.GUARD, "310117105");
		// 松江区经信委's officer: sees only the demands transferred to that department (set by the appeal module).
		create("jingxin", "松江区经信委", Role.DEPARTMENT_OFFICER, "310117");
		// The nine inspection teams of 海港开发区's grid zones (九宫格), one officer account each.
		for (int team = 1; team <= 9; team++) {
			create("hg-team" + team, "海港开发区督查第" + team + "组", Role.TOWN_OFFICER, "310120505");
		}
	}

	private void create(String username, String displayName, Role role, String region) {
		if (!this.accounts.usernameTaken(username)) {
			this.accounts.createStaffAccount(username, DemoData.PASSWORD, displayName, role, region);
		}
	}

}
