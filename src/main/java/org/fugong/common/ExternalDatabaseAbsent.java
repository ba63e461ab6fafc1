package org.fugong.common;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no database was configured ({@code SPRING_DATASOURCE_URL} unset):
 * the newcomer's start on the embedded PostgreSQL, and the test suite. Demo
 * accounts are seeded only then, never into a database an operator configured.
 */
public class ExternalDatabaseAbsent implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

}
