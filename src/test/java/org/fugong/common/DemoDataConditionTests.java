package org.fugong.common;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataConditionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Seeds.class);

	@Test
	void demoDataIsSeededOnTheEmbeddedDefault() {
		this.runner.run((context) -> assertThat(context).hasBean("seed"));
	}

	@Test
	void noDemoDataWhenAnOperatorConfiguredTheDatabase() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/fugong")
			.run((context) -> assertThat(context).doesNotHaveBean("seed"));
	}

	@Test
	void demoDataCanBeSwitchedOff() {
		this.runner.withPropertyValues("fugong.demo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("seed"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Seeds {

		@Bean
		@DemoData
		String seed() {
			return "seeded";
		}

	}

}
