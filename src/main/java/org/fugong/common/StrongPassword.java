package org.fugong.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The password rule: at least 8 characters with three of upper case, lower case,
 * digit and symbol. Blank values are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = StrongPassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	String message() default "{validation.password.weak}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<StrongPassword, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || isStrong(value);
		}

		public static boolean isStrong(String password) {
			if (password == null || password.length() < 8 || password.length() > 72) {
				return false;
			}
			boolean upper = false;
			boolean lower = false;
			boolean digit = false;
			boolean symbol = false;
			for (int i = 0; i < password.length(); i++) {
				char c = password.charAt(i);
				if (Character.isUpperCase(c)) {
					upper = true;
				}
				else if (Character.isLowerCase(c)) {
					lower = true;
				}
				else if (Character.isDigit(c)) {
					digit = true;
				}
				else if (!Character.isWhitespace(c)) {
					symbol = true;
				}
			}
			int kinds = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
			return kinds >= 3;
		}

	}

}
