package io.github.xxgk.spring;

import io.github.xxgk.jackson2.XxgkJackson2Module;
import io.github.xxgk.jackson3.XxgkJackson3Module;
import io.github.xxgk.validation.ReportValidator;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The auto-configuration of xxgk for Spring Boot 3.5 and 4.0:
 * <ul>
 * <li>a {@link ReportValidator} bean configured by {@code xxgk.validation.township-deadline} (unless the
 * application has one);</li>
 * <li>the Jackson module in Spring's mapper: {@link XxgkJackson2Module} when {@code xxgk-jackson2} is on
 * the class path (Boot 3, Jackson 2), {@link XxgkJackson3Module} when {@code xxgk-jackson3} is (Boot 4,
 * Jackson 3); Boot adds every module bean to the mapper it builds. Findings and validation results are
 * written in the language of the current request's {@code Accept-Language} (Chinese or English),
 * {@code xxgk.web.default-language} otherwise;</li>
 * <li>in a servlet web application, {@link ReportProblems}, answering a report that failed
 * {@code @Valid} or could not be read with an RFC 9457 problem document (off with
 * {@code xxgk.web.problem-details=false}).</li>
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(XxgkProperties.class)
public class XxgkAutoConfiguration {

    /** Created by Spring. */
    public XxgkAutoConfiguration() {
    }

    /**
     * The rule engine.
     *
     * @param properties the settings
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public ReportValidator xxgkReportValidator(XxgkProperties properties) {
        return ReportValidator.withTownshipDeadline(properties.validation().townshipDeadlineDay());
    }

    /** The language of the current request, else the configured default; never the JVM's. */
    static Supplier<Locale> requestLanguage(XxgkProperties properties) {
        Locale fallback = properties.web().defaultLocale();
        return () -> {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (attributes instanceof ServletRequestAttributes servlet) {
                return Languages.of(servlet.getRequest().getHeader("Accept-Language"), fallback);
            }
            LocaleContext context = LocaleContextHolder.getLocaleContext();
            Locale l = context == null ? null : context.getLocale();
            return l == null ? fallback : Languages.of(l.toLanguageTag(), fallback);
        };
    }

    /** The Jackson 2 module (Spring Boot 3). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.github.xxgk.jackson2.XxgkJackson2Module", "com.fasterxml.jackson.databind.ObjectMapper"})
    static class Jackson2 {

        @Bean
        @ConditionalOnMissingBean
        XxgkJackson2Module xxgkJackson2Module(XxgkProperties properties) {
            return new XxgkJackson2Module().withLocale(requestLanguage(properties));
        }
    }

    /** The Jackson 3 module (Spring Boot 4). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.github.xxgk.jackson3.XxgkJackson3Module", "tools.jackson.databind.json.JsonMapper"})
    static class Jackson3 {

        @Bean
        @ConditionalOnMissingBean
        XxgkJackson3Module xxgkJackson3Module(XxgkProperties properties) {
            return new XxgkJackson3Module().withLocale(requestLanguage(properties));
        }
    }

    /** The problem documents (a servlet web application). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "xxgk.web", name = "problem-details", havingValue = "true", matchIfMissing = true)
    static class Web {

        @Bean
        @ConditionalOnMissingBean
        ReportProblems xxgkReportProblems(XxgkProperties properties) {
            return new ReportProblems(properties.web().defaultLocale());
        }
    }
}
