package org.fugong.alert;

import org.fugong.workforce.AbnormalHealthDeclared;
import org.fugong.workforce.DailyReportFiled;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.PositiveTestRecorded;
import org.fugong.workforce.Workforce;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises the workforce's alerts after the change that causes them commits. A
 * listener that fails is retried from the event registry; the cause keys make
 * the retry raise nothing twice. The subject is the employee's name (or the
 * report's day and count): officials need to know whom to call.
 */
@Component
class AlertListeners {

	private final Alerts alerts;

	private final Workforce workforce;

	AlertListeners(Alerts alerts, Workforce workforce) {
		this.alerts = alerts;
		this.workforce = workforce;
	}

	@ApplicationModuleListener
	void on(PositiveTestRecorded event) {
		this.alerts.raise(AlertKind.POSITIVE_TEST, event.enterpriseId(), employee(event.enterpriseId(), event.employeeId()),
				event.employeeId() + ":" + event.kind() + ":" + event.sampledAt().toEpochMilli());
	}

	@ApplicationModuleListener
	void on(AbnormalHealthDeclared event) {
		this.alerts.raise(AlertKind.ABNORMAL_HEALTH, event.enterpriseId(),
				employee(event.enterpriseId(), event.employeeId()), event.employeeId() + ":" + event.date());
	}

	@ApplicationModuleListener
	void on(DailyReportFiled event) {
		if (event.abnormal() <= 0) {
			return;
		}
		this.alerts.raise(AlertKind.REPORT_ABNORMAL, event.enterpriseId(), event.date() + " · " + event.abnormal(),
				event.enterpriseId() + ":" + event.date());
	}

	private String employee(long enterpriseId, long employeeId) {
		return this.workforce.find(enterpriseId, employeeId).map(EmployeeSummary::name).orElse("#" + employeeId);
	}

}
