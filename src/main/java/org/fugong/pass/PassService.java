package org.fugong.pass;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.SmsOutbox;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.Workforce;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worker passes (员工一码返岗) and the passes of approved vehicle trips: issuing
 * them (the work of {@link PassIssuing}), renewing, revoking,
 * a new link for the holder, and what the enterprise and officials may see of
 * them. An enterprise sees its own passes, an official those of their
 * jurisdiction; anyone else's pass is "not found".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PassService {

	/** The reason kept when the system revokes: a message key, shown in the reader's language. */
	static final String REVOKED_WHITELIST = "pass.revokedBy.whitelist";

	static final String REVOKED_EMPLOYEE = "pass.revokedBy.employee";

	private final PassRepository passes;

	private final PassIssuing issuing;

	private final PassViews views;

	private final PassWriter writer;

	private final Workforce workforce;

	private final AuditService audit;

	private final PassProperties properties;

	private final HolderLinks links;

	private final SmsOutbox sms;

	private final GateChanges changes;

	private final Clock clock;

	/** Issues a pass to one employee; the answer carries the holder's link, which is not kept. */
	@Transactional
	public Issued issueWorker(CurrentUser user, long employeeId, Instant validFrom, Instant validTo) {
		return this.issuing.issueWorker(user, employeeId, validFrom, validTo);
	}

	/**
	 * Issues a pass to every active employee who has none in date and whose tests
	 * meet the district's rule; answers how many were issued and why the others
	 * were left out.
	 */
	@Transactional
	public BulkIssue issueAllEligible(CurrentUser user, Instant validFrom, Instant validTo) {
		return this.issuing.issueAllEligible(user, validFrom, validTo);
	}

	/**
	 * The pass of an approved vehicle trip, for the vehicles module: the caller has
	 * checked who may approve. The answer carries the driver's link, which is not kept.
	 */
	@Transactional
	public Issued issueVehicle(VehiclePassRequest request, String actor) {
		return this.issuing.issueVehicle(request, actor);
	}

	@Transactional
	public PassView revoke(CurrentUser user, long id, String reason) {
		Pass pass = visible(user, id);
		pass.revoke(user.getUsername(), requireReason(reason), now());
		this.changes.passChanged(id);
		this.audit.recordAs(user.getUsername(), "PASS_REVOKE", "pass", id, AuditService.SUCCESS, reason);
		return this.views.view(user, pass, null);
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
			this.changes.passChanged(pass.getId());
		});
		this.audit.recordAs(user.getUsername(), "PASS_REVOKE_ALL", "employee", employeeId, AuditService.SUCCESS, held.size() + " passes");
		return held.size();
	}

	/** A new end of validity, at most the longest validity from now, under a new token. */
	@Transactional
	public PassView renew(CurrentUser user, long id, Instant validTo) {
		Pass pass = own(user, id);
		EnterpriseView enterprise = this.issuing.whitelistedEnterprise(user);
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
		this.changes.passChanged(id);
		this.audit.recordAs(user.getUsername(), "PASS_RENEW", "pass", id, AuditService.SUCCESS, "until " + end);
		return this.views.view(user, pass, enterprise);
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
				this.sms.enqueue(phone,
						this.issuing.workerText(this.views.enterpriseName(pass.getEnterpriseId()), link), "WORKER_PASS");
			}
		}
		this.audit.recordAs(user.getUsername(), "PASS_LINK", "pass", id, AuditService.SUCCESS, null);
		return link;
	}

	@Transactional(readOnly = true)
	public PassView find(CurrentUser user, long id) {
		return this.views.view(user, visible(user, id), null);
	}

	@Transactional(readOnly = true)
	public Page<PassView> search(CurrentUser user, PassQuery query, Pageable pageable) {
		return this.views.search(user, query, pageable);
	}

	/** The passes of the caller's enterprise among {@code ids} (for printing cards), in the order asked. */
	@Transactional(readOnly = true)
	public List<PassView> ownPasses(CurrentUser user, List<Long> ids) {
		return this.views.ownPasses(user, ids);
	}

	/** The ids of revoked passes that would still be in date: what a gate phone must refuse offline. */
	@Transactional(readOnly = true)
	public List<Long> revokedInDate() {
		return this.passes.revokedInDate(now());
	}

	/** The pass behind a holder's link, for the holder's own page; empty when the link is unknown or replaced. */
	@Transactional(readOnly = true)
	public Optional<PassView> byHolderLink(String link) {
		return this.views.byHolderLink(link);
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
		revokeBySystem(this.passes.activeOfEnterprise(enterpriseId, now), reason, now);
	}

	/** Revokes the passes of an employee who was deactivated. */
	@Transactional
	void revokeAllOfEmployee(long employeeId, String reason) {
		Instant now = now();
		revokeBySystem(this.passes.activeOfEmployee(employeeId, now), reason, now);
	}

	private void revokeBySystem(List<Pass> active, String reason, Instant now) {
		active.forEach((pass) -> {
			pass.revoke("system", reason, now);
			this.changes.passChanged(pass.getId());
		});
	}

	/** Whether the enterprise has no active whitelist entry now (its passes do not verify). */
	boolean enterpriseHalted(long enterpriseId) {
		return this.views.enterpriseHalted(enterpriseId);
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

	private Instant now() {
		return this.clock.instant();
	}

	/** A pass just made, with the holder's link (a path token), shown or sent once and never kept. */
	public record Issued(PassView pass, String holderLink) {
	}

	/** What issuing to every eligible employee did. */
	public record BulkIssue(int issued, int alreadyHeld, int testOverdue, int testPositive) implements java.io.Serializable {
	}

}
