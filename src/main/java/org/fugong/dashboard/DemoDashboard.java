package org.fugong.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.DemoDistrictEnterprises;
import org.fugong.gate.DemoDistrictGate;
import org.fugong.whitelist.DemoDistrictWhitelist;
import org.fugong.workforce.DemoDistrictWorkforce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enough of 松江区 for its dashboard to mean something: forty whitelisted
 * enterprises in four towns with a small roster each, daily reports of the last
 * fourteen days, daily antigen tests and this morning's scans at two
 * checkpoints. Each owner seeds its own rows (its {@code DemoDistrict…} class);
 * this only tells them in the order the events would have happened — the
 * enterprises registered, their staff, the whitelist, the checkpoints, the
 * tests, the daily reports, the scans — in one transaction, after the other
 * demo seeders, once: when the enterprises exist it stops.
 */
@Component
@DemoData
@Order(90)
class DemoDashboard implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDashboard.class);

	static final int COUNT = DemoDistrictEnterprises.COUNT;

	private final DemoDistrictEnterprises enterprises;

	private final DemoDistrictWorkforce workforce;

	private final DemoDistrictWhitelist whitelist;

	private final DemoDistrictGate gate;

	private final TransactionTemplate transaction;

	DemoDashboard(DemoDistrictEnterprises enterprises, DemoDistrictWorkforce workforce, DemoDistrictWhitelist whitelist,
			DemoDistrictGate gate, PlatformTransactionManager transactions) {
		this.enterprises = enterprises;
		this.workforce = workforce;
		this.whitelist = whitelist;
		this.gate = gate;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		Boolean seeded = this.transaction.execute((status) -> seed(new Random(2026)));
		if (Boolean.TRUE.equals(seeded)) {
			logger.info("Demo dashboard data: {} enterprises of 松江区 seeded in {} ms", COUNT,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	private boolean seed(Random random) {
		LocalDate today = TimeFormat.today();
		Instant now = Instant.now();
		List<Long> ids = this.enterprises.register(today);
		if (ids.isEmpty()) {
			return false;
		}
		List<Integer> rosters = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			rosters.add(10 + random.nextInt(31));
		}
		this.workforce.employees(ids, rosters, today, random);
		this.whitelist.list(ids, today);
		DemoDistrictGate.Checkpoints checkpoints = this.gate.checkpoints(ids.get(0), today);
		this.workforce.tests(ids, today, now);
		this.workforce.reports(ids, rosters, today, random);
		this.gate.scans(checkpoints, ids, today, now, random);
		return true;
	}

}
