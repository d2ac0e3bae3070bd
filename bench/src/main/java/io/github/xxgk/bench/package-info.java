/**
 * JMH benchmarks of reading, validating and rendering reports; run from {@code bench/target/benchmarks.jar}.
 */
package io.github.xxgk.bench;
