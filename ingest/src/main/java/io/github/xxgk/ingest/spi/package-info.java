/**
 * The service interface for readers of further kinds of sources (PDF, Word, Excel): a
 * {@link io.github.xxgk.ingest.spi.SourceReader} turns bytes into the neutral
 * {@link io.github.xxgk.ingest.spi.SourceDocument}, and the one recogniser of {@code ingest} maps that
 * onto the forms. Readers are found by {@link java.util.ServiceLoader}.
 */
package io.github.xxgk.ingest.spi;
