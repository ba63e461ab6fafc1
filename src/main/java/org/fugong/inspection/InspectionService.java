package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.region.RegionService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;
import org.fugong.workforce.Workforce;
import org.fugong.whitelist.WhitelistStanding;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The inspector's side of grid inspections: the day's round of a team, the
 * inspection of one enterprise (which issues a rectification notice at once when
 * an aspect fails), the follow-up visit (回头看) that closes a notice or issues a
 * second one naming it, photos, and the 私自复工 cases. A town officer acts in
 * their own town only; an enterprise elsewhere is "not found".
 */
@Service
public class InspectionService {

	static final String AUDIT_INSPECTION = "INSPECTION";

	static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeFormat.ZONE);

	static final String AUDIT_NOTICE = "RECTIFICATION";

	private final InspectionRepository inspections;

	private final NoticeRepository notices;

	private final StopRepository stops;

	private final TeamRepository teams;

	private final GridSiteRepository sites;

	private final PhotoRepository photos;

	private final CaseRepository cases;

	private final NoticeNumbers numbers;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final RegionService regions;

	private final InboxService inbox;

	private final AuditService audit;

	private final FileStore files;

	private final InspectionProperties properties;

	private final Workforce workforce;

	private final Clock clock;

	InspectionService(InspectionRepository inspections, NoticeRepository notices, StopRepository stops,
			TeamRepository teams, GridSiteRepository sites, PhotoRepository photos, CaseRepository cases,
			NoticeNumbers numbers, EnterpriseService enterprises, WhitelistService whitelist, RegionService regions,
			InboxService inbox, AuditService audit, FileStore files, InspectionProperties properties, Workforce workforce,
			Clock clock) {
		this.workforce = workforce;
		this.inspections = inspections;
		this.notices = notices;
		this.stops = stops;
		this.teams = teams;
		this.sites = sites;
		this.photos = photos;
		this.cases = cases;
		this.numbers = numbers;
		this.enterprises = enterprises;
		this.whitelist = whitelist;
		this.regions = regions;
		this.inbox = inbox;
		this.audit = audit;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records an inspection of an enterprise of the officer's town. Every aspect
	 * needs a verdict, and a failed one a note (400 otherwise, nothing saved). A
	 * failed aspect issues one notice for all the failed aspects, numbered and due
	 * in 24 hours, and tells the enterprise. With {@code followUpOf} it is the
	 * follow-up of that notice: it must cover the notice's aspects, and closes the
	 * notice when they all pass or issues a second notice naming it.
	 */
	@Transactional
	public InspectionOutcome inspect(CurrentUser officer, long enterpriseId, List<AspectInput> aspects,
			Long followUpOf) {
		return inspect(officer, enterpriseId, aspects, followUpOf, Map.of(), this.clock.instant());
	}

	@Transactional
	InspectionOutcome inspect(CurrentUser officer, long enterpriseId, List<AspectInput> aspects, Long followUpOf,
			Map<Aspect, List<MultipartFile>> pictures, Instant at) {
		requireInspector(officer);
		EnterpriseView enterprise = this.enterprises.profile(officer, enterpriseId);
		RectificationNotice followed = null;
		if (followUpOf != null) {
			followed = this.notices.lockById(followUpOf)
				.filter((n) -> n.getEnterpriseId() == enterpriseId)
				.orElseThrow(() -> new NotFoundException("notice"));
			boolean stopped = followed.getState() == NoticeState.ESCALATED && this.stops
				.findByNoticeId(followed.getId())
				.filter((s) -> s.getState() == StopState.IN_FORCE)
				.isPresent();
			if (!followed.getState().isPending() && !stopped) {
				throw new ConflictException("inspection.followUp.notPending");
			}
		}
		List<AspectResult> results = check(aspects, (followed != null) ? followed.aspectSet() : null);
		Site site = siteOf(enterprise);
		Long teamId = teamFor(officer, site.gridCode());
		Inspection inspection = this.inspections.saveAndFlush(
				new Inspection(site, teamId, officer.getUsername(), at, followUpOf, results));
		storePhotos(pictures, inspection.getId(), null, site, officer.getUsername(), at);
		this.audit.record("INSPECTED", AUDIT_INSPECTION, inspection.getId(), AuditService.SUCCESS,
				enterprise.name() + (inspection.isPassed() ? ": passed" : ": failed "
						+ inspection.failed().stream().map((r) -> r.aspect().name()).collect(Collectors.joining(",")))
						+ ((followUpOf != null) ? ", follow-up of notice " + followUpOf : ""));
		RectificationNotice issued = null;
		if (!inspection.isPassed()) {
			issued = issue(site, teamId, inspection, followed, officer.getUsername(), at);
		}
		if (followed != null) {
			if (inspection.isPassed()) {
				followed.close(at);
				this.audit.record("RECTIFICATION_CLOSED", AUDIT_NOTICE, followed.getId(), AuditService.SUCCESS,
						followed.getNumber());
				this.inbox.notifyEnterprise(enterpriseId, "inspection.inbox.closed", List.of(followed.getNumber()),
						"/rectifications/" + followed.getId());
			}
			else if (followed.getState().isPending()) {
				followed.escalate(at);
				this.audit.record("RECTIFICATION_ESCALATED", AUDIT_NOTICE, followed.getId(), AuditService.SUCCESS,
						followed.getNumber() + " followed by " + issued.getNumber());
			}
		}
		return new InspectionOutcome(inspection.getId(), (issued != null) ? issued.getId() : null,
				(issued != null) ? issued.getNumber() : null, followUpOf,
				(followed != null) ? followed.getState() : null);
	}

	/**
	 * The follow-up visit's verdict on a whole notice (the API's {@code /review}):
	 * accepted passes every aspect of the notice, not accepted fails them all with
	 * the note and issues a second notice.
	 */
	@Transactional
	public InspectionOutcome review(CurrentUser officer, long noticeId, boolean accepted, String note) {
		return review(officer, noticeId, accepted, note, this.clock.instant());
	}

	@Transactional
	InspectionOutcome review(CurrentUser officer, long noticeId, boolean accepted, String note, Instant at) {
		requireInspector(officer);
		RectificationNotice notice = this.notices.findVisible(noticeId, null, null, officer.regionCode())
			.orElseThrow(() -> new NotFoundException("notice"));
		String text = (note == null || note.isBlank()) ? null : note.trim();
		if (!accepted && text == null) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("note", "inspection.note.requiredWhenFailed")));
		}
		if (text != null && text.length() > 500) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("note", "inspection.validation.max500")));
		}
		List<AspectInput> aspects = notice.aspectSet().stream().map((a) -> new AspectInput(a, accepted, text)).toList();
		return inspect(officer, notice.getEnterpriseId(), aspects, noticeId, Map.of(), at);
	}

	/** Adds a photo of one aspect to an inspection of the officer's town (checked by content, at most 10 MB). */
	@Transactional
	public PhotoView addPhoto(CurrentUser officer, long inspectionId, Aspect aspect, MultipartFile file) {
		requireInspector(officer);
		Inspection inspection = this.inspections.findVisible(inspectionId, null, officer.regionCode())
			.orElseThrow(() -> new NotFoundException("inspection"));
		if (aspect == null) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("aspect", "validation.required")));
		}
		EnterpriseView enterprise = this.enterprises.profile(officer, inspection.getEnterpriseId());
		FileStore.StoredFile stored = this.files.store(file, FileStore.IMAGES);
		InspectionPhoto photo = this.photos.save(new InspectionPhoto(inspectionId, null, aspect, stored,
				enterprise.id(), enterprise.districtCode(), enterprise.townCode(), officer.getUsername(),
				this.clock.instant()));
		return photo.toView();
	}

	/** The inspection as its town's officers read it. */
	@Transactional(readOnly = true)
	public InspectionView find(CurrentUser officer, long id) {
		var scope = officer.jurisdiction();
		return this.inspections.findVisible(id, scope.districtCode(), scope.townCode())
			.map(Inspection::toView)
			.orElseThrow(() -> new NotFoundException("inspection"));
	}

	/**
	 * The officer's round: the enterprises of the zones of the officer's teams that
	 * are whitelisted (active or suspended) or have a notice waiting, most urgent
	 * first; then by staff on site, most first (the latest daily report's figure, or
	 * the registered staff when the enterprise never reported). A handful of set
	 * queries whatever the size of the zones.
	 */
	@Transactional(readOnly = true)
	public List<RoundItem> round(CurrentUser officer) {
		requireInspector(officer);
		Set<String> zones = new LinkedHashSet<>();
		this.teams.findByMember(officer.getUsername())
			.stream()
			.filter((team) -> team.getTownCode().equals(officer.regionCode()))
			.forEach((team) -> zones.addAll(team.getZones()));
		if (zones.isEmpty()) {
			return List.of();
		}
		List<GridSite> inZones = this.sites.findByGridCodeIn(zones);
		List<Long> ids = inZones.stream().map(GridSite::getEnterpriseId).toList();
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
		for (GridSite site : inZones) {
			EnterpriseView enterprise = found.get(site.getEnterpriseId());
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
			round.add(new RoundItem(enterprise.id(), enterprise.name(), enterprise.address(), site.getGridCode(),
					enterprise.staffCount(), (reported != null) ? reported : enterprise.staffCount(), reported != null,
					(last != null) ? LocalDate.ofInstant(last.getInspectedAt(), TimeFormat.ZONE) : null,
					(last != null) ? last.isPassed() : null, open.size(), noticeId, priority));
		}
		round.sort(Comparator.comparingInt(RoundItem::priority)
			.thenComparing(Comparator.comparingInt(RoundItem::staffOnSite).reversed())
			.thenComparing(RoundItem::name));
		return round;
	}

	/**
	 * A site working without approval (私自复工): a registered enterprise of the
	 * town that is not whitelisted, or a site known only by name and address. The
	 * case goes to the district's list.
	 */
	@Transactional
	public CaseView reportUnapproved(CurrentUser officer, Long enterpriseId, String siteName, String address,
			String note) {
		requireInspector(officer);
		List<FieldProblem> problems = new ArrayList<>();
		String name = trim(siteName);
		String where = trim(address);
		String text = trim(note);
		String grid = null;
		if (enterpriseId != null) {
			EnterpriseView enterprise = this.enterprises.profile(officer, enterpriseId);
			if (this.whitelist.standingOf(enterpriseId) == WhitelistStanding.ACTIVE) {
				throw new BusinessRuleException("inspection.unapproved.whitelisted");
			}
			name = (name != null) ? name : enterprise.name();
			where = (where != null) ? where : enterprise.address();
			grid = this.sites.findById(enterpriseId).map(GridSite::getGridCode).orElse(null);
		}
		if (name == null) {
			problems.add(new FieldProblem("siteName", "validation.required"));
		}
		else if (name.length() > 200) {
			problems.add(new FieldProblem("siteName", "validation.size.max200"));
		}
		if (where == null) {
			problems.add(new FieldProblem("address", "validation.required"));
		}
		else if (where.length() > 300) {
			problems.add(new FieldProblem("address", "inspection.validation.max300"));
		}
		if (text == null) {
			problems.add(new FieldProblem("note", "validation.required"));
		}
		else if (text.length() > 1000) {
			problems.add(new FieldProblem("note", "inspection.validation.max1000"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		String district = this.regions.districtOf(officer.regionCode()).orElseThrow();
		UnapprovedCase saved = this.cases.save(new UnapprovedCase(enterpriseId, name, where, district,
				officer.regionCode(), grid, text, officer.getUsername(), this.clock.instant()));
		this.audit.record("UNAPPROVED_REPORTED", "UNAPPROVED_CASE", saved.toView().id(), AuditService.SUCCESS, name);
		return saved.toView();
	}

	private RectificationNotice issue(Site site, Long teamId, Inspection inspection, RectificationNotice previous,
			String by, Instant at) {
		String number = this.numbers.next(site.townCode(), LocalDate.ofInstant(at, TimeFormat.ZONE));
		RectificationNotice notice = this.notices.saveAndFlush(new RectificationNotice(number, site, teamId,
				inspection.getId(), (previous != null) ? previous.getId() : null, inspection.failed(), by, at,
				at.plus(this.properties.answerWithin())));
		this.audit.record("RECTIFICATION_ISSUED", AUDIT_NOTICE, notice.getId(), AuditService.SUCCESS,
				number + " to " + site.name() + ((previous != null) ? ", after " + previous.getNumber() : ""));
		this.inbox.notifyEnterprise(site.enterpriseId(), "inspection.inbox.issued",
				List.of(number, DUE.format(notice.getDueAt())), "/rectifications/" + notice.getId());
		return notice;
	}

	void storePhotos(Map<Aspect, List<MultipartFile>> pictures, Long inspectionId, Long noticeId, Site site,
			String by, Instant at) {
		for (Map.Entry<Aspect, List<MultipartFile>> entry : pictures.entrySet()) {
			for (MultipartFile file : entry.getValue()) {
				if (file == null || file.isEmpty()) {
					continue;
				}
				FileStore.StoredFile stored = this.files.store(file, FileStore.IMAGES);
				this.photos.save(new InspectionPhoto(inspectionId, noticeId, entry.getKey(), stored,
						site.enterpriseId(), site.districtCode(), site.townCode(), by, at));
			}
		}
	}

	Site siteOf(EnterpriseView enterprise) {
		String grid = this.sites.findById(enterprise.id()).map(GridSite::getGridCode).orElse(null);
		return new Site(enterprise.id(), enterprise.name(), enterprise.districtCode(), enterprise.townCode(), grid);
	}

	/** The officer's team that covers the zone; else the officer's first team; else none. */
	private Long teamFor(CurrentUser officer, String gridCode) {
		List<InspectionTeam> mine = this.teams.findByMember(officer.getUsername());
		return mine.stream()
			.filter((t) -> gridCode != null && t.getZones().contains(gridCode))
			.findFirst()
			.or(() -> mine.stream().findFirst())
			.map(InspectionTeam::getId)
			.orElse(null);
	}

	private static List<AspectResult> check(List<AspectInput> aspects, Set<Aspect> required) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<Aspect, AspectResult> results = new EnumMap<>(Aspect.class);
		List<AspectInput> given = (aspects != null) ? aspects : List.of();
		for (int i = 0; i < given.size(); i++) {
			AspectInput input = given.get(i);
			String field = "aspects[" + i + "]";
			if (input == null || input.aspect() == null) {
				problems.add(new FieldProblem(field + ".aspect", "validation.required"));
				continue;
			}
			if (results.containsKey(input.aspect())) {
				problems.add(new FieldProblem(field + ".aspect", "inspection.aspect.repeated"));
				continue;
			}
			String note = trim(input.note());
			if (input.passed() == null) {
				problems.add(new FieldProblem(field + ".passed", "validation.required"));
				continue;
			}
			if (!input.passed() && note == null) {
				problems.add(new FieldProblem(field + ".note", "inspection.note.requiredWhenFailed"));
			}
			if (note != null && note.length() > 500) {
				problems.add(new FieldProblem(field + ".note", "inspection.validation.max500"));
			}
			results.put(input.aspect(), new AspectResult(input.aspect(), input.passed(), note));
		}
		Set<Aspect> needed = (required != null) ? required : EnumSet.allOf(Aspect.class);
		if (problems.isEmpty() && !results.keySet().containsAll(needed)) {
			problems.add(new FieldProblem("aspects", (required != null) ? "inspection.aspects.followUpIncomplete"
					: "inspection.aspects.incomplete"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		return List.copyOf(results.values());
	}

	private static void requireInspector(CurrentUser user) {
		if (!user.is(Role.TOWN_OFFICER)) {
			throw new AccessDeniedException("Only town officers inspect");
		}
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
