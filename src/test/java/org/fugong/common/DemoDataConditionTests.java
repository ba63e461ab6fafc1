package org.fugong.common;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DemoDataSwitch} keeps the demo seeders on the embedded default only,
 * whether they come as classes or from {@code @Bean} methods.
 */
class DemoDataConditionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Seeds.class, DemoDataSwitch.class)
		.withBean("seeder", Seed.class)
		.withBean("plain", String.class, () -> "not demo data");

	@Test
	void demoDataIsSeededOnTheEmbeddedDefault() {
		this.runner.run((context) -> assertThat(context).hasBean("seed").hasBean("seeder").hasBean("plain"));
	}

	@Test
	void noDemoDataWhenAnOperatorConfiguredTheDatabase() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/fugong")
			.run((context) -> assertThat(context).doesNotHaveBean("seed").doesNotHaveBean("seeder").hasBean("plain"));
	}

	@Test
	void demoDataCanBeSwitchedOff() {
		this.runner.withPropertyValues("fugong.demo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("seed").doesNotHaveBean("seeder").hasBean("plain"));
	}

	@DemoData
	static class Seed {

	}

	@Configuration(proxyBeanMethods = false)
	static class Seeds {

		@Bean
		Seed seed() {
			return new Seed();
		}

	}

}
