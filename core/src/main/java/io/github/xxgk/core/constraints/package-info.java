/**
 * The Bean Validation constraint {@link io.github.xxgk.core.constraints.ValidAnnualReport}, for hosts that
 * validate reports with {@code @Valid}; its validator lives in the xxgk-validation artifact.
 */
package io.github.xxgk.core.constraints;
