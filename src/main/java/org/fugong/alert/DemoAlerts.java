package org.fugong.alert;

import java.time.DayOfWeek;

import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's duty roster: xinqiao on duty for 新桥镇 and songjiang for 松江区 every
 * day, with made-up duty phones (the demo's text messages only reach the log).
 * Seeded once: a region with a roster is left alone.
 */
@Component
@DemoData
@Order(40)
@RequiredArgsConstructor
class DemoAlerts implements ApplicationRunner {

	private final DutyEntryRepository entries;

	@Override
	public void run(ApplicationArguments args) {
		seed("310117105", "xinqiao", "13900001051");
		seed("310117", "songjiang", "13900003101");
	}

	private void seed(String region, String username, String phone) {
		if (!this.entries.findByRegionCodeOrderByWeekdayAscUsernameAsc(region).isEmpty()) {
			return;
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			this.entries.save(new DutyEntry(region, day, username, phone, "demo"));
		}
	}

}
