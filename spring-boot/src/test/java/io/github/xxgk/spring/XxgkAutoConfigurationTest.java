package io.github.xxgk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.jackson2.XxgkJackson2Module;
import io.github.xxgk.validation.ReportValidator;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** What the auto-configuration defines, and how the properties change it (Boot 3.5 here). */
class XxgkAutoConfigurationTest {

    private final ApplicationContextRunner plain = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(XxgkAutoConfiguration.class));

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(XxgkAutoConfiguration.class));

    @Test
    void theValidatorHasTheConfiguredDeadline() {
        plain.run(c -> assertThat(c.getBean(ReportValidator.class).townshipDeadline())
                .isEqualTo(ReportValidator.DEFAULT_TOWNSHIP_DEADLINE));
        plain.withPropertyValues("xxgk.validation.township-deadline=03-31")
                .run(c -> assertThat(c.getBean(ReportValidator.class).townshipDeadline()).isEqualTo(MonthDay.of(3, 31)));
        plain.withPropertyValues("xxgk.validation.township-deadline=31.3.").run(c -> {
            assertThat(c).hasFailed();
            assertThat(java.util.stream.Stream.iterate(c.getStartupFailure(), java.util.Objects::nonNull, Throwable::getCause)
                    .map(Throwable::getMessage).toList())
                    .anySatisfy(m -> assertThat(m).contains("xxgk.validation.township-deadline").contains("31.3.")
                            .contains("MM-dd"));
        });
        ReportValidator own = ReportValidator.withTownshipDeadline(MonthDay.of(2, 28));
        plain.withBean(ReportValidator.class, () -> own).run(c -> assertThat(c.getBean(ReportValidator.class)).isSameAs(own));
    }

    @Test
    void theJacksonModuleIsABeanAndTheProblemHandlerIsThereInAServletApplication() {
        plain.run(c -> {
            assertThat(c).hasSingleBean(XxgkJackson2Module.class);
            assertThat(c).doesNotHaveBean(ReportProblems.class);
        });
        web.run(c -> assertThat(c).hasSingleBean(ReportProblems.class));
        web.withPropertyValues("xxgk.web.problem-details=false").run(c -> assertThat(c).doesNotHaveBean(ReportProblems.class));
        web.withPropertyValues("xxgk.web.default-language=fr").run(c -> assertThat(c).hasFailed());
    }

    @Test
    void theLanguageIsChineseOrEnglishByAcceptLanguageNeverTheJvms() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Locale en = Locale.ENGLISH;
        assertThat(Languages.of("zh-CN,zh;q=0.9,en;q=0.5", en)).isEqualTo(zh);
        assertThat(Languages.of("en-GB,en;q=0.8", zh)).isEqualTo(en);
        assertThat(Languages.of("fr-FR, en;q=0.5, zh;q=0.4", zh)).isEqualTo(en);
        assertThat(Languages.of("zh-TW", en)).isEqualTo(zh);
        assertThat(Languages.of("fr", en)).isEqualTo(en);
        assertThat(Languages.of("fr", zh)).isEqualTo(zh);
        assertThat(Languages.of("*", en)).isEqualTo(en);
        assertThat(Languages.of("zh;q=0, en", zh)).isEqualTo(en);
        assertThat(Languages.of(";;;", en)).isEqualTo(en);
        assertThat(Languages.of(null, zh)).isEqualTo(zh);
    }
}
