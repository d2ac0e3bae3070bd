package io.github.xxgk.testing;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.CellValue;
import io.github.xxgk.core.Count;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.Section;
import io.github.xxgk.core.SignedCount;
import io.github.xxgk.core.form.CellId;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on an {@link AnnualReport}. Not thread-safe (as AssertJ assertions are not). */
public final class AnnualReportAssert extends AbstractAssert<AnnualReportAssert, AnnualReport> {

    AnnualReportAssert(AnnualReport actual) {
        super(actual, AnnualReportAssert.class);
    }

    /** The report is of an edition. */
    public AnnualReportAssert isOfEdition(Edition edition) {
        isNotNull();
        if (actual.edition() != edition) {
            failWithMessage("Expected edition %s but was %s", edition, actual.edition());
        }
        return this;
    }

    /** A cell holds a value. */
    public AnnualReportAssert hasCell(String cellId, CellValue expected) {
        isNotNull();
        CellId id = CellId.parse(cellId);
        CellValue value = actual.value(id);
        if (!Objects.equals(value, expected)) {
            failWithMessage("Expected %s (%s) to be %s but was %s", cellId,
                    actual.form().cell(id).map(c -> c.name().zh()).orElse("?"), describe(expected), describe(value));
        }
        return this;
    }

    /** A count or signed-count cell holds a whole number. */
    public AnnualReportAssert hasCell(String cellId, long expected) {
        CellValue value = actual.value(CellId.parse(cellId));
        return hasCell(cellId, value instanceof SignedCount ? SignedCount.of(expected) : Count.of(expected));
    }

    /** A cell is BLANK. */
    public AnnualReportAssert hasBlank(String cellId) {
        return hasCell(cellId, CellValue.BLANK);
    }

    /** A cell is NOT_APPLICABLE (“/”). */
    public AnnualReportAssert hasNotApplicable(String cellId) {
        return hasCell(cellId, CellValue.NOT_APPLICABLE);
    }

    /** The report contains a table. */
    public AnnualReportAssert hasTable(String tableId) {
        isNotNull();
        if (actual.table(tableId).isEmpty()) {
            failWithMessage("Expected table %s but the report has %s", tableId, actual.tables().keySet());
        }
        return this;
    }

    /** The report has a section recognised as a form section, at any depth. */
    public AnnualReportAssert hasSection(String formSectionId) {
        isNotNull();
        if (!find(actual.sections(), formSectionId)) {
            failWithMessage("Expected section %s but the report has %s", formSectionId, headings(actual.sections()));
        }
        return this;
    }

    /** The report has a section with a heading (numbering and title as printed), at any depth. */
    public AnnualReportAssert hasSectionHeaded(String heading) {
        isNotNull();
        if (!findHeading(actual.sections(), heading)) {
            failWithMessage("Expected a section headed “%s” but the report has %s", heading, headings(actual.sections()));
        }
        return this;
    }

    private static boolean find(List<Section> sections, String id) {
        return sections.stream().anyMatch(s -> s.form().filter(id::equals).isPresent() || find(s.subsections(), id));
    }

    private static boolean findHeading(List<Section> sections, String heading) {
        return sections.stream().anyMatch(s -> s.heading().equals(heading) || findHeading(s.subsections(), heading));
    }

    private static List<String> headings(List<Section> sections) {
        return sections.stream().map(Section::heading).toList();
    }

    private static String describe(CellValue v) {
        return v.isBlank() ? "BLANK" : v.isNotApplicable() ? "“/”" : v.toString();
    }
}
