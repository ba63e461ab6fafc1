package org.fugong.inspection.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inspection.teams.SiteService;
import org.fugong.region.RegionService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 私自复工 cases: the town officer's report of a site working without approval,
 * and the district's handling: the list with its filters, one case with its steps, and moving a case on (registered or applied, stop ordered,
 * closed), each step with a reason, audit-logged.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseService {

	static final int MAX_REASON = 500;

	private final CaseRepository cases;

	private final AuditService audit;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final RegionService regions;

	private final SiteService sites;

	private final Clock clock;

	/**
	 * A site working without approval (私自复工): a registered enterprise of the
	 * town that is not whitelisted, or a site known only by name and address. The
	 * case goes to the district's list.
	 */
	@Transactional
	public CaseView reportUnapproved(CurrentUser officer, Long enterpriseId, String siteName, String address,
			String note) {
		if (!officer.is(Role.TOWN_OFFICER)) {
			throw new AccessDeniedException("Only town officers inspect");
		}
		String name = blankToNull(siteName);
		String where = blankToNull(address);
		String text = blankToNull(note);
		String grid = null;
		if (enterpriseId != null) {
			EnterpriseView enterprise = this.enterprises.profile(officer, enterpriseId);
			if (this.whitelist.standingOf(enterpriseId) == WhitelistStanding.ACTIVE) {
				throw new BusinessRuleException("inspection.unapproved.whitelisted");
			}
			name = (name != null) ? name : enterprise.name();
			where = (where != null) ? where : enterprise.address();
			grid = this.sites.zoneOf(enterpriseId).orElse(null);
		}
		List<FieldProblem> problems = new ArrayList<>();
		require(problems, "siteName", name, 200, "validation.size.max200");
		require(problems, "address", where, 300, "inspection.validation.max300");
		require(problems, "note", text, 1000, "inspection.validation.max1000");
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		String district = this.regions.districtOf(officer.regionCode()).orElseThrow();
		UnapprovedCase saved = this.cases.save(new UnapprovedCase(enterpriseId, name, where, district,
				officer.regionCode(), grid, text, officer.getUsername(), this.clock.instant()));
		this.audit.record("UNAPPROVED_REPORTED", "UNAPPROVED_CASE", saved.toView().id(), AuditService.SUCCESS, name);
		return saved.toView();
	}

	private static void require(List<FieldProblem> problems, String field, String value, int max, String tooLong) {
		if (value == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, tooLong));
		}
	}

	/** The cases of the official's jurisdiction that match the filter. */
	@Transactional(readOnly = true)
	public Page<CaseView> cases(CurrentUser official, CaseFilter filter, Pageable pageable) {
		Jurisdiction scope = official.jurisdiction();
		String town = (scope.townCode() != null) ? scope.townCode() : blankToNull(filter.town());
		return this.cases.search(scope.districtCode(), town, filter.state(), blankToNull(filter.q()), pageable)
			.map(UnapprovedCase::toView);
	}

	/** One case of the official's jurisdiction; any other is "not found". */
	@Transactional(readOnly = true)
	public CaseView detail(CurrentUser official, long id) {
		return visible(official, id).toView();
	}

	/** Moves a case of the district on, with a reason; {@code version} is the one the official saw. */
	@Transactional
	public CaseView handle(CurrentUser official, long id, CaseState to, String reason, Long version) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Cases are handled by the district");
		}
		UnapprovedCase found = visible(official, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (to == null || to == CaseState.OPEN) {
			problems.add(new FieldProblem("state", "validation.required"));
		}
		String why = (reason == null) ? "" : reason.trim();
		if (why.isEmpty()) {
			problems.add(new FieldProblem("reason", "inspection.case.reasonRequired"));
		}
		else if (why.length() > MAX_REASON) {
			problems.add(new FieldProblem("reason", "inspection.case.reasonTooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		if (version != null && version != found.getVersion()) {
			throw new ConflictException("inspection.case.stale");
		}
		CaseState from = found.getState();
		found.handle(to, why, official.getUsername(), this.clock.instant());
		this.cases.flush();
		this.audit.record("UNAPPROVED_CASE_" + to.name(), "UNAPPROVED_CASE", found.getId(), AuditService.SUCCESS,
				from + " -> " + to + ": " + why);
		return found.toView();
	}

	private UnapprovedCase visible(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.cases.findVisible(id, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("case"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
