package org.fugong.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fugong.appeal.Appeal.Deadlines;
import org.fugong.appeal.Appeal.Transition;
import org.fugong.appeal.AppealMessage.Kind;
import org.fugong.appeal.AppealQueries.Level;
import org.fugong.appeal.AppealQueries.Scope;
import org.fugong.appeal.RejectedApplications.RejectedApplication;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.WorkingCalendar;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Appeals and demands and their life cycle. Every change runs in one
 * transaction with its history entry, its audit entry and the notices it
 * causes; an upheld appeal against a rejection publishes
 * {@link RejectionOverturned} in the same transaction.
 */
@Service
public class AppealService {

	static final int MAX_ATTACHMENTS = 5;

	private static final Set<Kind> CONVERSATION = EnumSet.of(Kind.CONTENT, Kind.REPLY, Kind.ANSWER);

	private final AppealRepository appeals;

	private final AppealMessageRepository messages;

	private final AppealEventRepository events;

	private final AppealAttachmentRepository attachments;

	private final AppealQueries queries;

	private final RejectedApplications rejected;

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	private final RegionService regions;

	private final InboxService inbox;

	private final AuditService audit;

	private final FileStore files;

	private final WorkingCalendar calendar;

	private final AppealProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Departments departments;

	private final Clock clock;

	AppealService(AppealRepository appeals, AppealMessageRepository messages, AppealEventRepository events,
			AppealAttachmentRepository attachments, AppealQueries queries, RejectedApplications rejected,
			EnterpriseService enterprises, AccountService accounts, RegionService regions, InboxService inbox,
			AuditService audit, FileStore files, WorkingCalendar calendar, AppealProperties properties,
			ApplicationEventPublisher publisher, Departments departments, Clock clock) {
		this.appeals = appeals;
		this.messages = messages;
		this.events = events;
		this.attachments = attachments;
		this.queries = queries;
		this.rejected = rejected;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.regions = regions;
		this.inbox = inbox;
		this.audit = audit;
		this.files = files;
		this.calendar = calendar;
		this.properties = properties;
		this.publisher = publisher;
		this.departments = departments;
		this.clock = clock;
	}

	// ---- the enterprise

	@Transactional
	long file(CurrentUser user, AppealInput input, List<MultipartFile> uploads) {
		EnterpriseView enterprise = this.enterprises.profile(user, user.requireEnterpriseId());
		Long applicationId = null;
		if (input.type() == AppealType.APPLICATION_REJECTED) {
			if (input.applicationId() == null) {
				throw new InvalidInputException("problem.400.invalid",
						List.of(new FieldProblem("applicationId", "appeal.application.required")));
			}
			RejectedApplication application = this.rejected.find(enterprise.id(), input.applicationId())
				.orElseThrow(() -> new BusinessRuleException("appeal.application.notRejected",
						List.of(new FieldProblem("applicationId", "appeal.application.notRejected"))));
			if (this.appeals.existsByApplicationIdAndStateNot(application.id(), AppealState.CLOSED)) {
				throw openAppealExists();
			}
			applicationId = application.id();
		}
		Instant now = now();
		return create(user, new Appeal(enterprise.id(), enterprise.name(), enterprise.districtCode(),
				enterprise.townCode(), input.type(), input.subject().trim(), input.content().trim(), applicationId,
				deadlines(now)), uploads, now);
	}

