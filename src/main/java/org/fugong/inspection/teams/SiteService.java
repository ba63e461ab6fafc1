package org.fugong.inspection.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.region.RegionLevel;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where enterprises lie on the grid (九宫格): placing one or many enterprises of
 * a town in one of its zones, the town's enterprises with their zones, and the
 * zone of an enterprise for the round and the forms.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SiteService {

	private final GridSiteRepository sites;

	private final RegionService regions;

	private final EnterpriseService enterprises;

	private final AuditService audit;

	private final Clock clock;

	/** Places an enterprise of the official's jurisdiction in a grid zone of its town. */
	@Transactional
	void place(CurrentUser official, long enterpriseId, String gridCode) {
		TeamService.requireKeeper(official);
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		Optional<RegionView> zone = this.regions.find(gridCode);
		if (zone.isEmpty() || zone.get().level() != RegionLevel.GRID
				|| !enterprise.townCode().equals(zone.get().parentCode())) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("gridCode", "inspection.site.zoneInvalid")));
		}
		put(enterpriseId, this.sites.findById(enterpriseId).orElse(null), gridCode, official);
	}

	/**
	 * The enterprises of a town of the official's jurisdiction, by name or credit
	 * code (part of either), each with the zone it already lies in, by name.
	 */
	@Transactional(readOnly = true)
	public List<SiteRow> sitesOf(CurrentUser official, String townCode, String q) {
		TeamService.requireKeeper(official);
		if (townCode == null || !TeamService.covers(this.regions, official, townCode)) {
			return List.of();
		}
		String query = (q == null) ? "" : q.trim().toLowerCase(Locale.ROOT);
		List<EnterpriseView> found = this.enterprises.allInJurisdiction(official)
			.stream()
			.filter((e) -> townCode.equals(e.townCode()))
			.filter((e) -> query.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(query)
					|| e.creditCode().toLowerCase(Locale.ROOT).contains(query))
			.toList();
		Map<Long, String> placed = new HashMap<>();
		this.sites.findAllById(found.stream().map(EnterpriseView::id).toList())
			.forEach((site) -> placed.put(site.getEnterpriseId(), site.getGridCode()));
		return found.stream()
			.map((e) -> new SiteRow(e.id(), e.name(), e.creditCode(), e.address(), placed.get(e.id())))
			.toList();
	}

	/**
	 * Places the chosen enterprises in one grid zone of their town, or moves them
	 * there: all or none. Returns how many were placed or moved.
	 */
	@Transactional
	public int placeAll(CurrentUser official, String townCode, List<Long> enterpriseIds, String gridCode) {
		TeamService.requireKeeper(official);
		List<FieldProblem> problems = new ArrayList<>();
		boolean townKnown = townCode != null && TeamService.covers(this.regions, official, townCode);
		if (gridCode == null || gridCode.isBlank()) {
			problems.add(new FieldProblem("gridCode", "validation.required"));
		}
		else {
			Optional<RegionView> zone = this.regions.find(gridCode);
			if (!townKnown || zone.isEmpty() || zone.get().level() != RegionLevel.GRID
					|| !townCode.equals(zone.get().parentCode())) {
				problems.add(new FieldProblem("gridCode", "inspection.site.zoneInvalid"));
			}
		}
		Set<Long> chosen = new LinkedHashSet<>();
		if (enterpriseIds != null) {
			enterpriseIds.stream().filter((id) -> id != null).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			problems.add(new FieldProblem("enterpriseIds", "inspection.site.enterpriseRequired"));
		}
		else if (townKnown) {
			Set<Long> ofTown = new HashSet<>();
			this.enterprises.allInJurisdiction(official)
				.stream()
				.filter((e) -> townCode.equals(e.townCode()))
				.forEach((e) -> ofTown.add(e.id()));
			List<Long> strangers = chosen.stream().filter((id) -> !ofTown.contains(id)).toList();
			if (!strangers.isEmpty()) {
				problems.add(new FieldProblem("enterpriseIds", "inspection.site.enterpriseInvalid",
						strangers.size()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		Map<Long, GridSite> existing = new HashMap<>();
		this.sites.findAllById(chosen).forEach((site) -> existing.put(site.getEnterpriseId(), site));
		for (Long id : chosen) {
			put(id, existing.get(id), gridCode, official);
		}
		return chosen.size();
	}

	/** The zone an enterprise lies in, if placed. */
	@Transactional(readOnly = true)
	public Optional<String> zoneOf(long enterpriseId) {
		return this.sites.findById(enterpriseId).map(GridSite::getGridCode);
	}

	/** The enterprises placed in the zones, each with its zone, in the order the zones' sites are stored. */
	@Transactional(readOnly = true)
	public Map<Long, String> placedIn(Collection<String> zones) {
		Map<Long, String> placed = new LinkedHashMap<>();
		this.sites.findByGridCodeIn(zones).forEach((s) -> placed.put(s.getEnterpriseId(), s.getGridCode()));
		return placed;
	}

	private void put(long enterpriseId, GridSite site, String gridCode, CurrentUser official) {
		if (site == null) {
			this.sites.save(new GridSite(enterpriseId, gridCode, official.getUsername(), this.clock.instant()));
		}
		else {
			site.move(gridCode, official.getUsername(), this.clock.instant());
		}
		this.audit.record("GRID_SITE_PLACED", "ENTERPRISE", enterpriseId, AuditService.SUCCESS, gridCode);
	}

}
