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
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, ApiContract.class })
public @interface IntegrationTest {
}
