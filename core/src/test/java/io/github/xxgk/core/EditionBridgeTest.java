package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.form.CellCorrespondence;
import io.github.xxgk.core.form.CellCorrespondence.Kind;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.EditionBridge;
import io.github.xxgk.core.form.KeyFigure;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.Term;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The correspondences between editions and the key figures are data: every cell they name exists, none twice. */
class EditionBridgeTest {

    private static final EditionBridge B1921 = EditionBridge.between(Edition.TRIAL_2019, Edition.STANDARD_2021);

    @Test
    void everyCellNamedExistsInItsEditionAndNoCellIsInTwoCorrespondences() {
        Set<CellId> earlier = new HashSet<>();
        Set<CellId> later = new HashSet<>();
        for (CellCorrespondence c : B1921.correspondences()) {
            for (CellId id : c.earlier()) {
                assertThat(Edition.TRIAL_2019.form().cell(id)).as("2019 " + id).isPresent();
                assertThat(earlier.add(id)).as("twice: " + id).isTrue();
            }
            for (CellId id : c.later()) {
                assertThat(Edition.STANDARD_2021.form().cell(id)).as("2021 " + id).isPresent();
                assertThat(later.add(id)).as("twice: " + id).isTrue();
            }
        }
    }

    @Test
    void the2019SixthRowIsTheSumOf2021sThreeSubRowsAsThe2021FormItselfSays() {
        CellCorrespondence c = B1921.ofEarlier(CellId.parse("t3.r3_6.natural_person")).orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.SUM);
        // the 2021 form declares its （六） subtotal as the sum of exactly these cells (T3-SUM-VI-21)
        Relation sum = Edition.STANDARD_2021.form().relations().stream()
                .filter(r -> r.ruleId().equals("T3-SUM-VI-21") && r.left().get(0).cell().equals(CellId.parse("t3.r3_6.natural_person")))
                .findFirst().orElseThrow();
        assertThat(sum.right().stream().map(Term::cell).toList()).containsExactlyElementsOf(c.later());
        // every one of the seven columns is bridged
        assertThat(B1921.correspondences().stream().filter(x -> x.kind() == Kind.SUM)).hasSize(7);
    }

    @Test
    void cellsOfTheSameIdAndAddressAreTheSameAndOthersAreDeclaredOrWithoutCounterpart() {
        for (CellDefinition c : Edition.STANDARD_2021.form().tables().stream().flatMap(t -> t.cells().stream()).toList()) {
            var found = B1921.ofLater(c.id());
            var before = Edition.TRIAL_2019.form().cell(c.id());
            if (before.isPresent() && before.get().name().equals(c.name()) && !c.id().row().equals("r3_6")) {
                assertThat(found).as(c.id().toString()).hasValueSatisfying(x -> assertThat(x.kind()).isEqualTo(Kind.SAME));
            }
        }
        // 表二 第（八）项: a count of fee items (2019) is not an amount of fees (2021)
        assertThat(B1921.ofLater(CellId.parse("t2.fees.fee_amount"))).hasValueSatisfying(x -> assertThat(x.kind()).isEqualTo(Kind.NONE));
        assertThat(B1921.ofEarlier(CellId.parse("t2.regulations.new_made")).orElseThrow().later())
                .containsExactly(CellId.parse("t2.regulations.issued"));
        // 表四 is unchanged: all fifteen cells the same
        assertThat(B1921.correspondences().stream().filter(x -> x.kind() == Kind.SAME && x.later().get(0).table().equals("t4"))).hasSize(15);
    }

    @Test
    void noCellIsDeclaredBetweenTheLegacyTableAndThe2019Format() {
        assertThat(EditionBridge.between(Edition.LEGACY_2008, Edition.TRIAL_2019).correspondences()).isEmpty();
        assertThat(EditionBridge.between(Edition.STANDARD_2021, Edition.STANDARD_2021).correspondences())
                .allMatch(c -> c.kind() == Kind.SAME && c.earlier().equals(c.later()));
    }

    @Test
    void keyFiguresNameCellsOfTheirEditionsOrANarrativeSubject() {
        List<KeyFigure> all = KeyFigure.all();
        assertThat(all).extracting(KeyFigure::id).containsExactly("requests_received", "requests_carried_over", "proactive",
                "reconsiderations", "lawsuits");
        for (KeyFigure f : all) {
            f.cells().forEach((edition, cells) -> cells.forEach(c -> assertThat(edition.form().cell(c)).as(f.id() + " " + c).isPresent()));
            f.narrative().forEach((edition, subject) -> {
                assertThat(f.cells()).doesNotContainKey(edition);
                assertThat(edition.form().narrative().subjects()).anyMatch(s -> s.id().equals(subject));
            });
        }
    }
}
