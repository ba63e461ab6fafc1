package org.fugong.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that seeds demo data: it exists only on the embedded default
 * (no {@code SPRING_DATASOURCE_URL}) and unless {@code fugong.demo.enabled=false}.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Conditional(ExternalDatabaseAbsent.class)
@ConditionalOnBooleanProperty(name = "fugong.demo.enabled", matchIfMissing = true)
public @interface DemoData {

	/** The password of every demo account, as {@code API.md} gives it. */
	String PASSWORD = "Fugong@2026";

}
