package org.fugong.gate;

import tools.jackson.databind.json.JsonMapper;

import org.fugong.common.Problems;
import org.fugong.security.DeviceTokens;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The verification fast path, just before Spring Security's filter chain (which it falls back to). */
@Configuration(proxyBeanMethods = false)
class GateWebConfiguration {

	@Bean
	FilterRegistrationBean<VerifyFastPath> verifyFastPath(VerifyDoor door, DeviceTokens devices, JsonMapper json,
			LocaleResolver localeResolver, Problems problems) {
		FilterRegistrationBean<VerifyFastPath> registration = new FilterRegistrationBean<>(
				new VerifyFastPath(door, devices, json, localeResolver, problems));
		registration.addUrlPatterns(VerifyFastPath.PATH);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
