package org.fugong.appeal;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's side of the departments: which department officer account
 * belongs to which department. Every change is audited.
 */
@Service
@RequiredArgsConstructor
class DepartmentService {

	private final Departments departments;

	private final AccountService accounts;

	private final AuditService audit;

	@Transactional(readOnly = true)
	List<Department> all() {
		return this.departments.all();
	}

	@Transactional(readOnly = true)
	List<Departments.Membership> memberships() {
		return this.departments.memberships();
	}

	/** Puts a department officer's account in a department (moving it if it was in another). */
	@Transactional
	String assign(CurrentUser admin, String username, String department) {
		List<FieldProblem> problems = new ArrayList<>();
		AccountSummary account = (username == null) ? null : this.accounts.find(username.trim())
			.filter((a) -> a.role() == Role.DEPARTMENT_OFFICER)
			.orElse(null);
		if (account == null) {
			problems.add(new FieldProblem("username", "admin.departments.notOfficer"));
		}
		if (this.departments.find(department).isEmpty()) {
			problems.add(new FieldProblem("department", "appeal.department.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		this.departments.assign(account.username(), department, admin.getUsername());
		this.audit.record("DEPARTMENT_OFFICER_SET", "ACCOUNT", account.id(), AuditService.SUCCESS,
				account.username() + " -> " + department);
		return account.username();
	}

	@Transactional
	void remove(CurrentUser admin, String username) {
		AccountSummary account = this.accounts.find(username).orElseThrow(() -> new NotFoundException("account"));
		if (!this.departments.remove(account.username())) {
			throw new NotFoundException("account");
		}
		this.audit.record("DEPARTMENT_OFFICER_REMOVED", "ACCOUNT", account.id(), AuditService.SUCCESS,
				account.username());
	}

}