	/**
	 * An official logs a demand that came by the hotline or at the counter, on
	 * behalf of an enterprise of their jurisdiction (else 404). It then runs as
	 * if the enterprise had filed it: the same deadlines, answers and rating.
	 */
	@Transactional
	long fileOnBehalf(CurrentUser official, long enterpriseId, AppealChannel channel, AppealInput input,
			List<MultipartFile> uploads) {
		if (!official.isOfficial()) {
			throw new AccessDeniedException("Only officials log demands on an enterprise's behalf");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (channel == null) {
			problems.add(new FieldProblem("channel", "validation.required"));
		}
		if (input.type() == AppealType.APPLICATION_REJECTED) {
			problems.add(new FieldProblem("type", "appeal.onBehalf.rejectionByEnterprise"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		Instant now = now();
		return create(official, new Appeal(enterprise.id(), enterprise.name(), enterprise.districtCode(),
				enterprise.townCode(), input.type(), input.subject().trim(), input.content().trim(), channel,
				official.getUsername(), deadlines(now)), uploads, now);
	}

	private long create(CurrentUser user, Appeal filed, List<MultipartFile> uploads, Instant now) {
		List<MultipartFile> files = present(uploads);
		if (files.size() > MAX_ATTACHMENTS) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("files", "appeal.attachments.tooMany", MAX_ATTACHMENTS)));
		}
		Appeal appeal;
		try {
			appeal = this.appeals.saveAndFlush(filed);
		}
		catch (DataIntegrityViolationException ex) {
			throw openAppealExists();
		}
		for (MultipartFile file : files) {
			StoredFile stored = this.files.store(file, FileStore.DOCUMENTS_AND_IMAGES);
			this.attachments.save(new AppealAttachment(appeal.getId(), stored, user.getUsername(), now));
		}
		this.messages.save(new AppealMessage(appeal.getId(), now, user.getUsername(), user.role().name(),
				Kind.CONTENT, appeal.getContent()));
		this.events.save(new AppealEvent(appeal.getId(), now, user.getUsername(), "SUBMIT", null,
				AppealState.SUBMITTED, appeal.getSubject()
						+ ((appeal.getFiledBy() != null) ? " · " + appeal.getChannel() : "")));
		this.audit.record("APPEAL_SUBMITTED", "APPEAL", appeal.getId(), AuditService.SUCCESS,
				appeal.getType() + ((appeal.getApplicationId() != null) ? " application " + appeal.getApplicationId() : "")
						+ ((appeal.getFiledBy() != null) ? " on behalf, " + appeal.getChannel() : ""));
		notifyEnterprise(appeal, "inbox.appeal.SUBMITTED");
		for (AccountSummary official : this.accounts.staffIn(Role.DISTRICT_OFFICIAL, List.of(appeal.getDistrictCode()))) {
			if (official.username().equals(user.getUsername())) {
				continue;
			}
			this.inbox.notifyUser(official.username(), "inbox.appeal.new",
					List.of(Long.toString(appeal.getId()), appeal.getEnterpriseName(), appeal.getSubject()),
					"/appeals/" + appeal.getId());
		}
		return appeal.getId();
	}

	@Transactional
	void close(CurrentUser user, long id, int satisfaction, String comment) {
		if (satisfaction < 1 || satisfaction > 5) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("satisfaction", "appeal.satisfaction.range")));
		}
		Appeal appeal = own(user, id);
		Instant now = now();
		String cleanComment = blankToNull(comment);
		Transition transition = appeal.close(satisfaction, cleanComment, now);
		this.appeals.flush();
		record(appeal, user.getUsername(), "CLOSE", transition,
				satisfaction + "/5" + ((cleanComment != null) ? " " + cleanComment : ""), now);
		notifyAssignee(appeal, "inbox.appeal.rated", Integer.toString(satisfaction));
	}

	@Transactional
	void reopen(CurrentUser user, long id, String reason) {
		String text = requireText(reason, "reason");
		Appeal appeal = own(user, id);
		Instant now = now();
		Transition transition = appeal.reopen(Duration.ofDays(this.properties.reopenDays()), deadlines(now));
		this.appeals.flush();
		this.messages.save(new AppealMessage(id, now, user.getUsername(), Role.ENTERPRISE.name(), Kind.REPLY, text));
		record(appeal, user.getUsername(), "REOPEN", transition, text, now);
		notifyEnterprise(appeal, "inbox.appeal.REOPENED");
		notifyAssignee(appeal, "inbox.appeal.reopened", text);
	}

	/** Adds a file to the enterprise's own open item (PDF or image, checked by content). */
	@Transactional
	AppealDetail.Attachment attach(CurrentUser user, long id, MultipartFile upload) {
		Appeal appeal = own(user, id);
		if (appeal.getState() == AppealState.CLOSED) {
			throw new AppealTransitionException(appeal.getState(), "ATTACH");
		}
		if (this.attachments.of(id).size() >= MAX_ATTACHMENTS) {
			throw new BusinessRuleException("appeal.attachments.tooMany",
					List.of(new FieldProblem("file", "appeal.attachments.tooMany", MAX_ATTACHMENTS)));
		}
		StoredFile stored = this.files.store(upload, FileStore.DOCUMENTS_AND_IMAGES);
		AppealAttachment attachment = this.attachments.save(new AppealAttachment(id, stored, user.getUsername(), now()));
		this.audit.record("APPEAL_ATTACHMENT_ADDED", "APPEAL", id, AuditService.SUCCESS,
				stored.originalName() + " " + stored.sha256());
		return attachment.toView();
	}

	// ---- both sides

	/** A line in the conversation: the enterprise's reply or an official's answer that changes no state. */
	@Transactional
	void message(CurrentUser user, long id, String text) {
		String clean = requireText(text, "text");
		Appeal appeal = visible(user, id);
		Instant now = now();
		if (user.enterpriseId() != null) {
			if (appeal.getState() == AppealState.CLOSED) {
				throw new AppealTransitionException(appeal.getState(), "REPLY");
			}
			this.messages.save(new AppealMessage(id, now, user.getUsername(), Role.ENTERPRISE.name(), Kind.REPLY, clean));
			this.audit.record("APPEAL_REPLY", "APPEAL", id, AuditService.SUCCESS, null);
			notifyAssignee(appeal, "inbox.appeal.replied", appeal.getSubject());
			return;
		}
		requireActing(user, appeal);
		if (appeal.getState() == AppealState.CLOSED) {
			throw new AppealTransitionException(appeal.getState(), "MESSAGE");
		}
		this.messages.save(new AppealMessage(id, now, user.getUsername(), user.role().name(), Kind.ANSWER, clean));
		this.audit.record("APPEAL_MESSAGE", "APPEAL", id, AuditService.SUCCESS, null);
		notifyEnterprise(appeal, "inbox.appeal.message");
	}

	// ---- the officials

	@Transactional
	void note(CurrentUser official, long id, String text) {
		String clean = requireText(text, "text");
		Appeal appeal = visible(official, id);
		requireActing(official, appeal);
		this.messages.save(new AppealMessage(id, now(), official.getUsername(), official.role().name(), Kind.NOTE,
				clean));
		this.audit.record("APPEAL_NOTE", "APPEAL", appeal.getId(), AuditService.SUCCESS, null);
	}

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
		Appeal appeal = inJurisdiction(official, id);
		if (version != null && appeal.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
		}
		String username = assignee.trim();
		if (assignees(official, appeal).stream().noneMatch((a) -> a.username().equals(username))) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("assignee", "appeal.assignee.invalid")));
		}
		String before = appeal.getAssignee();
		Instant now = now();
		Transition transition = appeal.assign(username, now);
		this.appeals.flush();
		record(appeal, official.getUsername(), (before == null) ? "ASSIGN" : "REASSIGN", transition,
				((before != null) ? before + " → " : "") + username, now);
		if (!username.equals(official.getUsername())) {
			this.inbox.notifyUser(username, "inbox.appeal.assigned",
					List.of(Long.toString(id), appeal.getEnterpriseName(), appeal.getSubject()), "/appeals/" + id);
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
		String text = requireText(reason, "reason");
		Appeal appeal = inJurisdiction(official, id);
		Instant now = now();
		Transition transition = appeal.escalate(now);
		this.appeals.flush();
		record(appeal, official.getUsername(), "ESCALATE", transition, text, now);
		List<String> city = this.regions.find(appeal.getDistrictCode()).map(RegionView::parentCode).stream().toList();
		for (AccountSummary cityOfficial : this.accounts.staffIn(Role.CITY_OFFICIAL, city)) {
			this.inbox.notifyUser(cityOfficial.username(), "inbox.appeal.escalated",
					List.of(Long.toString(id), appeal.getEnterpriseName(), appeal.getSubject()), "/appeals/" + id);
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
		Department target = this.departments.find(blankToNull(department)).orElse(null);
		if (target == null) {
			problems.add(new FieldProblem("department", "appeal.department.invalid"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		String text = requireText(reason, "reason");
		Appeal appeal = inJurisdiction(official, id);
		if (city != (appeal.getState() == AppealState.ESCALATED)) {
			// Once escalated, an item is the city's to route; before, the district's.
			throw new AccessDeniedException("Escalated items are transferred by the city, others by the district");
		}
		Instant now = now();
		Transition transition = appeal.transfer(target.code(), now);
		this.appeals.flush();
		record(appeal, official.getUsername(), "TRANSFER", transition, target.nameZh() + " · " + text, now);
		List<String> regions = new ArrayList<>(List.of(appeal.getDistrictCode()));
		this.regions.find(appeal.getDistrictCode()).map(RegionView::parentCode).ifPresent(regions::add);
		List<String> members = this.departments.officers(target.code());
		for (AccountSummary officer : this.accounts.staffIn(Role.DEPARTMENT_OFFICER, regions)) {
			if (members.contains(officer.username())) {
				this.inbox.notifyUser(officer.username(), "inbox.appeal.transferred",
						List.of(Long.toString(id), appeal.getEnterpriseName(), appeal.getSubject()), "/appeals/" + id);
			}
		}
	}

	/** The departments an item can be transferred to. */
	@Transactional(readOnly = true)
	public List<Department> departments() {
		return this.departments.all();
	}

	/**
	 * An official's answer; {@code resolved} makes it the final answer of this
	 * round. On an appeal against a rejection the final answer says whether it
	 * is upheld (the application goes back to the enterprise) or dismissed (it
	 * stays rejected, and the answer says why).
	 */
	@Transactional
	void respond(CurrentUser official, long id, String answer, boolean resolved, Boolean upheld, Long version) {
		String text = requireText(answer, "answer");
		Appeal appeal = visible(official, id);
		requireActing(official, appeal);
		if (version != null && appeal.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
		}
		if (resolved && appeal.getType() == AppealType.APPLICATION_REJECTED && upheld == null) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("upheld", "appeal.upheld.required")));
		}
		Instant now = now();
		Transition transition = appeal.respond(official.getUsername(), resolved, upheld, now);
		this.appeals.flush();
		this.messages.save(new AppealMessage(id, now, official.getUsername(), official.role().name(), Kind.ANSWER, text));
		String action = !resolved ? "ANSWER"
				: (appeal.getUpheld() == null) ? "RESOLVE" : (appeal.getUpheld() ? "UPHOLD" : "DISMISS");
		record(appeal, official.getUsername(), action, transition, text, now);
		notifyEnterprise(appeal, "inbox.appeal." + transition.to());
		if (Boolean.TRUE.equals(appeal.getUpheld()) && appeal.getApplicationId() != null) {
			this.publisher.publishEvent(new RejectionOverturned(id, appeal.getApplicationId(),
					appeal.getEnterpriseId(), official.getUsername(), official.role().name(), text, now));
		}
	}

	/**
	 * Closes, unrated, every item answered longer ago than the window allows. An
	 * enterprise rating one at that very moment wins or loses on the version: never both.
	 */
	@Transactional
	public int closeUnratedAnswers() {
		Instant now = now();
		List<Long> due = this.appeals.answeredBefore(now.minus(Duration.ofDays(this.properties.autoCloseDays())));
		int closed = 0;
		for (Long id : due) {
			Appeal appeal = this.appeals.findById(id).orElse(null);
			if (appeal == null || appeal.getLastAnsweredAt() == null
					|| (appeal.getState() != AppealState.ANSWERED && appeal.getState() != AppealState.RESOLVED)) {
				continue;
			}
			Transition transition = appeal.closeUnrated(now);
			record(appeal, "system", "AUTO_CLOSE", transition, null, now);
			notifyEnterprise(appeal, "inbox.appeal.autoClosed");
			closed++;
		}
		this.appeals.flush();
		return closed;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public AppealDetail detail(CurrentUser user, long id) {
		Appeal appeal = visible(user, id);
		boolean official = user.enterpriseId() == null;
		List<AppealDetail.Message> conversation = this.messages.of(id, CONVERSATION)
			.stream()
			.map(AppealMessage::toView)
			.toList();
		List<AppealDetail.Message> notes = official
				? this.messages.of(id, EnumSet.of(Kind.NOTE)).stream().map(AppealMessage::toView).toList() : null;
		Instant now = now();
		return new AppealDetail(summary(appeal, now), appeal.getContent(), appeal.getApplicationId(),
				appeal.getAssignee(), appeal.getFirstResponseDueAt(), appeal.getResolutionDueAt(),
				appeal.getFirstRespondedAt(), appeal.getResolvedAt(), appeal.getClosedAt(), appeal.isAutoClosed(),
				appeal.getSatisfaction(), appeal.getRatingComment(), appeal.getUpheld(), appeal.getReopenCount(),
				appeal.isReopenableAt(now, Duration.ofDays(this.properties.reopenDays())), appeal.getVersion(),
				conversation, notes, this.events.history(id).stream().map(AppealEvent::toView).toList(),
				this.attachments.of(id).stream().map(AppealAttachment::toView).toList(), appeal.getFiledBy(),
				appeal.getEscalatedAt(), this.departments.find(appeal.getDepartmentCode()).orElse(null),
				appeal.getTransferredAt());
	}

	/**
	 * The appeals a user may see, filtered and paged: the enterprise's own, or
	 * those of the official's jurisdiction (a town officer: their town's and those
	 * assigned to them). Summaries only, nothing internal.
	 */
	@Transactional(readOnly = true)
	public Page<AppealSummary> list(CurrentUser user, AppealFilter filter, Pageable pageable) {
		return this.queries.page(scope(user), filter, pageable, now());
	}

	/** How many of the official's items are due today, overdue, and still open. */
	@Transactional(readOnly = true)
	public QueueCounts counts(CurrentUser official) {
		Scope scope = scope(official);
		Instant now = now();
		return new QueueCounts(
				this.queries.count(scope, new AppealFilter(null, null, null, null, false, true, null), now),
				this.queries.count(scope, new AppealFilter(null, null, null, null, true, false, null), now));
	}

	/** The counts at the top of the officials' queue. */
	public record QueueCounts(long dueToday, long overdue) {
	}

	/**
	 * The user's own queue in one query: the items waiting for them to act and how
	 * many of those are overdue. The city's queue is what was escalated to it; a
	 * department's what was transferred to it; the district's and a town's the
	 * open items neither escalated nor transferred.
	 */
	@Transactional(readOnly = true)
	public Pending pending(CurrentUser user) {
		List<AppealState> states = switch (user.role()) {
			case CITY_OFFICIAL -> List.of(AppealState.ESCALATED);
			case DEPARTMENT_OFFICER -> List.of(AppealState.TRANSFERRED, AppealState.REOPENED);
			default -> List.of(AppealState.SUBMITTED, AppealState.ASSIGNED, AppealState.REOPENED);
		};
		AppealQueries.Pending pending = this.queries.pending(scope(user), states, now());
		return new Pending(pending.waiting(), pending.overdue());
	}

	/** How many items wait for the user, and how many of those are overdue. */
	public record Pending(long waiting, long overdue) {
	}

	/**
	 * The figures of a region (city, district or town code; null or the city's code
	 * for everywhere) for the items received between two dates, inclusive.
	 */
	@Transactional(readOnly = true)
	public AppealFigures figures(String region, LocalDate from, LocalDate to) {
		Level level = Level.CITY;
		if (region != null) {
			RegionView view = this.regions.find(region).orElseThrow(() -> new NotFoundException("region"));
			level = switch (view.level()) {
				case DISTRICT -> Level.DISTRICT;
				case TOWN -> Level.TOWN;
				case CITY -> Level.CITY;
				default -> throw new InvalidInputException("problem.400.invalid",
						List.of(new FieldProblem("region", "appeal.figures.regionLevel")));
			};
		}
		return this.queries.figures((level == Level.CITY) ? null : region, level, from, to, now());
	}

	/** The figures an official may see: of their jurisdiction, or a region within it (else 404). */
	@Transactional(readOnly = true)
	public AppealFigures figuresFor(CurrentUser official, String region, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("to", "appeal.figures.range")));
		}
		String own = official.is(Role.CITY_OFFICIAL) ? null : official.regionCode();
		if (region == null || region.isBlank()) {
			return figures(own, from, to);
		}
		if (own != null && !region.equals(own) && !this.regions.isWithin(region, own)) {
			throw new NotFoundException("region");
		}
		return figures(region, from, to);
	}

	/** The enterprise's rejected applications it may still appeal against. */
	@Transactional(readOnly = true)
	List<RejectedApplication> contestable(CurrentUser user) {
		return this.rejected.of(user.requireEnterpriseId())
			.stream()
			.filter((a) -> !this.appeals.existsByApplicationIdAndStateNot(a.id(), AppealState.CLOSED))
			.toList();
	}

	/** Whom a district official may route an item to: themself and the district's town officers. */
	@Transactional(readOnly = true)
	List<AccountSummary> assignees(CurrentUser official, long id) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			return List.of();
		}
		return assignees(official, inJurisdiction(official, id));
	}

	@Transactional(readOnly = true)
	AttachmentDownload attachment(CurrentUser user, long id, long attachmentId) {
		visible(user, id);
		AppealAttachment attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getAppealId() == id)
			.orElseThrow(() -> new NotFoundException("attachment"));
		return new AttachmentDownload(attachment.toView(), this.files.load(attachment.getStorageKey()));
	}

	record AttachmentDownload(AppealDetail.Attachment attachment, Resource content) {
	}

	// ---- helpers

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

	Deadlines deadlines(Instant start) {
		return new Deadlines(start, this.calendar.after(start, this.properties.firstResponseDays()),
				this.calendar.after(start, this.properties.resolutionDays()));
	}

	private void record(Appeal appeal, String actor, String action, Transition transition, String detail,
			Instant now) {
		this.events.save(new AppealEvent(appeal.getId(), now, actor, action, transition.from(), transition.to(),
				detail));
		this.audit.recordAs(actor, "APPEAL_" + action, "APPEAL", appeal.getId(), AuditService.SUCCESS,
				transition.from() + " -> " + transition.to());
	}

	private void notifyEnterprise(Appeal appeal, String key) {
		this.inbox.notifyEnterprise(appeal.getEnterpriseId(), key,
				List.of(Long.toString(appeal.getId()), appeal.getSubject()), "/appeals/" + appeal.getId());
	}

	private void notifyAssignee(Appeal appeal, String key, String detail) {
		if (appeal.getAssignee() != null) {
			this.inbox.notifyUser(appeal.getAssignee(), key,
					List.of(Long.toString(appeal.getId()), appeal.getEnterpriseName(), detail),
					"/appeals/" + appeal.getId());
		}
	}

	private Scope scope(CurrentUser user) {
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

	private Appeal own(CurrentUser user, long id) {
		return this.appeals.findOwn(id, user.requireEnterpriseId()).orElseThrow(() -> new NotFoundException("appeal"));
	}

	private Appeal inJurisdiction(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.appeals.findInJurisdiction(id, scope.districtCode(), scope.townCode(), official.getUsername())
			.orElseThrow(() -> new NotFoundException("appeal"));
	}

	private Appeal visible(CurrentUser user, long id) {
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

	private void requireActing(CurrentUser user, Appeal appeal) {
		if (!acts(user, summary(appeal, now()))) {
			throw new AccessDeniedException("Not the one to act on this appeal now");
		}
	}

	private static String requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem(field, "validation.required")));
		}
		if (text.length() > 4000) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem(field, "appeal.text.tooLong")));
		}
		return text.trim();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static List<MultipartFile> present(List<MultipartFile> uploads) {
		return (uploads == null) ? List.of() : uploads.stream().filter((f) -> f != null && !f.isEmpty()).toList();
	}

	private static ConflictException openAppealExists() {
		return new ConflictException("appeal.application.openAppeal",
				List.of(new FieldProblem("applicationId", "appeal.application.openAppeal")));
	}

	AppealSummary summary(Appeal appeal, Instant now) {
		return new AppealSummary(appeal.getId(), appeal.getType(), appeal.getSubject(), appeal.getState(),
				appeal.getEnterpriseId(), appeal.getEnterpriseName(), appeal.getDistrictCode(), appeal.getTownCode(),
				appeal.getAssignee(), appeal.getReceivedAt(), appeal.getDueAt(), appeal.isOverdueAt(now),
				appeal.getResolvedAt(), appeal.getClosedAt(), appeal.getSatisfaction(), appeal.getReopenCount(),
				appeal.getChannel(), appeal.getDepartmentCode());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
