package org.fugong.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	private boolean enabled;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	private UserAccount(String username, String passwordHash, String displayName, Role role, String regionCode,
			Long enterpriseId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.regionCode = regionCode;
		this.enterpriseId = enterpriseId;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	static UserAccount forEnterprise(String username, String passwordHash, String displayName, long enterpriseId) {
		return new UserAccount(username, passwordHash, displayName, Role.ENTERPRISE, null, enterpriseId);
	}

	static UserAccount forStaff(String username, String passwordHash, String displayName, Role role,
			String regionCode) {
		if (role == Role.ENTERPRISE) {
			throw new IllegalArgumentException("Enterprise accounts belong to an enterprise");
		}
		return new UserAccount(username, passwordHash, displayName, role, role.isRegional() ? regionCode : null, null);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** A staff account takes another staff role (and the region that fits it); enterprise accounts keep theirs. */
	void changeRole(Role role, String regionCode) {
		if (this.role == Role.ENTERPRISE || role == Role.ENTERPRISE) {
			throw new IllegalArgumentException("Enterprise accounts belong to an enterprise");
		}
		this.role = role;
		this.regionCode = role.isRegional() ? regionCode : null;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.passwordHash, this.displayName, this.role, this.regionCode,
				this.enterpriseId, this.enabled, this.lockedUntil);
	}

	AccountSummary toSummary() {
		boolean locked = this.lockedUntil != null && this.lockedUntil.isAfter(Instant.now());
		return new AccountSummary(this.id, this.username, this.displayName, this.role, this.regionCode,
				this.enterpriseId, this.enabled, locked, this.createdAt);
	}

	Long getId() {
		return this.id;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getUsername() {
		return this.username;
	}

	Role getRole() {
		return this.role;
	}

}
