package org.fugong.appeal;

import java.time.Clock;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.fugong.appeal.AppealQueries.Scope;
import org.fugong.common.NotFoundException;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees an item and who acts on it: the enterprise its own, an official
 * those of their jurisdiction, a department officer what was transferred to
 * their department. An item a user may not see is not found (404), never
 * forbidden, so its number says nothing.
 */
@Component
@RequiredArgsConstructor
class AppealAccess {

	private final AppealRepository appeals;

	private final Departments departments;

	private final RegionService regions;

	private final Clock clock;

	Appeal own(CurrentUser user, long id) {
		return this.appeals.findOwn(id, user.requireEnterpriseId()).orElseThrow(() -> new NotFoundException("appeal"));
	}

	Appeal inJurisdiction(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.appeals.findInJurisdiction(id, scope.districtCode(), scope.townCode(), official.getUsername())
			.orElseThrow(() -> new NotFoundException("appeal"));
	}

	Appeal visible(CurrentUser user, long id) {
		if (user.enterpriseId() != null) {
			return own(user, id);
		}
		if (user.isOfficial()) {
			return inJurisdiction(user, id);
		}
		if (user.is(Role.DEPARTMENT_OFFICER)) {
			String department = this.departments.of(user.getUsername()).orElse(null);
			String district = departmentDistrict(user);
			return this.appeals.findById(id)
				.filter((a) -> department != null && department.equals(a.getDepartmentCode()))
				.filter((a) -> district == null || district.equals(a.getDistrictCode()))
				.orElseThrow(() -> new NotFoundException("appeal"));
		}
		throw new NotFoundException("appeal");
	}

	/** What a list of the user's shows. */
	Scope scope(CurrentUser user) {
		if (user.enterpriseId() != null) {
			return new Scope(user.enterpriseId(), null, null, null);
		}
		if (user.is(Role.DEPARTMENT_OFFICER)) {
			// Without a department an officer sees nothing: no code is the empty string.
			return new Scope(null, departmentDistrict(user), null, user.getUsername(),
					this.departments.of(user.getUsername()).orElse(""));
		}
		Jurisdiction jurisdiction = user.jurisdiction();
		return new Scope(null, jurisdiction.districtCode(), jurisdiction.townCode(), user.getUsername());
	}

	/** The district a department officer serves; null for one of the city's departments. */
	private String departmentDistrict(CurrentUser officer) {
		return this.regions.isDistrict(officer.regionCode()) ? officer.regionCode() : null;
	}

	/**
	 * Who answers an item: the district and its towns, except what was escalated,
	 * which only the city answers; a department officer what was transferred to
	 * their department (the only items they see). The city otherwise follows the figures.
	 */
	static boolean acts(CurrentUser user, AppealSummary appeal) {
		boolean escalated = appeal.state() == AppealState.ESCALATED;
		return switch (user.role()) {
			case DISTRICT_OFFICIAL, TOWN_OFFICER, DEPARTMENT_OFFICER -> !escalated;
			case CITY_OFFICIAL -> escalated;
			default -> false;
		};
	}

	void requireActing(CurrentUser user, Appeal appeal) {
		if (!acts(user, summary(appeal, Instant.now(this.clock)))) {
			throw new AccessDeniedException("Not the one to act on this appeal now");
		}
	}

	static AppealSummary summary(Appeal appeal, Instant now) {
		AppealOutcome outcome = appeal.getOutcome();
		return new AppealSummary(appeal.getId(), appeal.getType(), appeal.getSubject(), appeal.getState(),
				appeal.getEnterpriseId(), appeal.getEnterpriseName(), appeal.getDistrictCode(), appeal.getTownCode(),
				appeal.getAssignee(), appeal.getReceivedAt(), appeal.getRound().getDueAt(), appeal.isOverdueAt(now),
				outcome.getResolvedAt(), outcome.getClosedAt(), outcome.getSatisfaction(), appeal.getReopenCount(),
				appeal.getChannel(), appeal.getDepartmentCode());
	}

}
