/**
 * The Bean Validation adapter: the validator of {@link io.github.xxgk.core.constraints.ValidAnnualReport},
 * found by the host's provider (Hibernate Validator 8 or 9) through the service loader.
 */
package io.github.xxgk.validation.beanvalidation;
