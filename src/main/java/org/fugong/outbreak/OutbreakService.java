package org.fugong.outbreak;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;
import org.fugong.workforce.TestRounds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals, disinfects and unseals outbreak sites. The district of the enterprise
 * seals and unseals; its district and town record disinfections; every
 * official whose jurisdiction covers the enterprise reads the case, and the
 * enterprise reads its own. Anything else is "not found".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutbreakService {

	static final String AUDIT_TARGET = "OUTBREAK";

	private final OutbreakRepository cases;

	private final DisinfectionRepository disinfections;

	private final OutbreakPhotoRepository photos;

	private final OutbreakAccess access;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final TestRounds tests;

	private final InboxService inbox;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Seals an enterprise of the official's district: every standing whitelist entry is suspended at once. */
	@Transactional
	public OutbreakView open(CurrentUser official, long enterpriseId, String reason) {
		return open(official, enterpriseId, reason, this.clock.instant());
	}

	/** The same at a given moment (the demo's history). */
	@Transactional
	OutbreakView open(CurrentUser official, long enterpriseId, String reason, Instant now) {
		requireDistrict(official);
		String why = required(reason, "reason", 500);
		EnterpriseView enterprise = this.enterprises.profile(official, enterpriseId);
		if (this.cases.findFirstByEnterpriseIdAndState(enterpriseId, OutbreakState.SEALED).isPresent()) {
			throw new ConflictException("outbreak.sealed.already");
		}
		OutbreakCase outbreak = new OutbreakCase(enterprise, why, official.getUsername(),
				now.truncatedTo(ChronoUnit.MICROS));
		outbreak.suspended(this.whitelist.suspendAllForStop(enterpriseId, "疫点封控 " + why, official.getUsername()));
		try {
			this.cases.saveAndFlush(outbreak);
		}
		catch (DataIntegrityViolationException ex) {
			// Sealed by another official at the same moment: the partial unique index decided.
			throw new ConflictException("outbreak.sealed.already");
		}
		this.audit.record("OUTBREAK_SEALED", AUDIT_TARGET, outbreak.getId(), AuditService.SUCCESS,
				enterprise.name() + ": " + why);
		this.inbox.notifyEnterprise(enterpriseId, "outbreak.inbox.sealed", List.of(why),
				"/outbreaks/" + outbreak.getId());
		this.events.publishEvent(new OutbreakSealed(outbreak.getId(), enterpriseId, enterprise.districtCode(),
				enterprise.townCode(), why, now));
		return outbreak.toView();
	}

	/** The same, finding the enterprise of the official's district by its credit code (the page's form). */
	@Transactional
	public OutbreakView openByCreditCode(CurrentUser official, String creditCode, String reason) {
		requireDistrict(official);
		String code = (creditCode == null) ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		if (code.isEmpty()) {
			problems.add(new FieldProblem("creditCode", "validation.required"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		Jurisdiction scope = official.jurisdiction();
		EnterpriseView enterprise = this.enterprises.findByCreditCode(code)
			.filter((e) -> scope.covers(e.districtCode(), e.townCode()))
			.orElseThrow(() -> new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("creditCode", "outbreak.enterprise.unknown"))));
		return open(official, enterprise.id(), reason);
	}

	/**
	 * Unseals a case of the official's district: only with a disinfection recorded
	 * and every on-site employee's latest test since the seal negative (422 naming
	 * what is missing otherwise). Restores the entries the seal suspended and tells
	 * the enterprise.
	 */
	@Transactional
	public OutbreakView unseal(CurrentUser official, long caseId, String reason) {
		return unseal(official, caseId, reason, this.clock.instant());
	}

	/** The same at a given moment (the demo's history). */
	@Transactional
	OutbreakView unseal(CurrentUser official, long caseId, String reason, Instant now) {
		requireDistrict(official);
		OutbreakCase outbreak = this.access.visible(official, caseId);
		String why = required(reason, "reason", 500);
		if (outbreak.getState() != OutbreakState.SEALED) {
			throw new ConflictException("outbreak.notSealed");
		}
		Readiness readiness = readiness(outbreak);
		if (!readiness.missing().isEmpty()) {
			List<FieldProblem> problems = new ArrayList<>();
			if (readiness.missing().contains(Missing.DISINFECTION.name())) {
				problems.add(new FieldProblem("disinfection", "outbreak.unseal.needsDisinfection"));
			}
			if (readiness.missing().contains(Missing.TESTS.name())) {
				problems.add(new FieldProblem("tests", "outbreak.unseal.needsTests", readiness.untested().size(),
						String.join("、", readiness.untested().stream().limit(20).toList())));
			}
			throw new BusinessRuleException("outbreak.unseal.notReady", problems);
		}
		outbreak.unseal(why, official.getUsername(), now);
		this.cases.flush();
		this.whitelist.restoreAfterStop(outbreak.suspendedEntries(), "疫点解封 " + why, official.getUsername());
		this.audit.record("OUTBREAK_UNSEALED", AUDIT_TARGET, caseId, AuditService.SUCCESS, why);
		this.inbox.notifyEnterprise(outbreak.getEnterpriseId(), "outbreak.inbox.unsealed", List.of(why),
				"/outbreaks/" + caseId);
		this.events.publishEvent(new OutbreakUnsealed(caseId, outbreak.getEnterpriseId(), outbreak.getDistrictCode(),
				outbreak.getTownCode(), now));
		return outbreak.toView();
	}

	/** The cases the caller may see, sealed first, the latest first. */
	@Transactional(readOnly = true)
	public Page<OutbreakView> search(CurrentUser user, OutbreakState state, Pageable pageable) {
		if (user.enterpriseId() != null) {
			return this.cases.search(user.enterpriseId(), null, null, state, pageable).map(OutbreakCase::toView);
		}
		Jurisdiction scope = OutbreakAccess.jurisdictionOf(user);
		return this.cases.search(null, scope.districtCode(), scope.townCode(), state, pageable)
			.map(OutbreakCase::toView);
	}

	/** One case with its disinfections, rounds and what unsealing still needs. */
	@Transactional(readOnly = true)
	public OutbreakDetail detail(CurrentUser user, long caseId) {
		OutbreakCase outbreak = this.access.visible(user, caseId);
		Map<Long, List<PhotoView>> byDisinfection = this.photos.findByCaseIdOrderByIdAsc(caseId)
			.stream()
			.collect(Collectors.groupingBy(OutbreakPhoto::getDisinfectionId,
					Collectors.mapping(OutbreakPhoto::toView, Collectors.toList())));
		List<DisinfectionView> done = this.disinfections.findByCaseIdOrderByDoneAtAscIdAsc(caseId)
			.stream()
			.map((d) -> d.toView(byDisinfection.getOrDefault(d.getId(), List.of())))
			.toList();
		List<TestRounds.Latest> staff = this.tests.onSiteSince(outbreak.getEnterpriseId(), outbreak.getSealedAt());
		Readiness readiness = readiness(outbreak.getId(), staff);
		return new OutbreakDetail(outbreak.toView(), done,
				this.tests.roundsSince(outbreak.getEnterpriseId(), outbreak.getSealedAt()), staff, readiness.missing(),
				readiness.untested());
	}

	/** What unsealing needs: DISINFECTION (none recorded), TESTS (an on-site employee without a negative since). */
	enum Missing {

		DISINFECTION, TESTS

	}

	record Readiness(List<String> missing, List<String> untested) {
	}

	private Readiness readiness(OutbreakCase outbreak) {
		return readiness(outbreak.getId(), this.tests.onSiteSince(outbreak.getEnterpriseId(), outbreak.getSealedAt()));
	}

	private Readiness readiness(long caseId, List<TestRounds.Latest> staff) {
		List<String> missing = new ArrayList<>();
		if (!this.disinfections.existsByCaseId(caseId)) {
			missing.add(Missing.DISINFECTION.name());
		}
		List<String> untested = staff.stream().filter((s) -> !s.negative()).map(TestRounds.Latest::maskedName).toList();
		if (!untested.isEmpty()) {
			missing.add(Missing.TESTS.name());
		}
		return new Readiness(List.copyOf(missing), untested);
	}

	private static void requireDistrict(CurrentUser official) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException("Only district officials seal and unseal outbreak sites");
		}
	}

	private static String required(String value, String field, int max) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", List.of(new FieldProblem(field, "validation.required")));
		}
		if (text.length() > max) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem(field, "outbreak.reason.tooLong")));
		}
		return text;
	}

}
