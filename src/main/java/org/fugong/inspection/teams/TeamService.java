package org.fugong.inspection.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.region.RegionLevel;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection teams and grid zones: an official of the town (or of its district)
 * forms teams of the town's officers and gives each its zones, and places the
 * town's enterprises in their zones.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TeamService {

	private final TeamRepository teams;

	private final SiteService sites;

	private final RegionService regions;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	/** The teams of the official's jurisdiction. */
	@Transactional(readOnly = true)
	public List<TeamView> teams(CurrentUser official) {
		List<String> towns = towns(official);
		List<InspectionTeam> found = (towns == null) ? this.teams.findAllByOrderByTownCodeAscNameAsc()
				: this.teams.findByTownCodeInOrderByTownCodeAscNameAsc(towns);
		return found.stream().map(InspectionTeam::toView).toList();
	}

	/** The teams the officer belongs to. */
	@Transactional(readOnly = true)
	public List<TeamView> teamsOf(CurrentUser officer) {
		return this.teams.findByMember(officer.getUsername()).stream().map(InspectionTeam::toView).toList();
	}

	/** The towns of the official's jurisdiction that have grid zones, for the team form. */
	public List<RegionView> townsWithZones(CurrentUser official) {
		return zones(official).stream()
			.map(RegionView::parentCode)
			.distinct()
			.map(this.regions::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/** The grid zones of the official's jurisdiction. */
	public List<RegionView> zones(CurrentUser official) {
		List<String> towns = towns(official);
		List<RegionView> zones = new ArrayList<>();
		List<String> scan = (towns != null) ? towns
				: this.regions.districts().stream()
					.flatMap((d) -> this.regions.children(d.code()).stream())
					.map(RegionView::code)
					.toList();
		for (String town : scan) {
			this.regions.children(town).stream().filter((r) -> r.level() == RegionLevel.GRID).forEach(zones::add);
		}
		return zones;
	}

	/**
	 * Forms a team, or changes the members and zones of the team of that name:
	 * members must be town officers of the town, zones grid zones of the town.
	 */
	@Transactional
	public TeamView save(CurrentUser official, String townCode, String name, String leader, List<String> members,
			List<String> zones) {
		requireKeeper(official);
		List<FieldProblem> problems = new ArrayList<>();
		if (townCode == null || townCode.isBlank()) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("townCode", "validation.required")));
		}
		if (!covers(this.regions, official, townCode)) {
			throw new NotFoundException("town");
		}
		String teamName = (name == null) ? "" : name.trim();
		if (teamName.isEmpty()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		else if (teamName.length() > 60) {
			problems.add(new FieldProblem("name", "inspection.validation.max60"));
		}
		Set<String> people = new LinkedHashSet<>();
		for (String member : (members != null) ? members : List.<String>of()) {
			String username = member.trim().toLowerCase(Locale.ROOT);
			if (username.isEmpty()) {
				continue;
			}
			Optional<AccountSummary> account = this.accounts.find(username);
			if (account.isEmpty() || account.get().role() != Role.TOWN_OFFICER
					|| !townCode.equals(account.get().regionCode())) {
				problems.add(new FieldProblem("members", "inspection.team.memberInvalid", username));
			}
			else {
				people.add(username);
			}
		}
		if (people.isEmpty() && problems.stream().noneMatch((p) -> p.field().equals("members"))) {
			problems.add(new FieldProblem("members", "validation.required"));
		}
		Set<String> grids = new LinkedHashSet<>();
		for (String zone : (zones != null) ? zones : List.<String>of()) {
			Optional<RegionView> region = this.regions.find(zone);
			if (region.isEmpty() || region.get().level() != RegionLevel.GRID
					|| !townCode.equals(region.get().parentCode())) {
				problems.add(new FieldProblem("zones", "inspection.team.zoneInvalid", zone));
			}
			else {
				grids.add(zone);
			}
		}
		if (grids.isEmpty() && problems.stream().noneMatch((p) -> p.field().equals("zones"))) {
			problems.add(new FieldProblem("zones", "validation.required"));
		}
		String lead = (leader == null || leader.isBlank()) ? people.stream().findFirst().orElse(null)
				: leader.trim().toLowerCase(Locale.ROOT);
		if (lead != null && !people.contains(lead)) {
			problems.add(new FieldProblem("leader", "inspection.team.leaderNotMember"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		InspectionTeam team = this.teams.findByTownCodeAndName(townCode, teamName).orElse(null);
		try {
			if (team == null) {
				team = this.teams.saveAndFlush(new InspectionTeam(teamName, townCode, lead, people, grids,
						official.getUsername(), this.clock.instant()));
			}
			else {
				team.change(lead, people, grids);
				this.teams.flush();
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("inspection.team.duplicate",
					List.of(new FieldProblem("name", "inspection.team.duplicate")));
		}
		this.audit.record("INSPECTION_TEAM_SAVED", "INSPECTION_TEAM", team.getId(), AuditService.SUCCESS,
				teamName + ": " + people + " " + grids);
		return team.toView();
	}

	/** Places an enterprise of the official's jurisdiction in a grid zone of its town. */
	@Transactional
	public void place(CurrentUser official, long enterpriseId, String gridCode) {
		this.sites.place(official, enterpriseId, gridCode);
	}

	/** The names of the teams, by id (a team that is gone is left out). */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> teamIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.teams.findAllById(teamIds).forEach((t) -> names.put(t.getId(), t.getName()));
		return names;
	}

	/** Whether the town has any team. */
	@Transactional(readOnly = true)
	public boolean anyIn(String townCode) {
		return this.teams.existsByTownCode(townCode);
	}

	/** The towns of the official's jurisdiction; null for the whole city. */
	private List<String> towns(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		if (scope.townCode() != null) {
			return List.of(scope.townCode());
		}
		if (scope.districtCode() != null) {
			return this.regions.children(scope.districtCode()).stream().map(RegionView::code).toList();
		}
		return null;
	}

	static boolean covers(RegionService regions, CurrentUser official, String townCode) {
		Jurisdiction scope = official.jurisdiction();
		return regions.find(townCode).filter((r) -> r.level() == RegionLevel.TOWN).isPresent()
				&& scope.covers(regions.districtOf(townCode).orElse(null), townCode);
	}

	static void requireKeeper(CurrentUser official) {
		if (!official.is(Role.TOWN_OFFICER) && !official.is(Role.DISTRICT_OFFICIAL)) {
			throw new org.springframework.security.access.AccessDeniedException("Teams are the town's and district's");
		}
	}

}
