/**
 * Renderings of a report in the official layout: {@link io.github.xxgk.render.HtmlRenderer} (a page for the
 * web and for print), {@link io.github.xxgk.render.MarkdownRenderer} and {@link io.github.xxgk.render.TextRenderer},
 * each optionally with the findings of a validation.
 */
package io.github.xxgk.render;
