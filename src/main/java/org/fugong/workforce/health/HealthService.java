package org.fugong.workforce.health;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.TimeFormat;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.HealthDeclarationView;
import org.fugong.workforce.HealthDeclarations;
import org.fugong.workforce.HealthEntry;
import org.fugong.workforce.HealthSource;
import org.fugong.workforce.Workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health declarations, one per employee and day: a second one the same day
 * corrects the first. The employee must belong to the caller's enterprise (else
 * "not found") and be active; every declaration stored publishes
 * {@link org.fugong.workforce.HealthDeclared} in its transaction.
 */
@Service
@RequiredArgsConstructor
class HealthService implements HealthDeclarations {

	static final String TARGET = "HEALTH_DECLARATION";

	static final String HOLDER = "holder";

	private final HealthDeclarationRepository declarations;

	private final Workforce workforce;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	/** A declaration entered by the enterprise (the roster page or the API). */
	@Transactional
	HealthDeclarationView declare(CurrentUser user, long employeeId, HealthEntry entry, HealthSource source) {
		long enterpriseId = user.requireEnterpriseId();
		EmployeeSummary employee = this.workforce.find(enterpriseId, employeeId)
			.orElseThrow(() -> new NotFoundException("employee"));
		HealthDeclarationView view = store(employee, entry, source, user.getUsername());
		this.audit.recordAs(user.getUsername(), "HEALTH_DECLARED", TARGET, view.id(), AuditService.SUCCESS,
				view.date() + (view.abnormal() ? " abnormal" : ""));
		return view;
	}

	@Override
	@Transactional
	public HealthDeclarationView declareByHolder(long enterpriseId, long employeeId, HealthEntry entry) {
		EmployeeSummary employee = this.workforce.find(enterpriseId, employeeId)
			.orElseThrow(() -> new NotFoundException("employee"));
		HealthDeclarationView view = store(employee, entry, HealthSource.HOLDER, HOLDER);
		this.audit.recordAs(HOLDER, "HEALTH_DECLARED", TARGET, view.id(), AuditService.SUCCESS,
				view.date() + (view.abnormal() ? " abnormal" : ""));
		return view;
	}

	private HealthDeclarationView store(EmployeeSummary employee, HealthEntry entry, HealthSource source,
			String actor) {
		List<FieldProblem> problems = entry.problems(TimeFormat.today());
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		if (!employee.active()) {
			throw new BusinessRuleException("workforce.health.employee.inactive",
					List.of(new FieldProblem("employeeId", "workforce.health.employee.inactive")));
		}
		HealthDeclaration declaration = this.declarations.findByEmployeeIdAndDeclaredOn(employee.id(), entry.date())
			.orElseGet(() -> new HealthDeclaration(employee.enterpriseId(), employee.id(), entry.date()));
		declaration.declare(entry, source, actor);
		try {
			declaration = this.declarations.saveAndFlush(declaration);
		}
		catch (DataIntegrityViolationException ex) {
			// Declared by someone else at the same moment: theirs stands, this one may correct it.
			throw new ConflictException("workforce.health.concurrent");
		}
		this.events.publishEvent(declaration.declared());
		return declaration.toView();
	}

	/** One employee's declarations, newest day first. */
	@Transactional(readOnly = true)
	Page<HealthDeclarationView> ofEmployee(CurrentUser user, long employeeId, Pageable pageable) {
		long enterpriseId = user.requireEnterpriseId();
		this.workforce.find(enterpriseId, employeeId).orElseThrow(() -> new NotFoundException("employee"));
		return this.declarations.findByEnterpriseIdAndEmployeeIdOrderByDeclaredOnDesc(enterpriseId, employeeId, pageable)
			.map(HealthDeclaration::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean held(long employeeId, LocalDate day) {
		return this.declarations.latestAbnormal(employeeId, day).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> heldOf(long enterpriseId, LocalDate day) {
		return new HashSet<>(this.declarations.heldOf(enterpriseId, day));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HealthDeclarationView> of(long employeeId, LocalDate day) {
		return this.declarations.findByEmployeeIdAndDeclaredOn(employeeId, day).map(HealthDeclaration::toView);
	}

}
