package org.fugong.workforce;

import java.util.List;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldCipher;
import org.fugong.common.FieldProblem;
import org.fugong.common.IdNumbers;
import org.fugong.common.InvalidInputException;
import org.fugong.common.Masking;
import org.fugong.common.NotFoundException;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.Employee.Details;
import org.fugong.workforce.Employee.SealedIdNumber;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's roster; what other modules may ask of it is {@link EmployeeDirectory}.
 * Every method of the enterprise's pages and API looks the employee up together
 * with the caller's enterprise: another enterprise's employee is "not found".
 * ID numbers arrive in clear, are validated, sealed ({@link #seal}) and never
 * leave again but masked; nothing here logs them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EmployeeService {

	static final String TARGET = "EMPLOYEE";

	private final EmployeeRepository employees;

	private final FieldCipher cipher;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	Page<EmployeeView> search(CurrentUser user, String q, Boolean active, Pageable pageable) {
		String query = (q == null || q.isBlank()) ? null : q.strip();
		String hash = null;
		if (query != null && query.length() == 18) {
			hash = this.cipher.hash(IdNumbers.normalize(query));
		}
		return this.employees.search(user.requireEnterpriseId(), query, hash, active, pageable)
			.map(Employee::toView);
	}

	@Transactional(readOnly = true)
	EmployeeView get(CurrentUser user, long id) {
		return owned(user, id).toView();
	}

	/** The form's values of an employee: the phone in full (the enterprise edits it), never the ID number. */
	@Transactional(readOnly = true)
	EmployeeForm editForm(CurrentUser user, long id) {
		return EmployeeForm.of(owned(user, id));
	}

	/** The active employees by name, for the test-result form's choice (at most {@code limit}). */
	@Transactional(readOnly = true)
	List<EmployeeView> choices(CurrentUser user, int limit) {
		return this.employees.findActiveByName(user.requireEnterpriseId(), PageRequest.of(0, limit))
			.stream()
			.map(Employee::toView)
			.toList();
	}

	@Transactional
	EmployeeView create(CurrentUser user, EmployeeInput input) {
		long enterpriseId = user.requireEnterpriseId();
		String idNumber = requireIdNumber(input.idNumber());
		SealedIdNumber sealed = seal(idNumber);
		if (this.employees.findByEnterpriseIdAndIdNumberHash(enterpriseId, sealed.hash()).isPresent()) {
			throw duplicate();
		}
		Employee employee;
		try {
			employee = this.employees.saveAndFlush(new Employee(enterpriseId, details(input, null), sealed));
		}
		catch (DataIntegrityViolationException ex) {
			// Added by someone else at the same moment: the unique constraint decided.
			throw duplicate();
		}
		this.audit.record("EMPLOYEE_ADDED", TARGET, employee.getId(), AuditService.SUCCESS, sealed.masked());
		return employee.toView();
	}

	@Transactional
	EmployeeView update(CurrentUser user, long id, EmployeeInput input, Long version) {
		Employee employee = owned(user, id);
		if (version == null || version != employee.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Employee.class, id);
		}
		if (input.idNumber() != null && !input.idNumber().isBlank()) {
			SealedIdNumber sealed = seal(requireIdNumber(input.idNumber()));
			if (!sealed.hash().equals(employee.getIdNumberHash())) {
				if (this.employees.findByEnterpriseIdAndIdNumberHash(employee.getEnterpriseId(), sealed.hash())
					.isPresent()) {
					throw duplicate();
				}
				employee.identify(sealed);
			}
		}
		employee.update(details(input, employee.getPhone()));
		try {
			this.employees.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate();
		}
		this.audit.record("EMPLOYEE_UPDATED", TARGET, id, AuditService.SUCCESS, null);
		return employee.toView();
	}

	@Transactional
	EmployeeView deactivate(CurrentUser user, long id) {
		Employee employee = owned(user, id);
		change(employee, Employee::deactivate, "workforce.employee.inactiveAlready", "EMPLOYEE_DEACTIVATED");
		this.events.publishEvent(new EmployeeDeactivated(employee.getEnterpriseId(), id));
		return employee.toView();
	}

	@Transactional
	EmployeeView reactivate(CurrentUser user, long id) {
		Employee employee = owned(user, id);
		change(employee, Employee::reactivate, "workforce.employee.activeAlready", "EMPLOYEE_REACTIVATED");
		return employee.toView();
	}

	/** A guarded change of the employee, refused as a conflict when it is already so; audited. */
	private void change(Employee employee, Consumer<Employee> change, String alreadyKey, String auditAction) {
		try {
			change.accept(employee);
		}
		catch (IllegalStateException ex) {
			throw new ConflictException(alreadyKey);
		}
		this.employees.flush();
		this.audit.record(auditAction, TARGET, employee.getId(), AuditService.SUCCESS, null);
	}

	/** The employee if it belongs to the caller's enterprise, for the other services of the module. */
	Employee owned(CurrentUser user, long id) {
		return this.employees.findByIdAndEnterpriseId(id, user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("employee"));
	}

	/** Encrypts, hashes and masks a valid, normalized ID number. */
	SealedIdNumber seal(String idNumber) {
		return new SealedIdNumber(this.cipher.encrypt(idNumber), this.cipher.hash(idNumber),
				Masking.idNumber(idNumber), idNumber.substring(idNumber.length() - 4));
	}

	private static Details details(EmployeeInput input, String currentPhone) {
		String phone = (input.phone() == null || input.phone().isBlank()) ? currentPhone : input.phone().strip();
		if (phone == null) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("phone", "validation.required")));
		}
		return new Details(input.name().strip(), phone, input.department().strip(), input.role(), input.onSite(),
				blankToNull(input.dormitory()));
	}

	private static String requireIdNumber(String idNumber) {
		String normalized = IdNumbers.normalize(idNumber);
		if (normalized == null || normalized.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("idNumber", "validation.required")));
		}
		if (!IdNumbers.isValid(normalized)) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("idNumber", "workforce.validation.idNumber.invalid")));
		}
		return normalized;
	}

	private static ConflictException duplicate() {
		return new ConflictException("workforce.employee.duplicate",
				List.of(new FieldProblem("idNumber", "workforce.employee.idNumber.taken")));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
