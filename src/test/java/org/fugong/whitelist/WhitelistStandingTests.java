package org.fugong.whitelist;

import org.fugong.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What an enterprise may do only while whitelisted is refused with the caller's message for how it stands. */
class WhitelistStandingTests {

	@Test
	void anActiveEnterpriseIsLetThrough() {
		assertThatNoException()
			.isThrownBy(() -> WhitelistStanding.ACTIVE.requireActive("pass.enterprise.suspended", "pass.enterprise.notWhitelisted"));
	}

	@Test
	void aSuspendedOneIsToldItIsSuspended() {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> WhitelistStanding.SUSPENDED.requireActive("vehicle.enterprise.suspended",
						"vehicle.enterprise.notWhitelisted"));
		assertThat(refused.messageKey()).isEqualTo("vehicle.enterprise.suspended");
	}

	@Test
	void oneOnNoListIsToldItIsNotWhitelisted() {
		BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
				() -> WhitelistStanding.NOT_LISTED.requireActive("vehicle.enterprise.suspended",
						"vehicle.enterprise.notWhitelisted"));
		assertThat(refused.messageKey()).isEqualTo("vehicle.enterprise.notWhitelisted");
	}

}
