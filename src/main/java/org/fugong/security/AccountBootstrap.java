package org.fugong.security;

import org.fugong.common.StrongPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database an operator configured, the first administrator comes from
 * {@code FUGONG_ADMIN_USERNAME} and {@code FUGONG_ADMIN_PASSWORD}; once any
 * administrator exists, those settings are ignored.
 */
@Component
@Order(100)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	AccountBootstrap(AccountService accounts, @Value("${fugong.admin.username:}") String username,
			@Value("${fugong.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdministrator()) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("No administrator exists: set FUGONG_ADMIN_USERNAME and FUGONG_ADMIN_PASSWORD to create one");
			return;
		}
		if (!StrongPassword.Validator.isStrong(this.password)) {
			throw new IllegalStateException("FUGONG_ADMIN_PASSWORD does not meet the password rule: at least 8 "
					+ "characters with three of upper case, lower case, digit and symbol");
		}
		this.accounts.createStaffAccount(this.username, this.password, this.username, Role.ADMIN, null);
		log.info("Created the first administrator '{}'", this.username);
	}

}
