package io.github.xxgk.spring;

import io.github.xxgk.validation.ReportValidator;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the xxgk starter, under the prefix {@code xxgk}.
 *
 * <p>Immutable.
 *
 * @param validation the settings of the {@link ReportValidator} bean
 * @param web the settings of the answers to requests whose report is invalid or unreadable
 */
@ConfigurationProperties("xxgk")
public record XxgkProperties(@DefaultValue Validation validation, @DefaultValue Web web) {

    /**
     * The settings of the {@link ReportValidator} bean.
     *
     * @param townshipDeadline the last day on which 乡镇人民政府/街道办事处 and other bodies publish the
     *     report of the year before, as MM-dd (the 条例 leaves it to the provinces), for the rule
     *     PUB-DEADLINE-OTHER
     */
    public record Validation(@DefaultValue("01-31") String townshipDeadline) {

        /** The deadline as a day of the year, or a message naming the property when it is not one. */
        public MonthDay townshipDeadlineDay() {
            String text = townshipDeadline.strip();
            try {
                return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("xxgk.validation.township-deadline: “" + townshipDeadline
                        + "” is not a day of the year as MM-dd (such as 03-31). / 不是 MM-dd 形式的日期（如 03-31）。", e);
            }
        }
    }

    /**
     * The settings of the answers to requests whose report is invalid or unreadable.
     *
     * @param problemDetails whether a report that failed @Valid and a report that cannot be read are
     *     answered with an RFC 9457 problem document (application/problem+json) listing the findings
     * @param defaultLanguage the language of problem documents and findings when the request's
     *     Accept-Language names neither Chinese nor English: zh or en
     */
    public record Web(@DefaultValue("true") boolean problemDetails, @DefaultValue("zh") String defaultLanguage) {

        /** The default language as a locale. */
        public Locale defaultLocale() {
            return switch (defaultLanguage.strip().toLowerCase(Locale.ROOT)) {
                case "zh" -> Locale.SIMPLIFIED_CHINESE;
                case "en" -> Locale.ENGLISH;
                default -> throw new IllegalArgumentException("xxgk.web.default-language: “" + defaultLanguage
                        + "” is neither zh nor en. / 只能是 zh 或 en。");
            };
        }
    }
}
