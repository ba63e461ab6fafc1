package org.fugong.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A mainland mobile number: 11 digits starting with 1; blank values are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = MobilePhone.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface MobilePhone {

	String message() default "{validation.phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<MobilePhone, String> {

		private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || PHONE.matcher(value).matches();
		}

	}

}
