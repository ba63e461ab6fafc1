package org.fugong.market;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * A dozen posts over four towns of 松江区 (新桥, 车墩, 九亭, 泗泾) that match
 * one another: demo-ent needs masks and offers cartons and a truck; 车墩's
 * auto-parts maker is a key supply-chain firm whose demand for connectors has
 * waited four days unanswered and sits in the district's coordination queue;
 * one contact request waits for demo-ent's answer, one is accepted.
 */
@Component
@DemoData
@Order(65)
@RequiredArgsConstructor
class DemoMarket implements ApplicationRunner {

	private final MarketPostRepository posts;

	private final ContactRequestRepository contacts;

	private final KeyFirmRepository keyFirms;

	private final CoordinationRepository coordination;

	private final AccountService accounts;

	private final EnterpriseService enterprises;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.posts.count() > 0) {
			return;
		}
		Map<String, EnterpriseView> by = new HashMap<>();
		for (String username : List.of("demo-ent", "ent-chedun", "ent-jiuting", "ent-sijing")) {
			this.accounts.find(username)
				.map(AccountSummary::enterpriseId)
				.flatMap(this.enterprises::find)
				.ifPresent((e) -> by.put(username, e));
		}
		if (by.size() < 4) {
			return;
		}
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, TimeFormat.ZONE);
		EnterpriseView chedun = by.get("ent-chedun");
		this.keyFirms.save(new KeyFirm(chedun.id(), chedun.districtCode(), "汽车零部件", "songjiang", now.minus(Duration.ofDays(10))));
		MarketPost masks = post(by.get("demo-ent"), PostKind.DEMAND, PostCategory.PROTECTIVE, "医用外科口罩 2 万只",
				"复工首周员工防护用，需符合 YY 0469，可分两批交付。", 20000, "只", today.plusDays(7), null, 1, now, today);
		post(by.get("ent-sijing"), PostKind.SUPPLY, PostCategory.PROTECTIVE, "一次性医用口罩现货",
				"库存 5 万只，有检测报告，松江区内可当日送货。", 50000, "只", null, today, 2, now, today);
		post(by.get("ent-jiuting"), PostKind.SUPPLY, PostCategory.PROTECTIVE, "KN95 防护口罩",
				"8000 只现货，独立包装。", 8000, "只", null, today.plusDays(1), 2, now, today);
		MarketPost cartons = post(by.get("demo-ent"), PostKind.SUPPLY, PostCategory.PACKAGING, "五层瓦楞纸箱 5000 个",
				"规格 60×40×40 cm，可按图定制印刷。", 5000, "个", null, today, 3, now, today);
		MarketPost chedunCartons = post(chedun, PostKind.DEMAND, PostCategory.PACKAGING, "零部件周转纸箱",
				"用于汽车零部件出货包装，每周 3000 个。", 3000, "个", today.plusDays(10), null, 2, now, today);
		MarketPost connectors = post(chedun, PostKind.DEMAND, PostCategory.PARTS, "汽车线束接插件 1 万件",
				"整车厂复产急需，型号可提供图纸；供应商停产，求替代货源。", 10000, "件", today.plusDays(5), null, 4, now, today);
		post(by.get("ent-jiuting"), PostKind.SUPPLY, PostCategory.PARTS, "精密注塑件代工",
				"可承接接插件外壳等注塑件，月产能 2 万件。", 20000, "件", null, today.plusDays(2), 1, now, today);
		MarketPost staff = post(by.get("ent-sijing"), PostKind.DEMAND, PostCategory.STAFF, "普工 30 人",
				"包装岗位，可提供住宿，需 48 小时核酸阴性。", 30, "人", today.plusDays(6), null, 1, now, today);
		post(by.get("demo-ent"), PostKind.SUPPLY, PostCategory.LOGISTICS, "4.2 米厢式货车 2 辆空闲",
				"司机持有效通行证，可跑区内及市内。", 2, "辆", null, today, 0, now, today);
		post(by.get("ent-jiuting"), PostKind.DEMAND, PostCategory.LOGISTICS, "九亭至外高桥每日 2 车次",
				"出口成品运输，需厢式货车。", 2, "车次", today.plusDays(3), null, 1, now, today);
		post(by.get("ent-sijing"), PostKind.SUPPLY, PostCategory.RAW_MATERIAL, "ABS 塑料粒子 50 吨",
				"通用级，现货，泗泾仓库自提或配送。", 50, "吨", null, today, 2, now, today);
		post(by.get("ent-jiuting"), PostKind.DEMAND, PostCategory.RAW_MATERIAL, "ABS 粒子 20 吨",
				"注塑用，需提供材质证明。", 20, "吨", today.plusDays(8), null, 1, now, today);
		Coordination queued = new Coordination(connectors.getId(), chedun.id(), chedun.districtCode(),
				now.minus(Duration.ofDays(3)));
		queued.take("songjiang");
		queued.note("songjiang", "已联系九亭镇注塑企业，对方可代工外壳，待确认端子来源。",
				new TimeFormat().dateTime(now.minus(Duration.ofDays(2))));
		this.coordination.save(queued);
		this.contacts.save(new ContactRequest(masks.getId(), by.get("ent-sijing").id(), null,
				"我司现有 5 万只一次性医用口罩，可当日送到新桥，请联系。", now.minus(Duration.ofHours(5))));
		ContactRequest accepted = new ContactRequest(chedunCartons.getId(), by.get("demo-ent").id(), cartons.getId(),
				"我司可每周供应 3000 个五层纸箱，可按贵司尺寸定制。", now.minus(Duration.ofDays(1)));
		accepted.accept(now.minus(Duration.ofHours(20)));
		this.contacts.save(accepted);
		this.contacts.save(new ContactRequest(staff.getId(), by.get("demo-ent").id(), null,
				"可协调 10 名员工短期支援，请联系。", now.minus(Duration.ofHours(3))));
	}

	private MarketPost post(EnterpriseView poster, PostKind kind, PostCategory category, String title,
			String description, int quantity, String unit, LocalDate neededBy, LocalDate availableFrom, int daysAgo,
			Instant now, LocalDate today) {
		PostInput input = new PostInput(kind, category, title, description, BigDecimal.valueOf(quantity), unit,
				poster.districtCode(), neededBy, availableFrom, today.plusDays(30));
		Instant at = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(2));
		return this.posts.save(new MarketPost(poster, input, poster.districtCode(), "310000", at,
				LocalDate.ofInstant(at, TimeFormat.ZONE)));
	}

}
