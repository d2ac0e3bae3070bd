package io.github.xxgk.core.form;

/**
 * How strongly a rule or a relation of a form binds: an {@link #ERROR} violates an
 * identity printed in or necessarily implied by the format, or a legal deadline; a {@link #WARNING}
 * is very likely a defect but has legitimate exceptions; an {@link #INFO} is advisory.
 */
public enum Severity {
    /** Violates the law or an identity of the format. */
    ERROR("错误", "error"),
    /** Very likely a defect, with legitimate exceptions. */
    WARNING("警告", "warning"),
    /** Advisory. */
    INFO("提示", "info");

    private final Label label;

    Severity(String zh, String en) {
        this.label = new Label(zh, en);
    }

    /** The severity for a person, in both languages ({@code 错误} / {@code error}). */
    public Label label() {
        return label;
    }
}
