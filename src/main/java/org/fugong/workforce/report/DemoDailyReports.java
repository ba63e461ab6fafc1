package org.fugong.workforce.report;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.workforce.report.DailyReport.Figures;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Daily reports of the last three days for the whitelisted demo enterprises,
 * after their rosters ({@code DemoWorkforce}); today's is left for the demo.
 */
@Component
@DemoData
@Order(51)
@RequiredArgsConstructor
class DemoDailyReports implements ApplicationRunner {

	private static final String[] ENTERPRISES = { "91310120MA1H9R5B1", "91310120MA1J8W2C6", "91310117MA1K2Q8D3",
			"91310117MA1G6N3T7" };

	private final EnterpriseService enterprises;

	private final DailyReportRepository reports;

	private final DayFigures figures;

	@Override
	public void run(ApplicationArguments args) {
		for (String first17 : ENTERPRISES) {
			this.enterprises.findByCreditCode(first17 + CreditCodes.checkCharacter(first17))
				.filter((enterprise) -> this.reports.findByEnterpriseId(enterprise.id(), Pageable.ofSize(1)).isEmpty())
				.ifPresent(this::seed);
		}
	}

	private void seed(EnterpriseView enterprise) {
		int onSite = this.figures.of(enterprise.id(), TimeFormat.today()).staffOnSite();
		for (int days = 1; days <= 3; days++) {
			int present = Math.max(0, onSite + 8 - days);
			this.reports.save(new DailyReport(enterprise.id(), TimeFormat.today().minusDays(days),
					new Figures(present, 40 - days * 5, present, Math.max(0, present - 1), 0,
							(days == 2) ? "原材料到货延迟，部分产线待料。" : null),
					"demo"));
		}
	}

}
