/**
 * Test support for consumers: {@link io.github.xxgk.testing.ReportGenerator} makes reports of every edition
 * (consistent or with chosen defects), {@link io.github.xxgk.testing.ReportGens} adapts it to QuickTheories,
 * and {@link io.github.xxgk.testing.XxgkAssertions} gives AssertJ assertions on reports and findings.
 */
package io.github.xxgk.testing;
