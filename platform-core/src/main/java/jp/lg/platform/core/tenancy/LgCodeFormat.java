package jp.lg.platform.core.tenancy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: the string is a valid {@link LgCode} (null is allowed; add
 * {@code @NotNull} when the code is required). The violation message gives the exact reason.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LgCodeFormat.Validator.class)
public @interface LgCodeFormat {

    String message() default "is not a valid LG code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code and reports {@link LgCode#problemWith} as the message. */
    final class Validator implements ConstraintValidator<LgCodeFormat, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String problem = LgCode.problemWith(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.replace("{", "(").replace("}", ")").replace("$", ""))
                    .addConstraintViolation();
            return false;
        }
    }
}
