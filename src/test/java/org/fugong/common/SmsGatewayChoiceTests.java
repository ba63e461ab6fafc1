package org.fugong.common;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code fugong.sms.gateway} picks a gateway bean by its name at every start, and refuses a name it lacks. */
class SmsGatewayChoiceTests {

	private final SmsGateway logging = new LoggingSmsGateway();

	@Test
	void theGatewayOfTheGivenName() {
		SmsGateway other = (phone, body) -> {
		};
		assertThat(SmsGateway.chosen(Map.of("logging", this.logging, "district", other), "district")).isSameAs(other);
		assertThat(SmsGateway.chosen(Map.of("logging", this.logging), "logging")).isSameAs(this.logging);
	}

	@Test
	void aNameWithoutAGatewayStopsTheStartAndSaysWhichThereAre() {
		assertThatThrownBy(() -> SmsGateway.chosen(Map.of("logging", this.logging), "aliyun"))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining("fugong.sms.gateway (FUGONG_SMS_GATEWAY) is aliyun")
			.satisfies((ex) -> assertThat(((UnsafeConfigurationException) ex).action()).contains("[logging]"));
	}

}
