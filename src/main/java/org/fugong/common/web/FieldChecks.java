package org.fugong.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The checks the forms and API requests of several features put on the same
 * kind of field, each said once with its message: a head count, a count of
 * things done, a percentage. Each is a composition of the standard constraints,
 * so a refused value is reported as the standard constraint would report it; an
 * empty value is left to {@code @NotNull} where the field is required.
 */
public final class FieldChecks {

	private FieldChecks() {
	}

	/** A number of people (staff, beds, people on site): 0 to 1,000,000. */
	@Documented
	@Constraint(validatedBy = {})
	@Min(value = 0, message = "{validation.staffCount.range}")
	@Max(value = 1000000, message = "{validation.staffCount.range}")
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface StaffCount {

		String message() default "{validation.staffCount.range}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A count of a day's work (tests taken, people found abnormal): not below 0. */
	@Documented
	@Constraint(validatedBy = {})
	@Min(value = 0, message = "{workforce.validation.count.min}")
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Count {

		String message() default "{workforce.validation.count.min}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A percentage: 0 to 100. */
	@Documented
	@Constraint(validatedBy = {})
	@Min(value = 0, message = "{workforce.validation.percent.range}")
	@Max(value = 100, message = "{workforce.validation.percent.range}")
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Percent {

		String message() default "{workforce.validation.percent.range}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
