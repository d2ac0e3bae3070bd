package io.github.xxgk.ingest;

import io.github.xxgk.core.form.CellId;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.Location;
import io.github.xxgk.validation.TextPosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every part of a read report came from: each cell value by cell id, and each text (title,
 * preamble paragraph, heading, paragraph, closing line) by its JSON pointer in the report's
 * {@code xxgk.report/2} form ({@code /title}, {@code /preamble/0}, {@code /sections/2/title},
 * {@code /sections/0/subsections/1/paragraphs/3}, {@code /closing/0}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source a description of the source (its file name, or {@code bytes}/{@code string})
 * @param charset the character set the source was decoded with
 * @param cells the location of each cell that was read, in reading order
 * @param texts the location of each text, by JSON pointer, in reading order
 * @param omitted what was read but left out of the report, as printed and where, in reading order: the
 *     site's chrome (a text dump's breadcrumb, share buttons, download links), a block caption of a table
 *     the form lacks, a line printed inside a table after its last row (a {@code 注：…} note); then the
 *     page furniture the source left out (a PDF's page numbers, running headers and footers, watermark,
 *     the header rows of a table printed again on a new page: {@code SourceDocument.furniture()})
 * @param notes where in the source each reading note was made, for the notes that have a place
 */
public record Provenance(String source, String charset, Map<CellId, SourceLocation> cells,
        Map<String, SourceLocation> texts, List<Omitted> omitted, Map<Finding, SourceLocation> notes) {

    /** Creates a provenance. */
    public Provenance {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(charset, "charset");
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        omitted = List.copyOf(omitted);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** Creates a provenance of a source of which nothing was left out, without the notes' places. */
    public Provenance(String source, String charset, Map<CellId, SourceLocation> cells,
            Map<String, SourceLocation> texts) {
        this(source, charset, cells, texts, List.of(), Map.of());
    }

    /**
     * A part of the report and where it was printed.
     *
     * @param of the part: a cell id ({@code t3.r1.natural_person}) or a JSON pointer into the report
     *     ({@code /sections/1/paragraphs/0}); {@code note} for the place a reading note was made
     * @param location where it was printed
     */
    public record Place(String of, SourceLocation location) {
        /** Creates a place. */
        public Place {
            java.util.Objects.requireNonNull(of, "of");
            java.util.Objects.requireNonNull(location, "location");
        }
    }

    /**
     * Where in the source a person finds what a finding on the read report is about: the place a reading
     * note was made; the printed cells of a finding on cells (its own cell, the cells it marks, then the
     * other cells of its relation); the paragraph of a finding on the text (a narrative figure); the heading of a finding on a section; the
     * title of a finding on the title. Empty when none of these was read from the source (a missing
     * section, a table not printed).
     *
     * @param finding a finding of the read report (a reading note or a validation finding)
     * @return the places, without repeats, in that order
     */
    public List<Place> of(Finding finding) {
        java.util.LinkedHashMap<String, SourceLocation> out = new java.util.LinkedHashMap<>();
        SourceLocation note = notes.get(finding);
        if (note != null) {
            out.put("note", note);
        }
        Location at = finding.location();
        java.util.List<CellId> cellIds = new java.util.ArrayList<>();
        at.cell().ifPresent(cellIds::add);
        cellIds.addAll(finding.cells());
        cellIds.addAll(finding.related());
        for (CellId id : cellIds) {
            SourceLocation l = cells.get(id);
            if (l != null) {
                out.putIfAbsent(id.toString(), l);
            }
        }
        String pointer = null;
        if (at.text().isPresent()) {
            TextPosition t = at.text().get();
            String base = "/" + t.path();
            pointer = t.path().equals("preamble") ? base + "/" + t.paragraph()
                    : t.paragraph() < 0 ? base + "/title" : base + "/paragraphs/" + t.paragraph();
        } else if (at.kind() == Location.Kind.SECTION && at.id().startsWith("sections/")) {
            pointer = "/" + at.id() + "/title";
        } else if (at.kind() == Location.Kind.REPORT && at.id().equals("title")) {
            pointer = "/title";
        }
        if (pointer != null && texts.containsKey(pointer)) {
            out.putIfAbsent(pointer, texts.get(pointer));
        }
        return out.entrySet().stream().map(e -> new Place(e.getKey(), e.getValue())).toList();
    }

    /**
     * Text read from the source and left out of the report as the site's chrome.
     *
     * @param text the text, whitespace collapsed
     * @param location where it was
     */
    public record Omitted(String text, SourceLocation location) {
        /** Creates an omission. */
        public Omitted {
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(location, "location");
        }
    }

    /** Where a cell's value was printed, if it was read from the source. */
    public Optional<SourceLocation> of(CellId cell) {
        return Optional.ofNullable(cells.get(cell));
    }

    /** Where a text was printed, by its JSON pointer. */
    public Optional<SourceLocation> of(String pointer) {
        return Optional.ofNullable(texts.get(pointer));
    }
}
