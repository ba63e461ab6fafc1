package org.fugong.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.NotFoundException;
import org.fugong.common.StrongPassword;
import org.fugong.region.RegionLevel;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and manages accounts. Passwords are hashed by the delegating encoder
 * (bcrypt). A password change ends the user's other sessions; an administrator's
 * reset, disabling or role change ends all of them and revokes the device tokens.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final RegionService regions;

	private final AuditService audit;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final DeviceTokens deviceTokens;

	public boolean usernameTaken(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username.trim());
	}

	/** The account of a newly registered enterprise; the caller has checked the username is free. */
	@Transactional
	public long createEnterpriseAccount(String username, String rawPassword, String displayName, long enterpriseId) {
		requireStrong(rawPassword);
		requireFree(username);
		UserAccount account = this.accounts.save(UserAccount.forEnterprise(username.trim(),
				this.passwordEncoder.encode(rawPassword), displayName, enterpriseId));
		this.audit.recordAs(account.getUsername(), "ACCOUNT_CREATED", "USER", account.getUsername(),
				AuditService.SUCCESS, "role ENTERPRISE, enterprise " + enterpriseId);
		return account.getId();
	}

	/** An official's, guard's or administrator's account, created by an administrator. */
	@Transactional
	public AccountSummary createStaffAccount(String username, String rawPassword, String displayName, Role role,
			String regionCode) {
		requireStaffRole(role, regionCode);
		requireStrong(rawPassword);
		requireFree(username);
		UserAccount account = this.accounts.save(UserAccount.forStaff(username.trim(),
				this.passwordEncoder.encode(rawPassword), displayName, role, regionCode));
		this.audit.record("ACCOUNT_CREATED", "USER", account.getUsername(), AuditService.SUCCESS,
				"role " + role + ((regionCode != null && role.isRegional()) ? ", region " + regionCode : ""));
		return account.toSummary();
	}

	@Transactional
	public AccountSummary setEnabled(long id, boolean enabled, CurrentUser actor) {
		UserAccount account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
		if (!enabled && account.getUsername().equalsIgnoreCase(actor.getUsername())) {
			throw new BusinessRuleException("account.disable.self");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			signOutEverywhere(account.getUsername(), account.getRole(), actor);
		}
		this.audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "USER", account.getUsername(),
				AuditService.SUCCESS, null);
		return account.toSummary();
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(long id, String rawPassword) {
		return this.accounts.findById(id)
			.map((account) -> rawPassword != null && this.passwordEncoder.matches(rawPassword, account.getPasswordHash()))
			.orElse(false);
	}

	/**
	 * Sets a new password; the account's other sessions end, as after a theft they
	 * must, and the one it was changed in (if any) stays signed in.
	 */
	@Transactional
	public void changePassword(long id, String rawPassword, String keptSessionId) {
		requireStrong(rawPassword);
		UserAccount account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
		account.changePassword(this.passwordEncoder.encode(rawPassword));
		int ended = endSessions(account.getUsername(), keptSessionId);
		this.audit.record("PASSWORD_CHANGED", "USER", account.getUsername(), AuditService.SUCCESS,
				(ended > 0) ? ended + " other sessions ended" : null);
	}

	/**
	 * An administrator sets a new password (a forgotten one, a lost phone): the
	 * account is unlocked, all its sessions end and its device tokens are revoked.
	 */
	@Transactional
	public AccountSummary resetPassword(long id, String rawPassword, CurrentUser actor) {
		requireStrong(rawPassword);
		UserAccount account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
		account.changePassword(this.passwordEncoder.encode(rawPassword));
		account.enable();
		signOutEverywhere(account.getUsername(), account.getRole(), actor);
		this.audit.record("PASSWORD_RESET", "USER", account.getUsername(), AuditService.SUCCESS, null);
		return account.toSummary();
	}

	/**
	 * An administrator gives a staff account another role or region. What the old
	 * sessions and device tokens were allowed no longer holds: they all end.
	 */
	@Transactional
	public AccountSummary changeRole(long id, Role role, String regionCode, CurrentUser actor) {
		UserAccount account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
		if (account.getUsername().equalsIgnoreCase(actor.getUsername())) {
			throw new BusinessRuleException("account.role.self");
		}
		if (account.getRole() == Role.ENTERPRISE) {
			throw new BusinessRuleException("account.role.enterprise");
		}
		requireStaffRole(role, regionCode);
		Role before = account.getRole();
		account.changeRole(role, regionCode);
		signOutEverywhere(account.getUsername(), before, actor);
		this.audit.record("ACCOUNT_ROLE_CHANGED", "USER", account.getUsername(), AuditService.SUCCESS,
				before + " -> " + role + (role.isRegional() ? ", region " + regionCode : ""));
		return account.toSummary();
	}

	@Transactional(readOnly = true)
	public Page<AccountSummary> search(Role role, String q, Pageable pageable) {
		return this.accounts.search(role, (q == null || q.isBlank()) ? null : q.trim(), pageable)
			.map(UserAccount::toSummary);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(UserAccount::toSummary);
	}

	/** The enabled accounts of a role bound to one of the regions (e.g. a district's town officers). */
	@Transactional(readOnly = true)
	public List<AccountSummary> staffIn(Role role, Collection<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return this.accounts.findByRoleAndRegionCodeInAndEnabledTrueOrderByUsername(role, regionCodes)
			.stream()
			.map(UserAccount::toSummary)
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return this.accounts.existsByRole(Role.ADMIN);
	}

	/** Which region levels an account of the role may be bound to. */
	public boolean regionFits(Role role, String regionCode) {
		Optional<RegionLevel> level = this.regions.find(regionCode).map(RegionView::level);
		if (level.isEmpty()) {
			return false;
		}
		return switch (role) {
			case CITY_OFFICIAL -> level.get() == RegionLevel.CITY;
			case DISTRICT_OFFICIAL -> level.get() == RegionLevel.DISTRICT;
			case TOWN_OFFICER -> level.get() == RegionLevel.TOWN;
			case GUARD -> level.get() != RegionLevel.CITY;
			case DEPARTMENT_OFFICER -> level.get() == RegionLevel.CITY || level.get() == RegionLevel.DISTRICT;
			default -> false;
		};
	}

	private void requireStaffRole(Role role, String regionCode) {
		if (role == null || role == Role.ENTERPRISE) {
			throw new BusinessRuleException("account.role.invalid", List.of(new FieldProblem("role", "account.role.invalid")));
		}
		if (role.isRegional() && !regionFits(role, regionCode)) {
			throw new BusinessRuleException("account.region.invalid",
					List.of(new FieldProblem("regionCode", "account.region.invalid")));
		}
	}

	private void requireStrong(String rawPassword) {
		if (!StrongPassword.Validator.isStrong(rawPassword)) {
			throw new BusinessRuleException("validation.password.weak",
					List.of(new FieldProblem("password", "validation.password.weak")));
		}
	}

	private void requireFree(String username) {
		if (usernameTaken(username)) {
			throw new ConflictException("account.username.taken",
					List.of(new FieldProblem("username", "account.username.taken")));
		}
	}

	/** Ends every session of the account and revokes its device tokens (only guards have any). */
	private void signOutEverywhere(String username, Role role, CurrentUser actor) {
		endSessions(username, null);
		if (role == Role.GUARD) {
			this.deviceTokens.revokeAll(actor, username);
		}
	}

	/** Ends the sessions of the user (the principal name index of Spring Session) but the one kept. */
	private int endSessions(String username, String keptSessionId) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		List<String> ended = repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.toList();
		ended.forEach(repository::deleteById);
		return ended.size();
	}

}
