package org.fugong.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rectification notices after they are issued: the lists (an enterprise's own,
 * an official's jurisdiction, scoped in the query), one notice with its answers,
 * photos and follow-ups, the enterprise's answer and the overdue job's step.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RectificationService {

	private static final Logger log = LoggerFactory.getLogger(RectificationService.class);

	private final NoticeRepository notices;

	private final InspectionRepository inspections;

	private final StopRepository stops;

	private final TeamService teams;

	private final PhotoRepository photos;

	private final InspectionService inspectionService;

	private final StopService stopService;

	private final EnterpriseService enterprises;

	private final InboxService inbox;

	private final AuditService audit;

	private final Clock clock;

	/** The notices the caller may see (own enterprise's, or the jurisdiction's), filtered. */
	@Transactional(readOnly = true)
	public Page<NoticeSummary> search(CurrentUser user, NoticeFilter filter, Pageable pageable) {
		CallerScope scope = CallerScope.of(user);
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
				stop, stop == null && this.stopService.stoppable(notice));
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

	private RectificationNotice visible(CurrentUser user, long id) {
		CallerScope scope = CallerScope.of(user);
		return this.notices.findVisible(id, scope.enterprise(), scope.district(), scope.town())
			.orElseThrow(() -> new NotFoundException("notice"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
