package org.fugong.workforce.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.HealthEntry;
import org.fugong.workforce.HealthSource;
import org.fugong.workforce.QuarantineStatus;
import org.fugong.workforce.Workforce;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Today's health declarations for demo-ent's staff (新桥镇): all normal but one
 * with a fever and a cough, which holds that employee's pass and raises an open
 * alert for the town. Seeded once: an enterprise with declarations is left alone.
 */
@Component
@DemoData
@Order(51)
class DemoHealth implements ApplicationRunner {

	private static final String DEMO_ENT = "91310117MA1J3L4X2";

	private final EnterpriseService enterprises;

	private final Workforce workforce;

	private final HealthDeclarationRepository declarations;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	DemoHealth(EnterpriseService enterprises, Workforce workforce, HealthDeclarationRepository declarations,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.enterprises = enterprises;
		this.workforce = workforce;
		this.declarations = declarations;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		EnterpriseView enterprise = this.enterprises.findByCreditCode(DEMO_ENT + CreditCodes.checkCharacter(DEMO_ENT))
			.orElse(null);
		if (enterprise == null || this.declarations.existsByEnterpriseId(enterprise.id())) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> seed(enterprise.id()));
	}

	private void seed(long enterpriseId) {
		LocalDate today = TimeFormat.today();
		List<EmployeeSummary> staff = this.workforce.active(enterpriseId);
		for (int i = 0; i < staff.size(); i++) {
			boolean sick = i == 4;
			HealthEntry entry = new HealthEntry(today, new BigDecimal(sick ? "37.8" : (i % 3 == 0) ? "36.4" : "36.6"),
					sick ? List.of("咳嗽") : List.of(), QuarantineStatus.NONE);
			HealthDeclaration declaration = new HealthDeclaration(enterpriseId, staff.get(i).id(), today);
			declaration.declare(entry, HealthSource.DEMO, "demo");
			this.declarations.save(declaration);
			this.events.publishEvent(declaration.declared());
		}
	}

}
