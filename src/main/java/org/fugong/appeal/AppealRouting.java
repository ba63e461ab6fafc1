package org.fugong.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.Appeal.Transition;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on an item: the district assigns it to an official or a town
 * officer, escalates it to the city (兜底) or transfers it to a functional
 * department (转办); the city transfers what was escalated to it.
 */
@Service
@RequiredArgsConstructor
class AppealRouting {

	private final AppealRepository appeals;

	private final AccountService accounts;

	private final RegionService regions;

	private final Departments departments;

	private final AppealAccess access;

	private final AppealJournal journal;

	/**
	 * Routes the item to the district official themself or to a town officer of
	 * the district. With the version the official saw, of two officials assigning
	 * at once exactly one wins; the other is told that it changed.
	 */
	@Transactional
	void assign(CurrentUser official, long id, String assignee, Long version) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only district officials assign appeals");
		}
		if (assignee == null || assignee.isBlank()) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("assignee", "appeal.assignee.required")));
		}
		Appeal appeal = this.access.inJurisdiction(official, id);
		if (version != null && appeal.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
		}
		String username = assignee.trim();
		if (assignees(official, appeal).stream().noneMatch((a) -> a.username().equals(username))) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("assignee", "appeal.assignee.invalid")));
		}
		String before = appeal.getAssignee();
		Instant now = this.journal.now();
		Transition transition = appeal.assign(username, now);
		this.appeals.flush();
		this.journal.record(appeal, official.getUsername(), (before == null) ? "ASSIGN" : "REASSIGN", transition,
				((before != null) ? before + " → " : "") + username, now);
		if (!username.equals(official.getUsername())) {
			this.journal.notifyOfficial(username, appeal, "inbox.appeal.assigned");
		}
	}

	/**
	 * The district hands an item it cannot solve to the city (兜底), with the
	 * reason; the city's officials are told, and the deadlines stay as they were.
	 */
	@Transactional
	void escalate(CurrentUser official, long id, String reason) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only district officials escalate appeals");
		}
		String text = AppealJournal.requireText(reason, "reason");
		Appeal appeal = this.access.inJurisdiction(official, id);
		Instant now = this.journal.now();
		Transition transition = appeal.escalate(now);
		this.appeals.flush();
		this.journal.record(appeal, official.getUsername(), "ESCALATE", transition, text, now);
		List<String> city = this.regions.find(appeal.getDistrictCode()).map(RegionView::parentCode).stream().toList();
		for (AccountSummary cityOfficial : this.accounts.staffIn(Role.CITY_OFFICIAL, city)) {
			this.journal.notifyOfficial(cityOfficial.username(), appeal, "inbox.appeal.escalated");
		}
	}

	/**
	 * Transfers an item to a functional department (转办) with the reason: the
	 * district does so for its items, the city for what was escalated to it. The
	 * department's officers of that district (and the city's) are told.
	 */
	@Transactional
	void transfer(CurrentUser official, long id, String department, String reason) {
		boolean city = official.is(Role.CITY_OFFICIAL);
		if (!official.is(Role.DISTRICT_OFFICIAL) && !city) {
			throw new AccessDeniedException("Only district and city officials transfer appeals");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Department target = this.departments.find(AppealJournal.blankToNull(department)).orElse(null);
		if (target == null) {
			problems.add(new FieldProblem("department", "appeal.department.invalid"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		String text = AppealJournal.requireText(reason, "reason");
		Appeal appeal = this.access.inJurisdiction(official, id);
		if (city != (appeal.getState() == AppealState.ESCALATED)) {
			// Once escalated, an item is the city's to route; before, the district's.
			throw new AccessDeniedException("Escalated items are transferred by the city, others by the district");
		}
		Instant now = this.journal.now();
		Transition transition = appeal.transfer(target.code(), now);
		this.appeals.flush();
		this.journal.record(appeal, official.getUsername(), "TRANSFER", transition, target.nameZh() + " · " + text,
				now);
		List<String> regions = new ArrayList<>(List.of(appeal.getDistrictCode()));
		this.regions.find(appeal.getDistrictCode()).map(RegionView::parentCode).ifPresent(regions::add);
		List<String> members = this.departments.officers(target.code());
		for (AccountSummary officer : this.accounts.staffIn(Role.DEPARTMENT_OFFICER, regions)) {
			if (members.contains(officer.username())) {
				this.journal.notifyOfficial(officer.username(), appeal, "inbox.appeal.transferred");
			}
		}
	}

	/** The departments an item can be transferred to. */
	@Transactional(readOnly = true)
	List<Department> departments() {
		return this.departments.all();
	}

	/** Whom a district official may route an item to: themself and the district's town officers. */
	@Transactional(readOnly = true)
	List<AccountSummary> assignees(CurrentUser official, long id) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			return List.of();
		}
		return assignees(official, this.access.inJurisdiction(official, id));
	}

	private List<AccountSummary> assignees(CurrentUser official, Appeal appeal) {
		List<AccountSummary> candidates = new ArrayList<>();
		this.accounts.find(official.getUsername()).ifPresent(candidates::add);
		List<String> towns = this.regions.children(appeal.getDistrictCode()).stream().map(RegionView::code).toList();
		candidates.addAll(this.accounts.staffIn(Role.TOWN_OFFICER, towns));
		candidates.addAll(this.accounts.staffIn(Role.DISTRICT_OFFICIAL, List.of(appeal.getDistrictCode()))
			.stream()
			.filter((a) -> !a.username().equals(official.getUsername()))
			.toList());
		return candidates;
	}

}
