package org.fugong.pass;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.DemoData;
import org.fugong.security.CurrentUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo passes: each whitelisted demo enterprise has issued a pass to every
 * employee whose tests allow one (after the demo roster, order 50). Runs once:
 * an enterprise that holds passes already is left as it is.
 */
@Component
@DemoData
@Order(60)
@RequiredArgsConstructor
class DemoPasses implements ApplicationRunner {

	private static final List<String> WHITELISTED = List.of("ent-nanqiao", "ent-haigang", "ent-jiuting", "ent-sijing");

	private final PassService passes;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		for (String username : WHITELISTED) {
			CurrentUser owner = (CurrentUser) this.users.loadUserByUsername(username);
			boolean issued = this.passes
				.search(owner, new PassQuery(PassType.WORKER, null, false, null, null), PageRequest.of(0, 1))
				.hasContent();
			if (!issued) {
				try {
					this.passes.issueAllEligible(owner, null, null);
				}
				catch (BusinessRuleException ex) {
					// Taken off the whitelist in this demo database since: it issues nothing.
				}
			}
		}
	}

}
