package io.github.xxgk.render.internal;

import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.Severity;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationResult;
import java.util.List;
import java.util.Locale;

/**
 * The findings a rendering shows and how it sums them up: every finding, or only the ERRORs, in the
 * result's order (severity, then place); the summary line (passed or failed, the count of each
 * severity). Immutable. Not API.
 *
 * @param result the validation of the report
 * @param errorsOnly whether only ERROR findings are shown
 * @param locale the language of the headings and messages
 */
public record FindingsView(ValidationResult result, boolean errorsOnly, Locale locale) {

    /** The findings shown. */
    public List<Finding> shown() {
        return errorsOnly ? result.errors() : result.findings();
    }

    /** Whether the headings are Chinese. */
    public boolean chinese() {
        return Label.isChinese(locale);
    }

    /** The heading of the findings. */
    public String heading() {
        return chinese() ? "检查结果" : "Findings";
    }

    /** The verdict: 通过 / 未通过, PASSED / FAILED. */
    public String verdict() {
        boolean passed = result.passed();
        return chinese() ? (passed ? "通过" : "未通过") : (passed ? "PASSED" : "FAILED");
    }

    /** The counts: {@code 错误 2，警告 3，提示 1}. */
    public String counts() {
        int e = result.count(Severity.ERROR);
        int w = result.count(Severity.WARNING);
        int i = result.count(Severity.INFO);
        if (chinese()) {
            return "错误 " + e + "，警告 " + w + "，提示 " + i;
        }
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
    }

    /** What is listed, when only the errors are: {@code 只列出错误}; else empty. */
    public String note() {
        return errorsOnly ? (chinese() ? "；只列出错误" : "; errors only listed") : "";
    }

    /** The summary line: {@code 检查结果：未通过（错误 2，警告 3，提示 1）}. */
    public String summary() {
        return chinese() ? heading() + "：" + verdict() + "（" + counts() + note() + "）"
                : heading() + ": " + verdict() + " (" + counts() + note() + ")";
    }

    /** What a list says when it shows nothing. */
    public String none() {
        return chinese() ? (errorsOnly ? "未发现错误。" : "未发现问题。") : (errorsOnly ? "No errors." : "No findings.");
    }
}
