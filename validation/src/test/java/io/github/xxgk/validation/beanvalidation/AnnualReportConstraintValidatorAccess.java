package io.github.xxgk.validation.beanvalidation;

/** Test access to the package-private escaping. */
public final class AnnualReportConstraintValidatorAccess {

    private AnnualReportConstraintValidatorAccess() {
    }

    public static String escape(String s) {
        return AnnualReportConstraintValidator.escape(s);
    }
}
