package org.fugong.pass;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.SmsOutbox;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.pass.PassWriter.Written;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.TestStanding;
import org.fugong.workforce.Workforce;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worker passes (员工一码返岗) and the passes of approved vehicle trips: issuing
 * them (only while the enterprise is actively whitelisted), renewing, revoking,
 * a new link for the holder, and what the enterprise and officials may see of
 * them. An enterprise sees its own passes, an official those of their
 * jurisdiction; anyone else's pass is "not found".
 */
@Service
public class PassService {

	/** The reason kept when the system revokes: a message key, shown in the reader's language. */
	static final String REVOKED_WHITELIST = "pass.revokedBy.whitelist";

	static final String REVOKED_EMPLOYEE = "pass.revokedBy.employee";

	private final PassRepository passes;

	private final PassWriter writer;

	private final Workforce workforce;

	private final WhitelistService whitelist;

	private final EnterpriseService enterprises;

	private final AuditService audit;

	private final PassProperties properties;

	private final HolderLinks links;

	private final SmsOutbox sms;

	private final MessageSource messages;

	private final VerificationCache cache;

	private final Clock clock;

	PassService(PassRepository passes, PassWriter writer, Workforce workforce, WhitelistService whitelist,
			EnterpriseService enterprises, AuditService audit, PassProperties properties, HolderLinks links,
			SmsOutbox sms, MessageSource messages, VerificationCache cache, Clock clock) {
		this.cache = cache;
		this.links = links;
		this.sms = sms;
		this.messages = messages;
		this.passes = passes;
		this.writer = writer;
		this.workforce = workforce;
		this.whitelist = whitelist;
		this.enterprises = enterprises;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Issues a pass to one employee; the answer carries the holder's link, which is not kept. */
	@Transactional
	public Issued issueWorker(CurrentUser user, long employeeId, Instant validFrom, Instant validTo) {
		EnterpriseView enterprise = whitelistedEnterprise(user);
		Instant now = now();
		Validity validity = validity(validFrom, validTo, now);
		EmployeeSummary employee = this.workforce.find(enterprise.id(), employeeId)
			.orElseThrow(() -> new NotFoundException("employee"));
		if (!employee.active()) {
			throw new BusinessRuleException("pass.employee.inactive");
		}
		TestStanding standing = this.workforce.standing(employeeId, now);
		if (standing != TestStanding.OK) {
			throw new BusinessRuleException("pass.test." + standing.name().toLowerCase());
		}
		if (!this.passes.activeOfEmployee(employeeId, now).isEmpty()) {
			throw new ConflictException("pass.duplicate");
		}
		Written written = this.writer
			.write(List.of(workerDraft(enterprise, employee, validity)), user.getUsername(), now)
			.get(0);
		remember(List.of(written));
		textHolders(enterprise, List.of(written));
		this.audit.recordAs(user.getUsername(), "PASS_ISSUE", "pass", written.id(), AuditService.SUCCESS, "employee " + employeeId);
		return new Issued(view(user, this.passes.findById(written.id()).orElseThrow(), enterprise), written.holderLink());
	}

	/**
	 * Issues a pass to every active employee who has none in date and whose tests
	 * meet the district's rule; answers how many were issued and why the others
	 * were left out.
	 */
	@Transactional
	public BulkIssue issueAllEligible(CurrentUser user, Instant validFrom, Instant validTo) {
		EnterpriseView enterprise = whitelistedEnterprise(user);
		Instant now = now();
		Validity validity = validity(validFrom, validTo, now);
		List<EmployeeSummary> active = this.workforce.active(enterprise.id());
		Map<Long, TestStanding> standings = this.workforce.standings(enterprise.id(), now);
		Set<Long> holding = new HashSet<>(this.passes.employeesHoldingActivePasses(enterprise.id(), now));
		Map<Skipped, Integer> skipped = new EnumMap<>(Skipped.class);
		List<PassDraft> drafts = new ArrayList<>();
		for (EmployeeSummary employee : active) {
			TestStanding standing = standings.getOrDefault(employee.id(), TestStanding.OVERDUE);
			if (holding.contains(employee.id())) {
				skipped.merge(Skipped.ALREADY_HOLDS, 1, Integer::sum);
			}
			else if (standing == TestStanding.POSITIVE) {
				skipped.merge(Skipped.TEST_POSITIVE, 1, Integer::sum);
			}
			else if (standing == TestStanding.OVERDUE) {
				skipped.merge(Skipped.TEST_OVERDUE, 1, Integer::sum);
			}
			else {
				drafts.add(workerDraft(enterprise, employee, validity));
			}
		}
		List<Written> written = this.writer.write(drafts, user.getUsername(), now);
		remember(written);
		textHolders(enterprise, written);
		this.audit.recordAs(user.getUsername(), "PASS_ISSUE_ALL", "enterprise", enterprise.id(), AuditService.SUCCESS,
				written.size() + " passes");
		return new BulkIssue(written.size(), skipped.getOrDefault(Skipped.ALREADY_HOLDS, 0),
				skipped.getOrDefault(Skipped.TEST_OVERDUE, 0), skipped.getOrDefault(Skipped.TEST_POSITIVE, 0));
	}

	/**
	 * The pass of an approved vehicle trip, for the vehicles module: the caller has
	 * checked who may approve. The answer carries the driver's link, which is not kept.
	 */
	@Transactional
	public Issued issueVehicle(VehiclePassRequest request, String actor) {
		EnterpriseView enterprise = this.enterprises.find(request.enterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		this.enterprises.requireVerified(enterprise.id());
		requireWhitelisted(enterprise.id());
		Instant now = now();
		Instant from = request.validFrom().isBefore(now) ? now : request.validFrom();
		if (!request.validTo().isAfter(from)) {
			throw new BusinessRuleException("pass.vehicle.window.over");
		}
		PassDraft draft = new PassDraft(PassType.VEHICLE, enterprise.id(), enterprise.name(),
				enterprise.districtCode(), enterprise.townCode(), request.driverEmployeeId(), request.plate(),
				request.maskedPlate(),
				null, request.scope(), from, request.validTo(), true);
		Written written = this.writer.write(List.of(draft), actor, now).get(0);
		remember(List.of(written));
		return new Issued(toView(this.passes.findById(written.id()).orElseThrow(), new Issuer(enterprise.name(), false),
				true, now),
				written.holderLink());
	}

	@Transactional
	public PassView revoke(CurrentUser user, long id, String reason) {
		Pass pass = visible(user, id);
		pass.revoke(user.getUsername(), requireReason(reason), now());
		this.cache.passChanged(id);
		this.audit.recordAs(user.getUsername(), "PASS_REVOKE", "pass", id, AuditService.SUCCESS, reason);
		return view(user, pass, null);
	}

	/** Revokes every pass in date of one of the caller's employees; answers how many. */
	@Transactional
	public int revokeAllOf(CurrentUser user, long employeeId, String reason) {
		long enterpriseId = user.requireEnterpriseId();
		this.workforce.find(enterpriseId, employeeId).orElseThrow(() -> new NotFoundException("employee"));
		String why = requireReason(reason);
		List<Pass> held = this.passes.activeOfEmployee(employeeId, now());
		held.forEach((pass) -> {
			pass.revoke(user.getUsername(), why, now());
			this.cache.passChanged(pass.getId());
		});
		this.audit.recordAs(user.getUsername(), "PASS_REVOKE_ALL", "employee", employeeId, AuditService.SUCCESS, held.size() + " passes");
		return held.size();
	}

	/** A new end of validity, at most the longest validity from now, under a new token. */
	@Transactional
	public PassView renew(CurrentUser user, long id, Instant validTo) {
		Pass pass = own(user, id);
		EnterpriseView enterprise = whitelistedEnterprise(user);
		Instant now = now();
		Instant end = (validTo != null) ? validTo : now.plus(this.properties.maxValidity());
		if (!end.isAfter(now) || end.isAfter(now.plus(this.properties.maxValidity()).plusSeconds(60))) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("validTo", "pass.validity.tooLong", this.properties.maxValidity().toDays())));
		}
		PassClaims renewed = new PassClaims(pass.getId(), pass.getType(), pass.getEnterpriseId(), enterprise.name(),
				pass.getDistrictCode(), pass.getScope(), pass.getHolderMasked(), pass.getValidFrom(), end, pass.getKid());
		PassWriter.Signed signed = this.writer.sign(renewed);
		pass.renew(end, signed.kid(), signed.token(), signed.tokenHash());
		this.cache.passChanged(id);
		this.audit.recordAs(user.getUsername(), "PASS_RENEW", "pass", id, AuditService.SUCCESS, "until " + end);
		return view(user, pass, enterprise);
	}

	/** The address a holder opens a pass by, from the link token {@link Issued} carries. */
	public String linkUrl(String token) {
		return this.links.url(token);
	}

	/** A new link for the holder (the old one stops working); answered once, not kept. */
	@Transactional
	public String newHolderLink(CurrentUser user, long id) {
		Pass pass = own(user, id);
		if (pass.statusAt(now()) != PassStatus.ACTIVE) {
			throw new BusinessRuleException("pass.link.inactive");
		}
		String link = PassWriter.randomLink();
		pass.newHolderLink(PassWriter.sha256(link));
		if (pass.getEmployeeId() != null && pass.getType() == PassType.WORKER) {
			String phone = this.workforce.phones(pass.getEnterpriseId(), List.of(pass.getEmployeeId()))
				.get(pass.getEmployeeId());
			if (phone != null) {
				this.sms.enqueue(phone, workerText(enterpriseName(pass.getEnterpriseId()), link), "WORKER_PASS");
			}
		}
		this.audit.recordAs(user.getUsername(), "PASS_LINK", "pass", id, AuditService.SUCCESS, null);
		return link;
	}

	@Transactional(readOnly = true)
	public PassView find(CurrentUser user, long id) {
		return view(user, visible(user, id), null);
	}

	@Transactional(readOnly = true)
	public Page<PassView> search(CurrentUser user, PassQuery query, Pageable pageable) {
		Instant now = now();
		PassScope scope = PassScope.of(user, query, now);
		// Each enterprise's name and whitelist standing once per page, not once per pass.
		Map<Long, Issuer> issuers = new java.util.HashMap<>();
		return this.passes
			.search(scope.enterprise(), scope.jurisdiction().districtCode(), scope.jurisdiction().townCode(),
					scope.type(), scope.employee(), scope.stored(), scope.validAfter(), scope.endedBy(), scope.like(),
					scope.code(), pageable)
			.map((pass) -> toView(pass, issuers.computeIfAbsent(pass.getEnterpriseId(), this::issuer),
					!user.isOfficial(), now));
	}

	/** The passes of the caller's enterprise among {@code ids} (for printing cards), in the order asked. */
	@Transactional(readOnly = true)
	public List<PassView> ownPasses(CurrentUser user, List<Long> ids) {
		long enterpriseId = user.requireEnterpriseId();
		Issuer issuer = issuer(enterpriseId);
		Instant now = now();
		Map<Long, Pass> found = new java.util.HashMap<>();
		this.passes.findByIdInAndEnterpriseId(ids, enterpriseId).forEach((pass) -> found.put(pass.getId(), pass));
		return ids.stream().filter(found::containsKey).map((id) -> toView(found.get(id), issuer, true, now)).toList();
	}

	/** The ids of revoked passes that would still be in date: what a gate phone must refuse offline. */
	@Transactional(readOnly = true)
	public List<Long> revokedInDate() {
		return this.passes.revokedInDate(now());
	}

	/** The pass behind a holder's link, for the holder's own page; empty when the link is unknown or replaced. */
	@Transactional(readOnly = true)
	public Optional<PassView> byHolderLink(String link) {
		if (link == null || link.length() > 64) {
			return Optional.empty();
		}
		Instant now = now();
		return this.passes.findByHolderLinkHash(PassWriter.sha256(link))
			.map((pass) -> toView(pass, issuer(pass.getEnterpriseId()), true, now));
	}

	/**
	 * The QR text of one of the caller's enterprise's passes, for its image;
	 * revoked passes have none. Officials never get a pass's code (404 here).
	 */
	@Transactional(readOnly = true)
	public String qrText(CurrentUser user, long id) {
		Pass pass = own(user, id);
		if (pass.getStatus() == PassStatus.REVOKED) {
			throw new BusinessRuleException("pass.revoked");
		}
		return pass.getToken();
	}

	/** Revokes every pass of an enterprise in date (its whitelist entry was removed). */
	@Transactional
	void revokeAllOfEnterprise(long enterpriseId, String reason) {
		Instant now = now();
		this.passes.activeOfEnterprise(enterpriseId, now).forEach((pass) -> {
			pass.revoke("system", reason, now);
			this.cache.passChanged(pass.getId());
		});
	}

	/** Revokes the passes of an employee who was deactivated. */
	@Transactional
	void revokeAllOfEmployee(long employeeId, String reason) {
		Instant now = now();
		this.passes.activeOfEmployee(employeeId, now).forEach((pass) -> {
			pass.revoke("system", reason, now);
			this.cache.passChanged(pass.getId());
		});
	}

	/** New passes go into the verification cache once they are committed. */
	private void remember(List<Written> written) {
		this.cache.issued(written.stream()
			.map((pass) -> new VerificationCache.PassSnapshot(pass.id(), pass.draft().type(), pass.draft().enterpriseId(),
					pass.draft().employeeId(), false, pass.draft().validFrom(), pass.draft().validTo(),
					pass.draft().claims(pass.id(), pass.kid())))
			.toList(), written.stream().map(Written::tokenHash).toList());
	}

	/** Texts each new worker pass's link to the worker's phone (through the outbox, with this transaction). */
	private void textHolders(EnterpriseView enterprise, List<Written> written) {
		List<Long> employees = written.stream().map((pass) -> pass.draft().employeeId()).toList();
		Map<Long, String> phones = this.workforce.phones(enterprise.id(), employees);
		List<String[]> texts = new ArrayList<>(written.size());
		for (Written pass : written) {
			String phone = phones.get(pass.draft().employeeId());
			if (phone != null && pass.holderLink() != null) {
				texts.add(new String[] { phone, workerText(enterprise.name(), pass.holderLink()) });
			}
		}
		if (!texts.isEmpty()) {
			this.sms.enqueueAll(texts, "WORKER_PASS");
		}
	}

	private String workerText(String enterpriseName, String link) {
		// The enterprise's language when it acts from a page; Chinese for jobs and demo data.
		Locale locale = (LocaleContextHolder.getLocaleContext() != null
				&& LocaleContextHolder.getLocaleContext().getLocale() != null) ? LocaleContextHolder.getLocale()
						: Locale.SIMPLIFIED_CHINESE;
		return this.messages.getMessage("pass.sms.worker", new Object[] { enterpriseName, this.links.url(link) },
				locale);
	}

	private PassDraft workerDraft(EnterpriseView enterprise, EmployeeSummary employee, Validity validity) {
		return new PassDraft(PassType.WORKER, enterprise.id(), enterprise.name(), enterprise.districtCode(),
				enterprise.townCode(), employee.id(), employee.name(), employee.maskedName(), employee.department(),
				null, validity.from(), validity.to(), true);
	}

	private EnterpriseView whitelistedEnterprise(CurrentUser user) {
		EnterpriseView enterprise = this.enterprises.find(user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		this.enterprises.requireVerified(enterprise.id());
		requireWhitelisted(enterprise.id());
		return enterprise;
	}

	private void requireWhitelisted(long enterpriseId) {
		WhitelistStanding standing = this.whitelist.standingOf(enterpriseId);
		if (standing != WhitelistStanding.ACTIVE) {
			throw new BusinessRuleException((standing == WhitelistStanding.SUSPENDED) ? "pass.enterprise.suspended"
					: "pass.enterprise.notWhitelisted");
		}
	}

	/** Whether the enterprise has no active whitelist entry now (its passes do not verify). */
	boolean enterpriseHalted(long enterpriseId) {
		return this.whitelist.standingOf(enterpriseId) != WhitelistStanding.ACTIVE;
	}

	private Validity validity(Instant validFrom, Instant validTo, Instant now) {
		Instant from = (validFrom == null || validFrom.isBefore(now)) ? now : validFrom;
		Duration longest = this.properties.maxValidity();
		Instant to = (validTo != null) ? validTo : from.plus(longest);
		List<FieldProblem> problems = new ArrayList<>();
		if (from.isAfter(now.plus(longest))) {
			problems.add(new FieldProblem("validFrom", "pass.validity.startTooLate", longest.toDays()));
		}
		if (!to.isAfter(from)) {
			problems.add(new FieldProblem("validTo", "pass.validity.endBeforeStart"));
		}
		else if (to.isAfter(from.plus(longest).plusSeconds(60))) {
			problems.add(new FieldProblem("validTo", "pass.validity.tooLong", longest.toDays()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		return new Validity(from, to);
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("reason", "validation.required")));
		}
		if (reason.length() > 500) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("reason", "pass.reason.tooLong")));
		}
		return reason.strip();
	}

	private Pass visible(CurrentUser user, long id) {
		Pass pass = this.passes.findById(id).orElseThrow(() -> new NotFoundException("pass"));
		boolean allowed = user.isOfficial() ? user.jurisdiction().covers(pass.getDistrictCode(), pass.getTownCode())
				: user.enterpriseId() != null && user.enterpriseId() == pass.getEnterpriseId();
		if (!allowed) {
			throw new NotFoundException("pass");
		}
		return pass;
	}

	private Pass own(CurrentUser user, long id) {
		Pass pass = this.passes.findById(id).orElseThrow(() -> new NotFoundException("pass"));
		if (user.enterpriseId() == null || user.enterpriseId() != pass.getEnterpriseId()) {
			throw new NotFoundException("pass");
		}
		return pass;
	}

	private PassView view(CurrentUser user, Pass pass, EnterpriseView enterprise) {
		String name = (enterprise != null) ? enterprise.name() : enterpriseName(pass.getEnterpriseId());
		return toView(pass, new Issuer(name, enterpriseHalted(pass.getEnterpriseId())), !user.isOfficial(), now());
	}

	private PassView toView(Pass pass, Issuer issuer, boolean own, Instant now) {
		PassStatus status = pass.statusAt(now);
		return new PassView(pass.getId(), pass.getType(), status, pass.getHolderMasked(),
				own ? pass.getHolderName() : null, pass.getEnterpriseId(), issuer.name(), pass.getEmployeeId(),
				pass.getDepartment(), pass.getScope(), own ? pass.getShortCode() : null, pass.getValidFrom(),
				pass.getValidTo(),
				pass.getIssuedAt(), pass.getIssuedBy(), pass.getRevokedAt(), pass.getRevokeReason(), pass.getKid(),
				(own && status != PassStatus.REVOKED) ? pass.getToken() : null,
				status == PassStatus.ACTIVE && issuer.halted(), pass.getVersion());
	}

	private Issuer issuer(long enterpriseId) {
		return new Issuer(enterpriseName(enterpriseId), enterpriseHalted(enterpriseId));
	}

	private String enterpriseName(long enterpriseId) {
		return this.enterprises.find(enterpriseId).map(EnterpriseView::name).orElse("");
	}

	private Instant now() {
		return this.clock.instant();
	}

	private record Validity(Instant from, Instant to) {
	}

	/** What a pass shows of its enterprise: the name, and whether its whitelist entry stops it now. */
	private record Issuer(String name, boolean halted) {
	}

	private enum Skipped {

		ALREADY_HOLDS, TEST_OVERDUE, TEST_POSITIVE

	}

	/** A pass just made, with the holder's link (a path token), shown or sent once and never kept. */
	public record Issued(PassView pass, String holderLink) {
	}

	/** What issuing to every eligible employee did. */
	public record BulkIssue(int issued, int alreadyHeld, int testOverdue, int testPositive) implements java.io.Serializable {
	}

}
