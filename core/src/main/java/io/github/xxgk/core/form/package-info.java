/**
 * The form definitions: each edition of the annual report described once, as data (sections, tables,
 * row and column trees, cells with their ids, labels in Chinese and English, numbering, units, and the
 * relations between cells). Start at {@link io.github.xxgk.core.form.FormDefinition}, obtained with
 * {@link io.github.xxgk.core.Edition#form()}; FORMS.md in the repository is generated from them.
 */
package io.github.xxgk.core.form;
