package org.fugong.gate;

import tools.jackson.databind.json.JsonMapper;

import org.fugong.common.Problems;
import org.fugong.security.DeviceTokens;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The verification fast path, first of all filters: a scan from the gate page's
 * device token is answered before the request is observed for the generic
 * {@code http.server.requests} metrics (it has its own timer,
 * {@code fugong.gate.verifications}, by path and verdict), before a session is
 * looked for and before Spring Security's chain, which it falls back to with the
 * body replayed — and then every later filter runs as for any request.
 */
@Configuration(proxyBeanMethods = false)
class GateWebConfiguration {

	@Bean
	FilterRegistrationBean<VerifyFastPath> verifyFastPath(VerifyDoor door, DeviceTokens devices, JsonMapper json,
			LocaleResolver localeResolver, Problems problems) {
		FilterRegistrationBean<VerifyFastPath> registration = new FilterRegistrationBean<>(
				new VerifyFastPath(door, devices, json, localeResolver, problems));
		registration.addUrlPatterns(VerifyFastPath.PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
