package org.fugong.whitelist;

import java.time.Instant;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Some demo enterprises on each kind of list, so that the pages have content:
 * two on the city's first batch, one on 松江区's list, one on 泗泾镇's. demo-ent
 * stays off every list, as {@code API.md} promises.
 */
@Component
@DemoData
@Order(40)
@RequiredArgsConstructor
class DemoWhitelist implements ApplicationRunner {

	private final WhitelistLedger ledger;

	@Override
	public void run(ApplicationArguments args) {
		list("91310120MA1H9R5B1", WhitelistLevel.CITY, "首批", "2026-11-16");
		list("91310120MA1J8W2C6", WhitelistLevel.CITY, "首批", "2026-11-16");
		list("91310117MA1K2Q8D3", WhitelistLevel.DISTRICT, "2026-11-20", "2026-11-20");
		list("91310117MA1G6N3T7", WhitelistLevel.TOWN, "首批", "2026-11-21");
		// The enterprises of 海港开发区's grid zones, on the district list before the inspections began.
		for (int n = 1; n <= 18; n++) {
			list("91310120MA1HG%02dK7".formatted(n), WhitelistLevel.DISTRICT, "海港开发区第一批", "2026-11-05");
		}
	}

	private void list(String first17, WhitelistLevel level, String batch, String day) {
		Instant since = LocalDate.parse(day).atTime(9, 0).atZone(TimeFormat.ZONE).toInstant();
		this.ledger.listIfAbsent(first17 + CreditCodes.checkCharacter(first17), level, batch, since, "demo");
	}

}
