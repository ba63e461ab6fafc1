package org.fugong.liaison;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.TimeFormat;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
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

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning liaison officers, their visits and their messages. Who may see an
 * enterprise is the enterprise module's answer ({@link EnterpriseService#profile});
 * who may act on it is decided here: town officers and district officials of its
 * region assign, only the current liaison logs visits, the enterprise and its
 * liaison write to each other.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LiaisonService {

	private static final String ENTERPRISE_LINK = "/enterprise/liaison";

	private final LiaisonAssignmentRepository assignments;

	private final LiaisonVisitRepository visits;

	private final LiaisonMessageRepository messages;

	private final LiaisonQueries queries;

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	private final InboxService inbox;

	private final AuditService audit;

	private final RegionService regions;

	private final Clock clock;

	/**
	 * Makes {@code officer} the enterprise's liaison, ending the previous officer's
	 * term. The officer must be an enabled town officer of the enterprise's town or
	 * a district official of its district; naming the current liaison again changes nothing.
	 */
	@Transactional
	public LiaisonView assign(CurrentUser official, long enterpriseId, String officer) {
		if (!official.is(Role.TOWN_OFFICER) && !official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only town officers and district officials assign liaisons");
		}
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		AccountSummary account = eligibleOfficer(enterprise, officer);
		Optional<LiaisonAssignment> current = this.assignments.findByEnterpriseIdAndEndedAtIsNull(enterpriseId);
		if (current.isPresent() && current.get().isHeldBy(account.username())) {
			return this.queries.summaryOf(enterpriseId).orElseThrow();
		}
		Instant now = this.clock.instant();
		current.ifPresent((previous) -> {
			previous.end(official.getUsername(), now);
			this.inbox.notifyUser(previous.getOfficer(), "liaison.notice.ended", List.of(enterprise.name()),
					"/liaison");
		});
		try {
			this.assignments.flush();
			this.assignments.saveAndFlush(new LiaisonAssignment(enterpriseId, enterprise.name(),
					enterprise.districtCode(), enterprise.townCode(), account.username(), account.displayName(),
					official.getUsername(), now));
		}
		catch (DataIntegrityViolationException ex) {
			// Another official assigned a liaison at the same moment: the unique index decides.
			throw new ConflictException("liaison.assign.conflict", List.of());
		}
		this.inbox.notifyEnterprise(enterpriseId, "liaison.notice.assigned", List.of(account.displayName()),
				ENTERPRISE_LINK);
		this.inbox.notifyUser(account.username(), "liaison.notice.assignedToYou", List.of(enterprise.name()),
				officerLink(enterpriseId));
		this.audit.record("LIAISON_ASSIGNED", "ENTERPRISE", enterpriseId, AuditService.SUCCESS, account.username());
		return this.queries.summaryOf(enterpriseId).orElseThrow();
	}

	/**
	 * Ends the current liaison's term without naming another (the officer has left,
	 * or the enterprise no longer needs one); visits and messages stay on record.
	 */
	@Transactional
	public void end(CurrentUser official, long enterpriseId) {
		if (!official.is(Role.TOWN_OFFICER) && !official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only town officers and district officials end a liaison's term");
		}
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		LiaisonAssignment current = this.assignments.findByEnterpriseIdAndEndedAtIsNull(enterpriseId)
			.orElseThrow(() -> new BusinessRuleException("liaison.none"));
		current.end(official.getUsername(), this.clock.instant());
		this.inbox.notifyUser(current.getOfficer(), "liaison.notice.ended", List.of(enterprise.name()), "/liaison");
		this.audit.record("LIAISON_ENDED", "ENTERPRISE", enterpriseId, AuditService.SUCCESS, current.getOfficer());
	}

	/** The officers the caller may name for the enterprise: its town's officers and its district's officials. */
	@Transactional(readOnly = true)
	public List<AccountSummary> candidates(CurrentUser official, long enterpriseId) {
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		List<AccountSummary> candidates = new ArrayList<>(
				this.accounts.staffIn(Role.TOWN_OFFICER, List.of(enterprise.townCode())));
		candidates.addAll(this.accounts.staffIn(Role.DISTRICT_OFFICIAL, List.of(enterprise.districtCode())));
		return candidates;
	}

	/** The liaison logs a visit to one of their enterprises. */
	@Transactional
	public VisitView logVisit(CurrentUser officer, long enterpriseId, VisitInput input) {
		LiaisonAssignment assignment = heldBy(officer, enterpriseId);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TimeFormat.ZONE);
		LocalDate since = LocalDate.ofInstant(assignment.getAssignedAt(), TimeFormat.ZONE);
		if (input.date().isAfter(today)) {
			problems.add(new FieldProblem("date", "liaison.visit.date.future"));
		}
		else if (input.date().isBefore(since)) {
			problems.add(new FieldProblem("date", "liaison.visit.date.beforeAssignment"));
		}
		if (input.followUpOn() != null && input.followUpOn().isBefore(input.date())) {
			problems.add(new FieldProblem("followUpOn", "liaison.visit.followUp.beforeVisit"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("liaison.visit.invalid", problems);
		}
		LiaisonVisit visit = this.visits.save(new LiaisonVisit(assignment, input, this.clock.instant()));
		this.audit.record("LIAISON_VISIT_LOGGED", "ENTERPRISE", enterpriseId, AuditService.SUCCESS,
				input.date().toString());
		return visit.toView(assignment.getOfficerName());
	}

	/** The enterprise writes to its liaison, who is told in their inbox. */
	@Transactional
	public MessageView writeToLiaison(CurrentUser enterpriseUser, String text) {
		long enterpriseId = enterpriseUser.requireEnterpriseId();
		LiaisonAssignment assignment = this.assignments.findByEnterpriseIdAndEndedAtIsNull(enterpriseId)
			.orElseThrow(() -> new BusinessRuleException("liaison.none"));
		LiaisonMessage message = this.messages.save(new LiaisonMessage(assignment, enterpriseUser.getUsername(),
				enterpriseUser.displayName(), false, text.strip(), this.clock.instant()));
		this.inbox.notifyUser(assignment.getOfficer(), "liaison.notice.message",
				List.of(assignment.getEnterpriseName()), officerLink(enterpriseId));
		return message.toView();
	}

	/** The liaison answers the enterprise, which is told in its inbox. */
	@Transactional
	public MessageView writeToEnterprise(CurrentUser officer, long enterpriseId, String text) {
		LiaisonAssignment assignment = heldBy(officer, enterpriseId);
		LiaisonMessage message = this.messages.save(new LiaisonMessage(assignment, officer.getUsername(),
				assignment.getOfficerName(), true, text.strip(), this.clock.instant()));
		this.inbox.notifyEnterprise(enterpriseId, "liaison.notice.reply", List.of(assignment.getOfficerName()),
				ENTERPRISE_LINK);
		return message.toView();
	}

	/** The liaison page of an enterprise the caller may see: the enterprise itself or officials of its region. */
	@Transactional(readOnly = true)
	public LiaisonDetail detail(CurrentUser user, long enterpriseId) {
		EnterpriseView enterprise = this.enterprises.profile(user, enterpriseId);
		Optional<LiaisonView> liaison = this.queries.summaryOf(enterpriseId);
		List<VisitView> visitViews = this.queries.visitsOf(enterpriseId);
		List<MessageView> messageViews = this.messages.findByEnterpriseIdOrderBySentAtAscIdAsc(enterpriseId)
			.stream()
			.map(LiaisonMessage::toView)
			.toList();
		boolean mine = liaison.isPresent() && user.enterpriseId() == null
				&& liaison.get().officer().equalsIgnoreCase(user.getUsername());
		return new LiaisonDetail(enterpriseId, enterprise.name(), liaison.orElse(null), visitViews, messageViews, mine);
	}

	/** The enterprises the caller is liaison for, follow-ups due first. */
	@Transactional(readOnly = true)
	public List<LiaisonView> mine(CurrentUser officer) {
		return this.queries.firmsOf(officer.getUsername());
	}

	/**
	 * An enterprise's current liaison and their visits' totals, for features acting
	 * on behalf of the system (the enterprise file checks the caller first).
	 */
	@Transactional(readOnly = true)
	public Optional<LiaisonView> summaryOf(long enterpriseId) {
		return this.queries.summaryOf(enterpriseId);
	}

	/** Every visit to the enterprise, newest first, for features acting on behalf of the system. */
	@Transactional(readOnly = true)
	public List<VisitView> visitsOf(long enterpriseId) {
		return this.queries.visitsOf(enterpriseId);
	}

	/**
	 * The figures of a region within the caller's jurisdiction (null: all of it)
	 * between two days; a region outside it is "not found".
	 */
	@Transactional(readOnly = true)
	public LiaisonFigures figures(CurrentUser official, String region, LocalDate from, LocalDate to) {
		Jurisdiction scope = official.jurisdiction();
		if (region != null && !region.isBlank()) {
			RegionView view = this.regions.find(region.strip()).orElseThrow(() -> new NotFoundException("region"));
			String own = (scope.townCode() != null) ? scope.townCode() : scope.districtCode();
			if (own != null && !this.regions.isWithin(view.code(), own)) {
				throw new NotFoundException("region");
			}
			scope = switch (view.level()) {
				case CITY -> Jurisdiction.EVERYWHERE;
				case DISTRICT -> Jurisdiction.district(view.code());
				case TOWN -> Jurisdiction.town(view.code());
				case GRID -> throw new NotFoundException("region");
			};
		}
		return figures(scope, from, to);
	}

	/** The same for a jurisdiction the caller has been checked for (the dashboard's filter). */
	@Transactional(readOnly = true)
	public LiaisonFigures figures(Jurisdiction scope, LocalDate from, LocalDate to) {
		return this.queries.figures(scope, from, to);
	}

	private LiaisonAssignment heldBy(CurrentUser officer, long enterpriseId) {
		this.enterprises.profile(officer, enterpriseId);
		return this.assignments.findByEnterpriseIdAndEndedAtIsNull(enterpriseId)
			.filter((a) -> a.isHeldBy(officer.getUsername()))
			.orElseThrow(() -> new AccessDeniedException("Not the enterprise's liaison officer"));
	}

	private AccountSummary eligibleOfficer(EnterpriseView enterprise, String officer) {
		List<FieldProblem> problem = List.of(new FieldProblem("officer", "liaison.officer.invalid"));
		if (officer == null || officer.isBlank()) {
			throw new InvalidInputException("liaison.assign.invalid",
					List.of(new FieldProblem("officer", "validation.required")));
		}
		AccountSummary account = this.accounts.find(officer.strip())
			.orElseThrow(() -> new InvalidInputException("liaison.assign.invalid", problem));
		boolean fits = account.enabled() && ((account.role() == Role.TOWN_OFFICER
				&& enterprise.townCode().equals(account.regionCode()))
				|| (account.role() == Role.DISTRICT_OFFICIAL && enterprise.districtCode().equals(account.regionCode())));
		if (!fits) {
			throw new InvalidInputException("liaison.assign.invalid", problem);
		}
		return account;
	}

	static String officerLink(long enterpriseId) {
		return "/enterprises/" + enterpriseId + "/liaison";
	}

}
