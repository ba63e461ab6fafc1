package org.fugong.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.region.RegionService;
import org.fugong.security.AccountService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseService {

	private final EnterpriseRepository enterprises;

	private final AccountService accounts;

	private final RegionService regions;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final VerificationService verification;

	/**
	 * Problems the form's annotations cannot see: the town must lie in the district,
	 * and neither the credit code nor the username may be taken.
	 */
	@Transactional(readOnly = true)
	List<FieldProblem> checkRegistration(RegistrationForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.getDistrictCode() != null && !this.regions.isDistrict(form.getDistrictCode())) {
			problems.add(new FieldProblem("districtCode", "enterprise.district.invalid"));
		}
		else if (form.getTownCode() != null && !this.regions.isTownOf(form.getTownCode(), form.getDistrictCode())) {
			problems.add(new FieldProblem("townCode", "enterprise.town.notInDistrict"));
		}
		if (form.getCreditCode() != null && this.enterprises.existsByCreditCode(form.getCreditCode())) {
			problems.add(new FieldProblem("creditCode", "enterprise.creditCode.taken"));
		}
		if (form.getUsername() != null && this.accounts.usernameTaken(form.getUsername())) {
			problems.add(new FieldProblem("username", "account.username.taken"));
		}
		return problems;
	}

	/**
	 * Registers the enterprise with its first account, waiting for verification; the
	 * form has been validated. With the licence (the page and a multipart API call
	 * always bring it) the enterprise enters the officials' queue at once; without it
	 * (the JSON API) it hands the licence in afterwards.
	 */
	@Transactional
	EnterpriseView register(RegistrationForm form) {
		return register(form, null);
	}

	@Transactional
	EnterpriseView register(RegistrationForm form, MultipartFile licence) {
		if (licence != null) {
			List<FieldProblem> missing = VerificationService.checkLicence(form.getLegalRepresentative(), licence);
			if (!missing.isEmpty()) {
				throw new InvalidInputException("enterprise.register.invalid", missing);
			}
		}
		List<FieldProblem> problems = checkRegistration(form);
		if (!problems.isEmpty()) {
			boolean duplicate = problems.stream().anyMatch((p) -> p.messageKey().endsWith(".taken"));
			throw duplicate ? new ConflictException("enterprise.register.duplicate", problems)
					: new BusinessRuleException("enterprise.register.invalid", problems);
		}
		Enterprise enterprise;
		try {
			Enterprise created = new Enterprise(form.getCreditCode(), form.getName(), form.getDistrictCode(),
					form.getTownCode(), form.toProfile());
			created.representedBy(form.getLegalRepresentative());
			enterprise = this.enterprises.saveAndFlush(created);
			this.accounts.createEnterpriseAccount(form.getUsername(), form.getPassword(), form.getContactName(),
					enterprise.getId());
		}
		catch (DataIntegrityViolationException ex) {
			// Two registrations of the same code or username at once: the unique constraints decide.
			throw new ConflictException("enterprise.register.duplicate", List.of());
		}
		this.audit.recordAs(form.getUsername(), "ENTERPRISE_REGISTERED", "ENTERPRISE", enterprise.getId(),
				AuditService.SUCCESS, form.getCreditCode());
		this.events.publishEvent(new EnterpriseRegistered(enterprise.getId(), form.getCreditCode(),
				form.getDistrictCode(), form.getTownCode()));
		if (licence != null) {
			return this.verification.submitLicence(enterprise.getId(), form.getUsername(),
					form.getLegalRepresentative(), licence);
		}
		return enterprise.toView();
	}

	/**
	 * One enterprise's profile as the caller may see it: their own, or one in an
	 * official's jurisdiction. Anything else is "not found".
	 */
	@Transactional(readOnly = true)
	public EnterpriseView profile(CurrentUser user, long id) {
		return visible(user, id).map(Enterprise::toView).orElseThrow(() -> new NotFoundException("enterprise"));
	}

	/** Any enterprise by id, for features acting on behalf of the system (events, jobs). */
	@Transactional(readOnly = true)
	public Optional<EnterpriseView> find(long id) {
		return this.enterprises.findById(id).map(Enterprise::toView);
	}

	/** The enterprises among {@code ids}, in one query, in no particular order, for features acting on behalf of the system. */
	@Transactional(readOnly = true)
	public List<EnterpriseView> findAll(java.util.Collection<Long> ids) {
		return this.enterprises.findAllById(ids).stream().map(Enterprise::toView).toList();
	}

	/** Any enterprise by its unified social credit code, for features acting on behalf of the system (imports). */
	@Transactional(readOnly = true)
	public Optional<EnterpriseView> findByCreditCode(String code) {
		return this.enterprises.findByCreditCode(code).map(Enterprise::toView);
	}

	@Transactional
	EnterpriseView updateOwnProfile(CurrentUser user, ProfileForm form) {
		Enterprise enterprise = this.enterprises.findById(user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		if (form.getVersion() == null || form.getVersion() != enterprise.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Enterprise.class, enterprise.getId());
		}
		enterprise.updateProfile(form.getName(), form.toProfile());
		this.enterprises.flush();
		this.audit.record("ENTERPRISE_UPDATED", "ENTERPRISE", enterprise.getId(), AuditService.SUCCESS, null);
		return enterprise.toView();
	}

	/** The enterprises of an official's jurisdiction, by name or credit code. */
	@Transactional(readOnly = true)
	public Page<EnterpriseView> search(CurrentUser official, String q, Pageable pageable) {
		Jurisdiction scope = official.jurisdiction();
		return this.enterprises
			.searchInJurisdiction(scope.districtCode(), scope.townCode(), new EnterpriseSearch(q).q(), pageable)
			.map(Enterprise::toView);
	}

	/** Every enterprise of an official's jurisdiction, by name. */
	@Transactional(readOnly = true)
	public List<EnterpriseView> allInJurisdiction(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		return this.enterprises.findAllInJurisdiction(scope.districtCode(), scope.townCode())
			.stream()
			.map(Enterprise::toView)
			.toList();
	}

	/**
	 * For the other features: an enterprise that is not VERIFIED may fill its
	 * roster, self-check and drafts, but not submit an application, be whitelisted
	 * or issue passes. Throws the 422 that says why (waiting, or rejected).
	 */
	@Transactional(readOnly = true)
	public void requireVerified(long enterpriseId) {
		Verification state = this.enterprises.verificationOf(enterpriseId)
			.orElseThrow(() -> new NotFoundException("enterprise"));
		if (state != Verification.VERIFIED) {
			throw new BusinessRuleException("verification.required." + state);
		}
	}

	/** How many enterprises of the official's jurisdiction wait for verification. */
	@Transactional(readOnly = true)
	public long pendingVerificationCount(CurrentUser official) {
		return this.verification.pendingCount(official);
	}

	private Optional<Enterprise> visible(CurrentUser user, long id) {
		if (user.enterpriseId() != null) {
			return (user.enterpriseId() == id) ? this.enterprises.findById(id) : Optional.empty();
		}
		if (user.isOfficial()) {
			Jurisdiction scope = user.jurisdiction();
			return this.enterprises.findInJurisdiction(id, scope.districtCode(), scope.townCode());
		}
		return Optional.empty();
	}

}
