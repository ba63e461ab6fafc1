package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.inspection.teams.SiteService;
import org.fugong.inspection.teams.TeamService;
import org.fugong.inspection.teams.TeamView;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The inspector's side of grid inspections: the day's round of a team, the
 * inspection of one enterprise (which issues a rectification notice at once when
 * an aspect fails), the follow-up visit (回头看) that closes a notice or issues a
 * second one naming it, and photos. A town officer acts in
 * their own town only; an enterprise elsewhere is "not found".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InspectionService {

	static final String AUDIT_INSPECTION = "INSPECTION";

	static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeFormat.ZONE);

	static final String AUDIT_NOTICE = "RECTIFICATION";

	private final InspectionRepository inspections;

	private final NoticeRepository notices;

	private final StopRepository stops;

	private final TeamService teams;

	private final SiteService sites;

	private final PhotoRepository photos;

	private final NoticeNumbers numbers;

	private final EnterpriseService enterprises;

	private final InboxService inbox;

	private final AuditService audit;

	private final FileStore files;

	private final InspectionProperties properties;

	private final Clock clock;

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
		List<AspectResult> results = AspectInput.check(aspects, (followed != null) ? followed.aspectSet() : null);
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
		String grid = this.sites.zoneOf(enterprise.id()).orElse(null);
		return new Site(enterprise.id(), enterprise.name(), enterprise.districtCode(), enterprise.townCode(), grid);
	}

	/** The officer's team that covers the zone; else the officer's first team; else none. */
	private Long teamFor(CurrentUser officer, String gridCode) {
		List<TeamView> mine = this.teams.teamsOf(officer);
		return mine.stream()
			.filter((t) -> gridCode != null && t.zones().contains(gridCode))
			.findFirst()
			.or(() -> mine.stream().findFirst())
			.map(TeamView::id)
			.orElse(null);
	}

	static void requireInspector(CurrentUser user) {
		if (!user.is(Role.TOWN_OFFICER)) {
			throw new AccessDeniedException("Only town officers inspect");
		}
	}

}
