package org.fugong.enterprise;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.security.AccountService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo enterprises in 松江区 and 奉贤区, among them {@code demo-ent} of {@code API.md}
 * (新桥镇, not yet whitelisted), registered once through the ordinary registration
 * and standing verified.
 */
@Component
@DemoData
@Order(20)
@RequiredArgsConstructor
class DemoEnterprises implements ApplicationRunner {

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	private final VerificationService verification;

	static final String[] ZONE_ENTERPRISES = { "上海海港精密铸造有限公司", "上海港城汽车零部件有限公司",
			"上海临港智能装备有限公司", "上海海湾新型建材有限公司", "上海奉港冷链物流有限公司", "上海海港医疗器械有限公司",
			"上海金汇纺织印染有限公司", "上海海港电子元件有限公司", "上海南港食品加工有限公司", "上海海港化工助剂有限公司",
			"上海奉城包装材料有限公司", "上海海港塑胶制品有限公司", "上海港湾五金机电有限公司", "上海海港光伏材料有限公司",
			"上海海港仓储物流有限公司", "上海海港家具制造有限公司", "上海海港生物科技有限公司", "上海港新环保设备有限公司" };

	private static final String[] ZONE_ROADS = { "沪杭公路", "海港大道", "新海路", "海马路", "港业路", "平庄公路" };

	private static final String[] ZONE_CONTACTS = { "张海燕", "刘建军", "陈晓东", "杨丽华", "黄志强", "吴敏", "徐卫国",
			"朱红梅", "马晓峰" };

	@Override
	public void run(ApplicationArguments args) {
		register("demo-ent", "91310117MA1J3L4X2", "上海新桥精密机械有限公司", "310117", "310117105",
				"松江区新桥镇民益路201号", Industry.MANUFACTURING, 320, true, false, "王建国", "13816602231");
		register("ent-chedun", "91310117MA1H7K2P5", "上海车墩影视器材有限公司", "310117", "310117104",
				"松江区车墩镇北松公路5418号", Industry.MANUFACTURING, 86, false, false, "李雪梅", "13917708812");
		register("ent-jiuting", "91310117MA1K2Q8D3", "上海九亭电子科技有限公司", "310117", "310117107",
				"松江区九亭镇沪亭北路99号", Industry.IT_SOFTWARE, 145, true, true, "陈思远", "13601829945");
		register("ent-sijing", "91310117MA1G6N3T7", "上海泗泾物流配送有限公司", "310117", "310117102",
				"松江区泗泾镇九干路168号", Industry.TRANSPORT_LOGISTICS, 212, true, false, "赵刚", "13764412238");
		register("ent-nanqiao", "91310120MA1H9R5B1", "上海南桥生物医药有限公司", "310120", "310120101",
				"奉贤区南桥镇环城东路383号", Industry.MANUFACTURING, 540, true, true, "周敏", "13585514427");
		register("ent-haigang", "91310120MA1J8W2C6", "上海海港新材料股份有限公司", "310120", "310120505",
				"奉贤区海港开发区沪杭公路1588号", Industry.MANUFACTURING, 1260, true, false, "孙立新", "13482207719");
		// Enterprises of 海港开发区's nine grid zones, which the inspection teams visit (hg-ent01..18).
		for (int i = 0; i < ZONE_ENTERPRISES.length; i++) {
			int n = i + 1;
			register("hg-ent%02d".formatted(n), "91310120MA1HG%02dK7".formatted(n), ZONE_ENTERPRISES[i],
					"310120", "310120505", "奉贤区海港开发区%s%d号".formatted(ZONE_ROADS[i % ZONE_ROADS.length], 100 + 37 * n),
					(n % 5 == 0) ? Industry.TRANSPORT_LOGISTICS : Industry.MANUFACTURING, 60 + (n * 53) % 700, n % 3 != 0,
					n % 4 == 0, ZONE_CONTACTS[i % ZONE_CONTACTS.length], "1391770%04d".formatted(2200 + n));
		}
	}

	private void register(String username, String first17, String name, String district, String town,
			String address, Industry industry, int staff, boolean aboveSize, boolean foreign, String contact,
			String phone) {
		if (this.accounts.usernameTaken(username)) {
			return;
		}
		RegistrationForm form = new RegistrationForm();
		form.setCreditCode(first17.substring(0, 17) + CreditCodes.checkCharacter(first17.substring(0, 17)));
		form.setName(name);
		form.setDistrictCode(district);
		form.setTownCode(town);
		form.setAddress(address);
		form.setIndustry(industry);
		form.setStaffCount(staff);
		form.setAboveDesignatedSize(aboveSize);
		form.setForeignInvested(foreign);
		form.setContactName(contact);
		form.setContactPhone(phone);
		form.setUsername(username);
		form.setPassword(DemoData.PASSWORD);
		form.setLegalRepresentative(contact);
		// The demo's enterprises have been checked already; a newly registered one walks the queue.
		this.verification.markVerifiedForDemo(this.enterprises.register(form).id(), "system");
	}

}
