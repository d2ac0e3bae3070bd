package io.github.xxgk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of a report as printed: the form section it is (when recognised), its numbering label as
 * printed (kept even when irregular, such as {@code （1）} where {@code （二）} belongs), its title, its
 * paragraphs and its subsections, in order. An empty section (a heading with no text) is kept as
 * empty.
 *
 * <p>Immutable, value equality, thread-safe.
 *
 * @param form the id of the form section this is, when recognised
 * @param numbering the numbering label as printed, possibly empty
 * @param title the title as printed, possibly empty
 * @param paragraphs the paragraphs, in order
 * @param subsections the subsections, in order
 * @param tables the ids of the statistics tables printed inside this section where that is not the
 *     form's place for them (a legacy report's {@code 六、政府信息公开情况统计表} holds the legacy table),
 *     or where they are all this sub-section of their place prints ({@code （一）复议诉讼情况} under 四、
 *     with 表四 under it and no text holds 表四)
 */
public record Section(Optional<String> form, String numbering, String title, List<String> paragraphs,
        List<Section> subsections, List<String> tables) {

    /** Creates a section that holds no table of its own. */
    public Section(Optional<String> form, String numbering, String title, List<String> paragraphs,
            List<Section> subsections) {
        this(form, numbering, title, paragraphs, subsections, List.of());
    }

    /** Creates a section. */
    public Section {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        subsections = List.copyOf(subsections);
        tables = List.copyOf(tables);
    }

    /** A builder for a section with this numbering and title. */
    public static Builder builder(String numbering, String title) {
        return new Builder(numbering, title);
    }

    /** Whether the section has neither paragraphs nor subsections (it may still hold tables). */
    public boolean isEmpty() {
        return paragraphs.isEmpty() && subsections.isEmpty();
    }

    /** The heading as printed: numbering and title. */
    public String heading() {
        return numbering + title;
    }

    /** Builds a {@link Section}. Not thread-safe. */
    public static final class Builder {
        private Optional<String> form = Optional.empty();
        private final String numbering;
        private final String title;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Section> subsections = new ArrayList<>();
        private final List<String> tables = new ArrayList<>();

        private Builder(String numbering, String title) {
            this.numbering = Objects.requireNonNull(numbering, "numbering");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Marks the section as the form section with this id. */
        public Builder form(String sectionId) {
            this.form = Optional.of(sectionId);
            return this;
        }

        /** Adds paragraphs. */
        public Builder paragraph(String... texts) {
            for (String t : texts) {
                paragraphs.add(Objects.requireNonNull(t, "paragraph"));
            }
            return this;
        }

        /** Adds a subsection. */
        public Builder subsection(Section section) {
            subsections.add(Objects.requireNonNull(section, "subsection"));
            return this;
        }

        /** Records that a statistics table is printed inside this section. */
        public Builder table(String tableId) {
            tables.add(Objects.requireNonNull(tableId, "table"));
            return this;
        }

        /** The section. */
        public Section build() {
            return new Section(form, numbering, title, paragraphs, subsections, tables);
        }
    }

    /** One line: numbering, title, the count of paragraphs, subsections and tables (never the text). */
    @Override
    public String toString() {
        return "Section[" + form.map(f -> f + " ").orElse("") + numbering + title + ", " + paragraphs.size()
                + " paragraphs, " + subsections.size() + " subsections" + (tables.isEmpty() ? "" : ", tables " + tables) + "]";
    }
}
