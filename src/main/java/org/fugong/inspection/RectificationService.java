package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.inspection.teams.TeamService;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rectification notices after they are issued: the lists (an enterprise's own,
 * an official's jurisdiction, scoped in the query), one notice with its answers,
 * photos and follow-ups, the enterprise's answer, the overdue job's step, and the
 * district's production stop and its lifting through the whitelist module.
 */
@Service
public class RectificationService {

	private static final Logger log = LoggerFactory.getLogger(RectificationService.class);

	static final String AUDIT_STOP = "PRODUCTION_STOP";

	private final NoticeRepository notices;

	private final InspectionRepository inspections;

	private final StopRepository stops;

	private final TeamService teams;

	private final PhotoRepository photos;

	private final InspectionService inspectionService;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final InboxService inbox;

	private final AuditService audit;

	private final InspectionProperties properties;

	private final Clock clock;

	RectificationService(NoticeRepository notices, InspectionRepository inspections, StopRepository stops,
			TeamService teams, PhotoRepository photos, InspectionService inspectionService,
			EnterpriseService enterprises, WhitelistService whitelist, InboxService inbox, AuditService audit,
			InspectionProperties properties, Clock clock) {
		this.notices = notices;
		this.inspections = inspections;
		this.stops = stops;
		this.teams = teams;
		this.photos = photos;
		this.inspectionService = inspectionService;
		this.enterprises = enterprises;
		this.whitelist = whitelist;
		this.inbox = inbox;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The notices the caller may see (own enterprise's, or the jurisdiction's), filtered. */
	@Transactional(readOnly = true)
	public Page<NoticeSummary> search(CurrentUser user, NoticeFilter filter, Pageable pageable) {
		Scope scope = Scope.of(user);
		NoticeFilter f = (filter != null) ? filter : NoticeFilter.ALL;
		return this.notices
			.search(scope.enterprise(), scope.district(), scope.town(), blankToNull(f.gridCode()), f.teamId(),
					f.state(), pageable)
			.map(RectificationNotice::toSummary);
	}

	/**
	 * The notices waiting for the official's jurisdiction (answered, or unanswered
	 * past their deadline) and how many of them are overdue, in one query.
	 */
	@Transactional(readOnly = true)
	public NoticeQueue queue(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		NoticeRepository.ReviewQueue queue = this.notices.reviewQueue(scope.districtCode(), scope.townCode());
		return new NoticeQueue(queue.getWaiting(), queue.getOverdue());
	}

	/** How many notices wait for the officials, and how many of them are overdue. */
	public record NoticeQueue(long waiting, long overdue) {
	}

	/** One notice with everything about it, for its enterprise and the officials of its region. */
	@Transactional(readOnly = true)
	public NoticeDetail detail(CurrentUser user, long id) {
		RectificationNotice notice = visible(user, id);
		Set<Aspect> aspects = notice.aspectSet();
		List<PhotoView> pictures = new ArrayList<>();
		this.photos.findByInspectionIdOrderById(notice.getInspectionId())
			.stream()
			.map(InspectionPhoto::toView)
			.filter((p) -> aspects.contains(p.aspect()))
			.forEach(pictures::add);
		this.photos.findByNoticeIdOrderById(id).stream().map(InspectionPhoto::toView).forEach(pictures::add);
		NoticeDetail.Reference previous = (notice.getPreviousId() != null)
				? this.notices.findById(notice.getPreviousId())
					.map((n) -> new NoticeDetail.Reference(n.getId(), n.getNumber()))
					.orElse(null)
				: null;
		NoticeDetail.Reference next = this.notices.findByPreviousId(id)
			.map((n) -> new NoticeDetail.Reference(n.getId(), n.getNumber()))
			.orElse(null);
		String teamName = (notice.getTeamId() != null)
				? this.teams.namesOf(List.of(notice.getTeamId())).get(notice.getTeamId()) : null;
		String address = this.enterprises.find(notice.getEnterpriseId()).map((e) -> e.address()).orElse("");
		StopView stop = this.stops.findByNoticeId(id).map(ProductionStop::toView).orElse(null);
		return new NoticeDetail(notice.getId(), notice.getNumber(), notice.getEnterpriseId(),
				notice.getEnterpriseName(), address, notice.getDistrictCode(), notice.getTownCode(),
				notice.getGridCode(), teamName, notice.getState(), notice.getIssuedAt(), notice.getIssuedBy(),
				notice.getDueAt(), notice.getAnsweredAt(), notice.answeredInTime(), notice.getOverdueAt(),
				notice.getClosedAt(), notice.getVersion(), notice.aspectLines(),
				notice.aspectLines()
					.stream()
					.filter((line) -> line.answer() != null)
					.map((line) -> new NoticeDetail.Answer(line.aspect(), line.answer(), notice.getAnsweredAt()))
					.toList(),
				pictures, previous, next,
				this.inspections.findByFollowUpOfOrderByInspectedAtAsc(id).stream().map(Inspection::toView).toList(),
				stop, stop == null && stoppable(notice));
	}

	/**
	 * The enterprise answers its notice, aspect by aspect, with photos. An aspect
	 * without its own answer takes the general note; with neither, the answer is
	 * refused (400). An overdue notice may still be answered, and stays late.
	 */
	@Transactional
	public NoticeSummary respond(CurrentUser user, long id, Map<Aspect, String> answers, String note,
			Map<Aspect, List<MultipartFile>> pictures) {
		return respond(user, id, answers, note, pictures, this.clock.instant());
	}

	@Transactional
	NoticeSummary respond(CurrentUser user, long id, Map<Aspect, String> answers, String note,
			Map<Aspect, List<MultipartFile>> pictures, Instant at) {
		long enterpriseId = user.requireEnterpriseId();
		RectificationNotice notice = this.notices.findVisible(id, enterpriseId, null, null)
			.orElseThrow(() -> new NotFoundException("notice"));
		String general = blankToNull(note);
		Map<Aspect, String> texts = new EnumMap<>(Aspect.class);
		List<FieldProblem> problems = new ArrayList<>();
		for (Aspect aspect : notice.aspectSet()) {
			String text = (answers != null) ? blankToNull(answers.get(aspect)) : null;
			text = (text != null) ? text : general;
			if (text == null) {
				problems.add(new FieldProblem((answers != null && !answers.isEmpty()) ? "answers[" + aspect + "]"
						: "note", "inspection.answer.required"));
			}
			else if (text.length() > 1000) {
				problems.add(new FieldProblem("answers[" + aspect + "]", "inspection.validation.max1000"));
			}
			else {
				texts.put(aspect, text);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("inspection.invalid", problems);
		}
		try {
			notice.answer(texts, user.getUsername(), at);
		}
		catch (IllegalStateException ex) {
			throw new ConflictException("inspection.answer.notOpen");
		}
		Site site = new Site(enterpriseId, notice.getEnterpriseName(), notice.getDistrictCode(), notice.getTownCode(),
				notice.getGridCode());
		this.inspectionService.storePhotos((pictures != null) ? pictures : Map.of(), null, id, site,
				user.getUsername(), at);
		this.notices.flush();
		this.audit.record("RECTIFICATION_ANSWERED", InspectionService.AUDIT_NOTICE, id, AuditService.SUCCESS,
				notice.getNumber() + (notice.answeredInTime() ? " in time" : " late"));
		return notice.toSummary();
	}

	/**
	 * The district orders a production stop on a notice of its district: allowed
	 * when the notice went overdue or one of its aspects failed before within the
	 * repeat window (422 otherwise). Every active whitelist entry of the
	 * enterprise is suspended, so its passes stop verifying at the gate.
	 */
	@Transactional
	public StopView stop(CurrentUser official, long noticeId, String reason) {
		return stop(official, noticeId, reason, this.clock.instant());
	}

	@Transactional
	StopView stop(CurrentUser official, long noticeId, String reason, Instant at) {
		requireDistrict(official);
		RectificationNotice notice = this.notices.findVisible(noticeId, null, official.regionCode(), null)
			.orElseThrow(() -> new NotFoundException("notice"));
		String why = requireReason(reason);
		if (!this.stops.findByEnterpriseIdAndState(notice.getEnterpriseId(), StopState.IN_FORCE).isEmpty()) {
			throw new ConflictException("inspection.stop.inForce");
		}
		if (!stoppable(notice)) {
			throw new BusinessRuleException("inspection.stop.notAllowed");
		}
		notice.escalate(at);
		List<Long> suspended = this.whitelist.suspendAllForStop(notice.getEnterpriseId(),
				"停工停产 " + notice.getNumber() + ": " + why, official.getUsername());
		ProductionStop stop;
		try {
			stop = this.stops.saveAndFlush(new ProductionStop(notice, why, official.getUsername(), at, suspended));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("inspection.stop.inForce");
		}
		this.audit.record("PRODUCTION_STOPPED", AUDIT_STOP, stop.getId(), AuditService.SUCCESS,
				notice.getEnterpriseName() + " on " + notice.getNumber() + ": " + why + "; whitelist entries "
						+ suspended);
		this.inbox.notifyEnterprise(notice.getEnterpriseId(), "inspection.inbox.stopped",
				List.of(notice.getNumber(), why), "/rectifications/" + noticeId);
		return stop.toView();
	}

	/**
	 * Lifts a stop of the district: only after a follow-up of its notice, made
	 * after the stop, passed every aspect (422 otherwise). Restores the whitelist
	 * entries the stop suspended.
	 */
	@Transactional
	public StopView lift(CurrentUser official, long stopId, String reason) {
		requireDistrict(official);
		ProductionStop stop = this.stops.findVisible(stopId, official.regionCode(), null)
			.orElseThrow(() -> new NotFoundException("stop"));
		String why = requireReason(reason);
		if (stop.getState() != StopState.IN_FORCE) {
			throw new ConflictException("inspection.lift.notInForce");
		}
		List<Inspection> passing = this.inspections.findPassingFollowUps(stop.getNoticeId(), stop.getOrderedAt());
		if (passing.isEmpty()) {
			throw new BusinessRuleException("inspection.lift.needsFollowUp");
		}
		Instant now = this.clock.instant();
		stop.lift(why, official.getUsername(), now, passing.get(0).getId());
		this.whitelist.restoreAfterStop(stop.suspendedEntries(), "复工 " + why, official.getUsername());
		this.stops.flush();
		this.audit.record("PRODUCTION_STOP_LIFTED", AUDIT_STOP, stopId, AuditService.SUCCESS,
				why + "; follow-up inspection " + passing.get(0).getId());
		this.inbox.notifyEnterprise(stop.getEnterpriseId(), "inspection.inbox.lifted", List.of(why),
				"/rectifications/" + stop.getNoticeId());
		return stop.toView();
	}

	/** The stops of the caller's jurisdiction (or own enterprise), in force first. */
	@Transactional(readOnly = true)
	public Page<StopView> stops(CurrentUser user, StopState state, Pageable pageable) {
		Scope scope = Scope.of(user);
		return this.stops.search(scope.enterprise(), scope.district(), scope.town(), state, pageable)
			.map(ProductionStop::toView);
	}

	/** Marks every open notice past its deadline as overdue; answers how many. */
	@Transactional
	public int markOverdue() {
		Instant now = this.clock.instant();
		List<RectificationNotice> due = this.notices.findDue(now);
		for (RectificationNotice notice : due) {
			notice.markOverdue(now);
			this.audit.recordAs("system", "RECTIFICATION_OVERDUE", InspectionService.AUDIT_NOTICE, notice.getId(),
					AuditService.SUCCESS, notice.getNumber());
		}
		if (!due.isEmpty()) {
			log.info("{} rectification notices went overdue", due.size());
		}
		return due.size();
	}

	/**
	 * Whether the district may stop production on the notice: it is still
	 * pending, and it went overdue or one of its aspects failed on an earlier
	 * notice of the enterprise within the repeat window.
	 */
	boolean stoppable(RectificationNotice notice) {
		if (!notice.getState().isPending()) {
			return false;
		}
		if (notice.getState() == NoticeState.OVERDUE || notice.getOverdueAt() != null) {
			return true;
		}
		Set<Aspect> aspects = notice.aspectSet();
		return this.notices
			.findIssuedBetween(notice.getEnterpriseId(), notice.getId(),
					notice.getIssuedAt().minus(this.properties.repeatWindow()), notice.getIssuedAt())
			.stream()
			.anyMatch((earlier) -> earlier.aspectSet().stream().anyMatch(aspects::contains));
	}

	private RectificationNotice visible(CurrentUser user, long id) {
		Scope scope = Scope.of(user);
		return this.notices.findVisible(id, scope.enterprise(), scope.district(), scope.town())
			.orElseThrow(() -> new NotFoundException("notice"));
	}

	private static void requireDistrict(CurrentUser user) {
		if (!user.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only district officials order and lift stops");
		}
	}

	private static String requireReason(String reason) {
		String why = blankToNull(reason);
		if (why == null) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("reason", "validation.required")));
		}
		if (why.length() > 500) {
			throw new InvalidInputException("inspection.invalid",
					List.of(new FieldProblem("reason", "inspection.validation.max500")));
		}
		return why;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** Where a caller's reads are scoped: their own enterprise, or their jurisdiction. */
	private record Scope(Long enterprise, String district, String town) {

		static Scope of(CurrentUser user) {
			if (user.enterpriseId() != null) {
				return new Scope(user.enterpriseId(), null, null);
			}
			if (!user.isOfficial()) {
				throw new AccessDeniedException("Neither an enterprise nor an official");
			}
			Jurisdiction j = user.jurisdiction();
			return new Scope(null, j.districtCode(), j.townCode());
		}

	}

}
