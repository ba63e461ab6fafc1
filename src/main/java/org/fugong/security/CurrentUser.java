package org.fugong.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every feature sees it: role, and the enterprise or region
 * the account is bound to. Kept in the (database-backed) session, hence serializable.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String password;

	private final String displayName;

	private final Role role;

	private final String regionCode;

	private final Long enterpriseId;

	private final boolean enabled;

	private final Instant lockedUntil;

	CurrentUser(long id, String username, String password, String displayName, Role role, String regionCode,
			Long enterpriseId, boolean enabled, Instant lockedUntil) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.role = role;
		this.regionCode = regionCode;
		this.enterpriseId = enterpriseId;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public String regionCode() {
		return this.regionCode;
	}

	public Long enterpriseId() {
		return this.enterpriseId;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	public boolean isOfficial() {
		return this.role.isOfficial();
	}

	/** The caller's enterprise; only enterprise accounts have one. */
	public long requireEnterpriseId() {
		if (this.enterpriseId == null) {
			throw new AccessDeniedException("Not an enterprise account");
		}
		return this.enterpriseId;
	}

	/** The region an official answers for; only officials have one. */
	public Jurisdiction jurisdiction() {
		return switch (this.role) {
			case CITY_OFFICIAL -> Jurisdiction.EVERYWHERE;
			case DISTRICT_OFFICIAL -> Jurisdiction.district(this.regionCode);
			case TOWN_OFFICER -> Jurisdiction.town(this.regionCode);
			default -> throw new AccessDeniedException("Not an official");
		};
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || this.lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username + " (" + this.role + ")";
	}

}
