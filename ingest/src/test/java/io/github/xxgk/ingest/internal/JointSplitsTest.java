package io.github.xxgk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.ingest.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows of 表三 whose runs of digits the table's relations settle only taken together ({@link DumpTables#choose}): one
 * row's split the same in every combination the relations allow, the others' splits that no such combination
 * gives left out of the alternatives listed. The rows and their candidate splits are written here by hand: 一、本年新收
 * 3 or 4 natural persons, 二、上年结转 2, 1 or 9, （七）总计 5 or 7, 四、结转下年度 0; the balance 一+二 = （七）+四 allows 3+2 =
 * 5+0 and 4+1 = 5+0 only.
 */
class JointSplitsTest {

    private static final TableDefinition T3 = Edition.STANDARD_2021.form().table("t3").orElseThrow();
    private static final FormIndex INDEX = FormIndex.of(T3);

    private static DumpTables.Pending row(String id) {
        FormIndex.RowRef ref = INDEX.rows.stream().filter(r -> r.row().id().equals(id)).findFirst().orElseThrow();
        List<FormIndex.ColumnRef> columns = INDEX.columns.stream()
                .filter(c -> INDEX.formColumns.contains(c.column().id())).toList();
        assertThat(columns).hasSize(7);
        return new DumpTables.Pending(Optional.of(ref), ref.row().label().zh(), "", columns, List.of("run"), List.of(),
                new SourceLocation.TextRange(0, 3), new int[0]);
    }

    /** A split giving the natural persons and the total {@code n}, the other applicants none. */
    private static String[] persons(int n) {
        return new String[] {String.valueOf(n), "0", "0", "0", "0", "0", String.valueOf(n)};
    }

    @Test
    void aRowEveryAllowedCombinationSplitsAlikeIsSettledAndSplitsNoCombinationAllowsAreNotListed() {
        List<DumpTables.Pending> rows = List.of(row("r1"), row("r2"), row("r3_7"), row("r4"));
        List<List<String[]>> candidates = List.of(List.of(persons(3), persons(4)),
                List.of(persons(2), persons(1), persons(9)), List.of(persons(5), persons(7)), List.<String[]>of(persons(0)));
        List<Note> notes = new ArrayList<>();
        List<GridReader.ResolvedRow> out = SplitChoice.choose(T3, rows, candidates, List.of(true, true, true, false),
                Set.of(), notes, StatedFigures.NONE);
        // （七）总计 is 5 in both combinations: settled, said as a split the relations allow alone
        assertThat(out.get(2).cells()).extracting(GridReader.ResolvedCell::text).containsExactly(persons(5));
        // 一 and 二 stay blank, each with the two splits some allowed combination gives: 9 is in none
        assertThat(out.get(0).cells()).allMatch(c -> c.text().isEmpty());
        assertThat(out.get(1).cells()).allMatch(c -> c.text().isEmpty());
        List<String> ambiguous = notes.stream().filter(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS"))
                .map(n -> n.expected()).toList();
        // (the row's label as the page would print it is the Pending's label: here the form's, without numbering)
        assertThat(ambiguous).containsExactly("本年新收政府信息公开申请数量：3|0|0|0|0|0|3, 4|0|0|0|0|0|4",
                "上年结转政府信息公开申请数量：2|0|0|0|0|0|2, 1|0|0|0|0|0|1");
        assertThat(notes).filteredOn(n -> n.ruleId().equals("READ-SPLIT")).singleElement()
                .satisfies(n -> assertThat(n.expected()).endsWith("：5|0|0|0|0|0|5").startsWith(rows.get(2).label()));
        assertThat(notes.toString().toLowerCase(Locale.ROOT)).doesNotContain("9|0|0|0|0|0|9");
    }

    /**
     * More combinations than are tried together (一、二、（七） with 20 splits each, 四 with 0 and 100 to 118: 160,000):
     * none is taken for the only one, and every split stays listed, though tried together (the balance 一+二 =
     * （七）+四 with 一 and 二 at most 19 each) 四 would take 0.
     */
    @Test
    void pastTheCombinationsTriedTheRowsStayAsTheRelationsLeftThem() {
        List<DumpTables.Pending> rows = List.of(row("r1"), row("r2"), row("r3_7"), row("r4"));
        List<String[]> twenty = new ArrayList<>();
        List<String[]> carried = new ArrayList<>(List.<String[]>of(persons(0)));
        for (int n = 0; n < 20; n++) {
            twenty.add(persons(n));
        }
        for (int n = 100; n < 119; n++) {
            carried.add(persons(n));
        }
        List<Note> notes = new ArrayList<>();
        List<GridReader.ResolvedRow> out = SplitChoice.choose(T3, rows, List.of(twenty, twenty, twenty, carried),
                List.of(true, true, true, true), Set.of(), notes, StatedFigures.NONE);
        assertThat(out).allSatisfy(r -> assertThat(r.cells()).allMatch(c -> c.text().isEmpty()));
        assertThat(notes).hasSize(4).allMatch(n -> n.ruleId().equals("READ-SPLIT-AMBIGUOUS"));
        assertThat(notes.get(3).expected()).contains("0|0|0|0|0|0|0").contains("118|0|0|0|0|0|118");
    }
}
