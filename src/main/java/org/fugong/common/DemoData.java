package org.fugong.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that seeds demo data: it exists only on the embedded default (no
 * {@code SPRING_DATASOURCE_URL}) and unless {@code fugong.demo.enabled=false}.
 * {@link DemoDataSwitch} decides at every start, also in an AOT-processed build.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DemoData {

	/** The password of every demo account, as {@code API.md} gives it. */
	String PASSWORD = "Fugong@2026";

}
