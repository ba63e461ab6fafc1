package org.fugong.security;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username.trim())
			.map(UserAccount::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
