/**
 * The Spring Boot starter of xxgk ({@link io.github.xxgk.spring.XxgkAutoConfiguration}): the Jackson
 * module in Spring's mapper, a configured {@code ReportValidator} bean, and RFC 9457 problem documents
 * for reports that fail {@code @Valid} or cannot be read ({@link io.github.xxgk.spring.ReportProblems}).
 */
package io.github.xxgk.spring;
