package org.fugong.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on real PostgreSQL with MockMvc. Every test class that
 * uses it shares one cached context (and one database), so tests make their own
 * data with unique names and never assume an empty table. Every {@code /api/**}
 * exchange is checked against the served OpenAPI document ({@link ApiContract}).
 * The metrics scrape account has a password ({@link #SCRAPE_PASSWORD}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "fugong.metrics.password=" + IntegrationTest.SCRAPE_PASSWORD)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, ApiContract.class })
public @interface IntegrationTest {

	/** The password of the metrics scrape account in tests. */
	String SCRAPE_PASSWORD = "scrape-Secret-2026";

}
