package org.fugong.appeal;

import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the demo department officer ({@code jingxin}, 松江区) in the department of
 * economy and information technology (经信), once, on the embedded default.
 */
@Component
@DemoData
@Order(20)
@RequiredArgsConstructor
class DemoDepartments implements ApplicationRunner {

	private final Departments departments;

	@Override
	public void run(ApplicationArguments args) {
		if (this.departments.of("jingxin").isEmpty()) {
			this.departments.assign("jingxin", "ECONOMY", "system");
		}
	}

}
