package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inspection.teams.SiteService;
import org.fugong.inspection.teams.TeamService;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.Workforce;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The day's round of a town officer over the zones of the officer's teams. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoundService {

	private final InspectionRepository inspections;

	private final NoticeRepository notices;

	private final TeamService teams;

	private final SiteService sites;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final Workforce workforce;

	private final Clock clock;

	/**
	 * The officer's round: the enterprises of the zones of the officer's teams that
	 * are whitelisted (active or suspended) or have a notice waiting, most urgent
	 * first; then by staff on site, most first (the latest daily report's figure, or
	 * the registered staff when the enterprise never reported). A handful of set
	 * queries whatever the size of the zones.
	 */
	@Transactional(readOnly = true)
	public List<RoundItem> round(CurrentUser officer) {
		InspectionService.requireInspector(officer);
		Set<String> zones = new LinkedHashSet<>();
		this.teams.teamsOf(officer)
			.stream()
			.filter((team) -> team.townCode().equals(officer.regionCode()))
			.forEach((team) -> zones.addAll(team.zones()));
		if (zones.isEmpty()) {
			return List.of();
		}
		Map<Long, String> inZones = this.sites.placedIn(zones);
		List<Long> ids = List.copyOf(inZones.keySet());
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, EnterpriseView> found = new HashMap<>();
		this.enterprises.findAll(ids)
			.stream()
			.filter((e) -> officer.regionCode().equals(e.townCode()))
			.forEach((e) -> found.put(e.id(), e));
		Map<Long, List<RectificationNotice>> pending = this.notices.findPendingOf(ids)
			.stream()
			.collect(Collectors.groupingBy(RectificationNotice::getEnterpriseId));
		Map<Long, WhitelistStanding> standings = this.whitelist.standingsOf(ids);
		Map<Long, Integer> onSite = this.workforce.latestStaffOnSite(ids);
		Map<Long, Inspection> latest = new HashMap<>();
		this.inspections.findLatestOf(ids).forEach((i) -> latest.merge(i.getEnterpriseId(), i,
				(a, b) -> a.getInspectedAt().isAfter(b.getInspectedAt()) ? a : b));
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, TimeFormat.ZONE);
		List<RoundItem> round = new ArrayList<>();
		for (Map.Entry<Long, String> site : inZones.entrySet()) {
			EnterpriseView enterprise = found.get(site.getKey());
			if (enterprise == null) {
				continue;
			}
			List<RectificationNotice> open = pending.getOrDefault(enterprise.id(), List.of());
			if (open.isEmpty() && standings.get(enterprise.id()) == WhitelistStanding.NOT_LISTED) {
				continue;
			}
			Inspection last = latest.get(enterprise.id());
			int priority;
			if (open.stream().anyMatch((n) -> n.getDueAt().isBefore(now))) {
				priority = 1;
			}
			else if (open.stream().anyMatch((n) -> !LocalDate.ofInstant(n.getDueAt(), TimeFormat.ZONE).isAfter(today))) {
				priority = 2;
			}
			else if (last != null && !last.isPassed()) {
				priority = 3;
			}
			else if (last == null) {
				priority = 4;
			}
			else {
				priority = 5;
			}
			Long noticeId = open.stream()
				.min(Comparator.comparing(RectificationNotice::getDueAt))
				.map(RectificationNotice::getId)
				.orElse(null);
			Integer reported = onSite.get(enterprise.id());
			round.add(new RoundItem(enterprise.id(), enterprise.name(), enterprise.address(), site.getValue(),
					enterprise.staffCount(), (reported != null) ? reported : enterprise.staffCount(), reported != null,
					(last != null) ? LocalDate.ofInstant(last.getInspectedAt(), TimeFormat.ZONE) : null,
					(last != null) ? last.isPassed() : null, open.size(), noticeId, priority));
		}
		round.sort(Comparator.comparingInt(RoundItem::priority)
			.thenComparing(Comparator.comparingInt(RoundItem::staffOnSite).reversed())
			.thenComparing(RoundItem::name));
		return round;
	}

}
