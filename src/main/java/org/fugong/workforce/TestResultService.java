package org.fugong.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test results (一日两测), entered one by one; imports go through
 * {@link ImportService}. Every result recorded publishes {@link TestResultRecorded}
 * in the transaction that stores it.
 */
@Service
@RequiredArgsConstructor
class TestResultService {

	/** A little leeway for clocks: a phone a minute ahead is not sampling in the future. */
	static final long CLOCK_SKEW_SECONDS = 120;

	private final TestResultRepository results;

	private final EmployeeService employees;

	private final ApplicationEventPublisher events;

	@Transactional
	TestResultView record(CurrentUser user, long employeeId, TestKind kind, TestOutcome outcome, Instant sampledAt) {
		if (sampledAt.isAfter(Instant.now().plusSeconds(CLOCK_SKEW_SECONDS))) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("sampledAt", "workforce.test.sampledAt.future")));
		}
		Employee employee = this.employees.owned(user, employeeId);
		if (!employee.isActive()) {
			throw new BusinessRuleException("workforce.test.employee.inactive",
					List.of(new FieldProblem("employeeId", "workforce.test.employee.inactive")));
		}
		TestResult result = this.results.save(new TestResult(employee.getEnterpriseId(), employeeId, kind, outcome,
				sampledAt, user.getUsername(), TestSource.MANUAL));
		this.results.flush();
		this.events.publishEvent(result.recorded());
		return new TestResultView(result.getId(), employeeId, employee.getName(), kind, outcome, sampledAt,
				Instant.now());
	}

	/** The results of one employee of the caller's enterprise, newest first. */
	@Transactional(readOnly = true)
	Page<TestResultView> ofEmployee(CurrentUser user, long employeeId, Pageable pageable) {
		Employee employee = this.employees.owned(user, employeeId);
		return this.results.search(employee.getEnterpriseId(), employeeId, null, null, null, null, pageable);
	}

	/** The enterprise's results, filtered by the day sampled (Asia/Shanghai), kind and result. */
	@Transactional(readOnly = true)
	Page<TestResultView> search(CurrentUser user, LocalDate day, TestKind kind, TestOutcome outcome,
			Pageable pageable) {
		Instant from = (day != null) ? day.atStartOfDay(TimeFormat.ZONE).toInstant() : null;
		Instant until = (day != null) ? day.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant() : null;
		return this.results.search(user.requireEnterpriseId(), null, from, until, kind, outcome, pageable);
	}

}
