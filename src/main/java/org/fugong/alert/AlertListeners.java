package org.fugong.alert;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.vehicle.VehicleNotLeft;
import org.fugong.workforce.AbnormalHealthDeclared;
import org.fugong.workforce.DailyReportFiled;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.PositiveTestRecorded;
import org.fugong.workforce.Workforce;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises the workforce's and the vehicle loop's alerts after the change that
 * causes them commits. A
 * listener that fails is retried from the event registry; the cause keys make
 * the retry raise nothing twice. The subject is the employee's name (or the
 * report's day and count, or the vehicle's plate and arrival): officials need to
 * know whom to call.
 */
@Component
@RequiredArgsConstructor
class AlertListeners {

	private final Alerts alerts;

	private final Workforce workforce;

	private final TimeFormat time;

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

	/** A vehicle that arrived at an enterprise and has not left: once per trip. */
	@ApplicationModuleListener
	void on(VehicleNotLeft event) {
		this.alerts.raise(AlertKind.VEHICLE_NOT_LEFT, event.enterpriseId(),
				event.plate() + " · " + this.time.dateTime(event.arrivedAt()), String.valueOf(event.tripId()));
	}

	private String employee(long enterpriseId, long employeeId) {
		return this.workforce.find(enterpriseId, employeeId).map(EmployeeSummary::name).orElse("#" + employeeId);
	}

}
