/**
 * A portal taking reports, run on Spring Boot 3.5 and 4.0 by the tests of {@code spring-boot-tests}
 * (not published).
 */
package io.github.xxgk.spring.app;
