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
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.SmsOutbox;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.pass.PassService.BulkIssue;
import org.fugong.pass.PassService.Issued;
import org.fugong.pass.PassWriter.Written;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistService;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.TestStanding;
import org.fugong.workforce.Workforce;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing passes: to one worker, to every eligible worker at once, and for an
 * approved vehicle trip, only while the enterprise is verified and actively
 * whitelisted; each new pass goes into the verification cache and its link to
 * the holder's phone.
 */
@Component
@RequiredArgsConstructor
class PassIssuing {

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

	private final PassViews views;

	private final Clock clock;

	/** Issues a pass to one employee; the answer carries the holder's link, which is not kept. */
	@Transactional
	Issued issueWorker(CurrentUser user, long employeeId, Instant validFrom, Instant validTo) {
		EnterpriseView enterprise = whitelistedEnterprise(user);
		Instant now = this.clock.instant();
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
		return new Issued(this.views.view(user, this.passes.findById(written.id()).orElseThrow(), enterprise), written.holderLink());
	}

	/**
	 * Issues a pass to every active employee who has none in date and whose tests
	 * meet the district's rule; answers how many were issued and why the others
	 * were left out.
	 */
	@Transactional
	BulkIssue issueAllEligible(CurrentUser user, Instant validFrom, Instant validTo) {
		EnterpriseView enterprise = whitelistedEnterprise(user);
		Instant now = this.clock.instant();
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
	Issued issueVehicle(VehiclePassRequest request, String actor) {
		EnterpriseView enterprise = this.enterprises.find(request.enterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		this.enterprises.requireVerified(enterprise.id());
		this.whitelist.standingOf(enterprise.id()).requireActive("pass.enterprise.suspended",
				"pass.enterprise.notWhitelisted");
		Instant now = this.clock.instant();
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
		return new Issued(PassViews.toView(this.passes.findById(written.id()).orElseThrow(), new PassViews.Issuer(enterprise.name(), false),
				true, now),
				written.holderLink());
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

	String workerText(String enterpriseName, String link) {
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

	EnterpriseView whitelistedEnterprise(CurrentUser user) {
		EnterpriseView enterprise = this.enterprises.find(user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		this.enterprises.requireVerified(enterprise.id());
		this.whitelist.standingOf(enterprise.id()).requireActive("pass.enterprise.suspended",
				"pass.enterprise.notWhitelisted");
		return enterprise;
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

	private record Validity(Instant from, Instant to) {
	}

	private enum Skipped {

		ALREADY_HOLDS, TEST_OVERDUE, TEST_POSITIVE

	}

}
