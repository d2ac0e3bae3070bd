package io.github.xxgk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.form.BlockDefinition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.core.form.CellId;
import io.github.xxgk.core.form.ColumnDefinition;
import io.github.xxgk.core.form.Comparison;
import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.form.NarrativeBinding;
import io.github.xxgk.core.form.NarrativeSubject;
import io.github.xxgk.core.form.NarrativeVocabulary;
import io.github.xxgk.core.form.Relation;
import io.github.xxgk.core.form.RelationKind;
import io.github.xxgk.core.form.RowDefinition;
import io.github.xxgk.core.form.RowRole;
import io.github.xxgk.core.form.SectionDefinition;
import io.github.xxgk.core.form.TableDefinition;
import io.github.xxgk.core.form.Term;
import io.github.xxgk.core.form.Unit;
import io.github.xxgk.core.form.ValueKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the form definitions themselves, in the manner of libphonenumber's metadata tests: every
 * definition of every edition is complete and self-consistent, and the facts FORMATS.md states about
 * the official tables hold of it.
 */
class FormDefinitionsTest {

    private static Stream<FormDefinition> forms() {
        return Stream.of(Edition.values()).map(Edition::form);
    }

    private static Stream<TableDefinition> tables() {
        return forms().flatMap(f -> f.tables().stream());
    }

    @TestFactory
    Stream<DynamicTest> everyTableIsWellFormed() {
        return forms().flatMap(f -> f.tables().stream().map(t -> DynamicTest.dynamicTest(f.edition() + " " + t.id(), () -> {
            assertLabel(t.number());
            assertLabel(t.title());
            assertLabel(t.basis());
            Set<String> rowIds = new HashSet<>();
            for (BlockDefinition b : t.blocks()) {
                b.caption().ifPresent(FormDefinitionsTest::assertLabel);
                Set<String> columnIds = new HashSet<>();
                for (ColumnDefinition c : b.leafColumns()) {
                    assertLabel(c.label());
                    assertThat(columnIds.add(c.id())).as("unique column id %s", c.id()).isTrue();
                }
                for (RowDefinition r : b.allRows()) {
                    assertLabel(r.label());
                    assertThat(rowIds.add(r.id())).as("unique row id %s", r.id()).isTrue();
                    if (r.role() != RowRole.VALUE) {
                        assertThat(r.children()).as("a group row %s has sub-rows", r.id()).isNotEmpty();
                    }
                }
            }
            Set<CellId> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < t.cells().size(); i++) {
                CellDefinition c = t.cells().get(i);
                assertThat(c.index()).isEqualTo(i);
                assertThat(ids.add(c.id())).as("unique cell id %s", c.id()).isTrue();
                assertThat(names.add(c.name().zh())).as("unique official name %s", c.name().zh()).isTrue();
                assertThat(names.add(c.name().en())).as("unique English name %s", c.name().en()).isTrue();
                assertThat(c.id().table()).isEqualTo(t.id());
                assertThat(c.name().zh()).startsWith(t.number().zh() + " ").contains(" × ");
                assertThat(c.kind() == ValueKind.AMOUNT).as("money unit iff amount: %s", c.id())
                        .isEqualTo(c.unit().isMoney());
            }
        })));
    }

    @TestFactory
    Stream<DynamicTest> everyRelationNamesCellsOfItsOwnTable() {
        return tables().flatMap(t -> t.relations().stream().map(r -> DynamicTest.dynamicTest(t.id() + " " + r.ruleId() + " " + r.left(), () -> {
            assertThat(r.ruleId()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
            assertLabel(r.basis());
            r.terms().forEach(term -> assertThat(t.cell(term.cell()))
                    .as("%s names %s, a cell of %s", r.ruleId(), term.cell(), t.id()).isPresent());
            if (r.kind() == RelationKind.SUM) {
                assertThat(r.right()).as("a total has parts").isNotEmpty();
                assertThat(r.right()).extracting(Term::cell).doesNotContain(r.left().get(0).cell());
            }
            assertThat(r.isCrossYear()).isEqualTo(r.kind() == RelationKind.CROSS_YEAR);
            r.terms().forEach(term -> assertThat(t.cell(term.cell()).orElseThrow().kind())
                    .as("relations are arithmetic on counts").isNotEqualTo(ValueKind.AMOUNT));
        })));
    }

    @Test
    void everyImpliedRowIsTheTotalOfItsSubRowsInEveryColumn() {
        tables().forEach(t -> t.blocks().forEach(b -> b.allRows().stream().filter(r -> r.role() == RowRole.IMPLIED).forEach(r -> {
            for (ColumnDefinition c : b.leafColumns()) {
                CellId total = new CellId(t.id(), r.id(), c.id());
                List<CellId> parts = r.children().stream().map(k -> new CellId(t.id(), k.id(), c.id())).toList();
                assertThat(t.relations()).as("%s is declared the sum of its sub-rows", total)
                        .anySatisfy(rel -> {
                            assertThat(rel.kind()).isEqualTo(RelationKind.SUM);
                            assertThat(rel.left()).extracting(Term::cell).containsExactly(total);
                            assertThat(rel.right()).extracting(Term::cell).containsExactlyElementsOf(parts);
                        });
            }
        })));
    }

    @Test
    void everySectionIsWellFormed() {
        forms().forEach(f -> {
            Set<String> ids = new HashSet<>();
            for (SectionDefinition s : f.sections()) {
                assertThat(ids.add(s.id())).isTrue();
                assertLabel(s.title());
                assertLabel(s.basis());
                assertThat(s.requiredFor()).isNotEmpty();
                s.tables().forEach(t -> assertThat(f.table(t)).as("section %s holds table %s", s.id(), t).isPresent());
                assertThat(s.accepts(s.title().zh())).isTrue();
                s.variants().forEach(v -> assertThat(s.accepts(v)).isTrue());
            }
            f.tables().forEach(t -> assertThat(f.sections().stream().filter(s -> s.tables().contains(t.id())).count())
                    .as("table %s is printed in at most one section", t.id()).isLessThanOrEqualTo(1));
        });
    }

    // FORMATS.md §3.2: the six headings of 2019 and 2021.
    @Test
    void formatSectionsAreTheSixOfficialHeadings() {
        for (Edition e : List.of(Edition.TRIAL_2019, Edition.STANDARD_2021)) {
            assertThat(e.form().sections()).extracting(s -> s.numbering() + s.title().zh()).containsExactly(
                    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
            assertThat(e.form().section("s5_problems").orElseThrow().accepts("政府信息公开工作存在的主要问题及改进情况")).isTrue();
        }
        assertThat(Edition.LEGACY_2008.form().sections()).hasSize(6);
    }

    // FORMATS.md §3.5: seven value columns in this order, no 法人或其他组织 subtotal column.
    @Test
    void table3HasSevenValueColumnsUnderThreeHeaderRows() {
        for (Edition e : List.of(Edition.TRIAL_2019, Edition.STANDARD_2021)) {
            BlockDefinition b = e.form().table("t3").orElseThrow().blocks().get(0);
            assertThat(b.leafColumns()).extracting(c -> c.label().zh())
                    .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
            assertThat(b.headerDepth()).isEqualTo(3);
            assertThat(b.stubNote().orElseThrow().zh())
                    .isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        }
    }

    // FORMATS.md §3.5 and §3.7: rows of 表三, and （六） single in 2019, split in 2021.
    @Test
    void table3RowsFollowTheFormat() {
        TableDefinition t21 = Edition.STANDARD_2021.form().table("t3").orElseThrow();
        TableDefinition t19 = Edition.TRIAL_2019.form().table("t3").orElseThrow();
        assertThat(t21.rows()).extracting(RowDefinition::printed).containsExactly(
                "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
                "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
                "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
                "（七）总计", "四、结转下年度继续办理");
        assertThat(t21.row("r3_6").orElseThrow().role()).isEqualTo(RowRole.IMPLIED);
        assertThat(t19.row("r3_6").orElseThrow().role()).isEqualTo(RowRole.VALUE);
        assertThat(t19.row("r3_6_1")).isEmpty();
        assertThat(t19.rows()).hasSize(t21.rows().size() - 3);
        assertThat(t21.cell(CellId.parse("t3.r3_3_3.commercial_enterprise")).orElseThrow().name())
                .isEqualTo(new Label("表三 三、（三）3.危及“三安全一稳定” × 商业企业",
                        "Table 3 III. (3) 3. Would endanger the “three securities and one stability” × Commercial enterprises"));
    }

    // FORMATS.md §4.3: the balance identity, per column.
    @Test
    void table3DeclaresTheBalanceInEveryColumn() {
        TableDefinition t = Edition.STANDARD_2021.form().table("t3").orElseThrow();
        List<Relation> balance = t.relations().stream().filter(r -> r.ruleId().equals("T3-BALANCE")).toList();
        assertThat(balance).hasSize(7).allSatisfy(r -> {
            String col = r.left().get(0).cell().column();
            assertThat(r.left()).extracting(x -> x.cell().row()).containsExactly("r1", "r2");
            assertThat(r.right()).extracting(x -> x.cell().row()).containsExactly("r3_7", "r4");
            assertThat(r.terms()).allMatch(x -> x.cell().column().equals(col));
            assertThat(r.comparison()).isEqualTo(Comparison.EQUAL);
        });
    }

    // FORMATS.md §3.6: fifteen counts under three header levels.
    @Test
    void table4HasFifteenColumnsUnderThreeHeaderLevels() {
        for (Edition e : List.of(Edition.TRIAL_2019, Edition.STANDARD_2021)) {
            BlockDefinition b = e.form().table("t4").orElseThrow().blocks().get(0);
            assertThat(b.leafColumns()).hasSize(15);
            assertThat(b.headerDepth()).isEqualTo(3);
            assertThat(b.leafColumns().subList(0, 5)).extracting(c -> c.label().zh())
                    .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        }
    }

    // FORMATS.md §3.4 and §3.7: the two shapes of 表二.
    @Test
    void table2FollowsEachEdition() {
        TableDefinition t21 = Edition.STANDARD_2021.form().table("t2").orElseThrow();
        TableDefinition t19 = Edition.TRIAL_2019.form().table("t2").orElseThrow();
        assertThat(t21.blocks()).extracting(b -> b.caption().orElseThrow().zh())
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(t19.blocks()).extracting(b -> b.caption().orElseThrow().zh())
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                        "第二十条第（九）项");
        assertThat(t21.blocks().get(0).leafColumns()).extracting(c -> c.label().zh())
                .containsExactly("本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(t19.blocks().get(0).leafColumns()).extracting(c -> c.label().zh())
                .containsExactly("本年新制作数量", "本年新公开数量", "对外公开总数量");
        assertThat(t21.cell(CellId.parse("t2.fees.fee_amount")).orElseThrow().unit()).isEqualTo(Unit.TEN_THOUSAND_YUAN);
        assertThat(t19.cell(CellId.parse("t2.licensing.delta")).orElseThrow().kind()).isEqualTo(ValueKind.SIGNED_COUNT);
        assertThat(t19.cell(CellId.parse("t2.procurement.procurement_amount")).orElseThrow().unit())
                .isEqualTo(Unit.MONEY_AS_WRITTEN);
        assertThat(t19.cells()).filteredOn(c -> c.kind() == ValueKind.SIGNED_COUNT)
                .allMatch(c -> c.id().column().equals("delta"));
        assertThat(t21.row("other_services")).isEmpty();
    }

    // FORMATS.md §2.2: rows L0–L64 in order, with their units.
    @Test
    void legacyTableHasRowsL0ToL64() {
        TableDefinition t = Edition.LEGACY_2008.form().table("stats").orElseThrow();
        assertThat(t.rows()).extracting(RowDefinition::id)
                .containsExactlyElementsOf(Stream.iterate(0, i -> i <= 64, i -> i + 1).map(i -> "l" + i).toList());
        assertThat(t.rows()).filteredOn(r -> r.role() == RowRole.HEADING).extracting(RowDefinition::id)
                .containsExactly("l0", "l10", "l20", "l54", "l61");
        assertThat(t.cell(CellId.parse("stats.l60.value")).orElseThrow().unit()).isEqualTo(Unit.TEN_THOUSAND_YUAN);
        assertThat(t.cell(CellId.parse("stats.l53.value")).orElseThrow().kind()).isEqualTo(ValueKind.AMOUNT);
        assertThat(t.cell(CellId.parse("stats.l64.value")).orElseThrow().unit()).isEqualTo(Unit.PERSON_TIME);
        assertThat(t.cell(CellId.parse("stats.l17.value")).orElseThrow().unit()).isEqualTo(Unit.ARTICLE);
        assertThat(t.cell(CellId.parse("stats.l1.cumulative")).orElseThrow().extension()).isTrue();
        assertThat(t.cell(CellId.parse("stats.l1.value")).orElseThrow().extension()).isFalse();
        Relation reply = t.relations().stream()
                .filter(r -> r.ruleId().equals("LEG-APP-REPLY") && r.left().get(0).cell().column().equals("value"))
                .findFirst().orElseThrow();
        assertThat(reply.right()).extracting(x -> x.cell().row())
                .containsExactly("l30", "l31", "l32", "l33", "l40", "l41", "l42", "l43");
    }

    @Test
    void editionsFollowTheYear() {
        assertThat(Edition.forYear(2017)).isEqualTo(Edition.LEGACY_2008);
        assertThat(Edition.forYear(2018)).isEqualTo(Edition.LEGACY_2008);
        assertThat(Edition.forYear(2019)).isEqualTo(Edition.TRIAL_2019);
        assertThat(Edition.forYear(2020)).isEqualTo(Edition.TRIAL_2019);
        assertThat(Edition.forYear(2021)).isEqualTo(Edition.STANDARD_2021);
        assertThat(Edition.forYear(2030)).isEqualTo(Edition.STANDARD_2021);
        for (Edition e : Edition.values()) {
            assertThat(e.form().edition()).isSameAs(e);
            assertThat(Edition.forYear(e.firstYear())).isSameAs(e);
        }
    }

    private static void assertLabel(Label l) {
        assertThat(l.zh()).as("Chinese label").isNotBlank();
        assertThat(l.en()).as("English label of %s", l.zh()).isNotBlank();
        assertThat(l.en()).as("English label of %s has no CJK ideographs", l.zh())
                .doesNotMatch(".*[\\u4e00-\\u9fff].*");
    }

    @Test
    void aPartSubjectIsOfAKnownWholeAndNamedOnlyInItsList() {
        NarrativeVocabulary v = Edition.STANDARD_2021.form().narrative();
        NarrativeSubject natural = v.subject("requests_natural_person").orElseThrow();
        assertThat(natural.partOf()).contains("requests_received");
        assertThat(natural.after()).isEmpty();
        assertThat(v.subject("requests_received").orElseThrow().partOf()).isEmpty();
        Label name = new Label("部分", "part");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NarrativeSubject("p", name, List.of("部分"),
                NarrativeSubject.Measure.COUNT, List.of(), java.util.Optional.of("a"), List.of(), List.of(),
                java.util.Optional.of("b"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p");
        NarrativeSubject orphan = NarrativeSubject.part("p", name, List.of("部分"), "nowhere", List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NarrativeVocabulary(List.of(orphan), List.of(),
                List.of(), NarrativeVocabulary.empty().grammar())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void aBindingStandsForAKnownSubject() {
        // in the 2021 and 2019 formats the requests received stand for those concluded when 二、 and 四、 are 0
        for (Edition e : List.of(Edition.STANDARD_2021, Edition.TRIAL_2019)) {
            NarrativeBinding.StandIn in = e.form().narrative().binding("requests_received").orElseThrow().standsFor()
                    .orElseThrow();
            assertThat(in.whole()).isEqualTo("requests_concluded");
            assertThat(in.whenZero()).extracting(Object::toString).containsExactly("t3.r2.total", "t3.r4.total");
        }
        assertThat(Edition.LEGACY_2008.form().narrative().binding("requests_received").orElseThrow().standsFor()).isEmpty();
        NarrativeSubject s = NarrativeSubject.part("p", new Label("部分", "part"), List.of("部分"), "w", List.of());
        NarrativeSubject w = new NarrativeSubject("w", new Label("整体", "whole"), List.of("整体"),
                NarrativeSubject.Measure.COUNT, List.of(), java.util.Optional.empty(), List.of(), List.of(),
                java.util.Optional.empty());
        NarrativeBinding b = new NarrativeBinding("w", List.of(CellId.parse("t3.r1.total")), List.of(), List.of(), List.of(),
                List.of(), java.util.Optional.of(new NarrativeBinding.StandIn("nowhere", List.of())));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NarrativeVocabulary(List.of(w, s), List.of(b),
                List.of(), NarrativeVocabulary.empty().grammar())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
    }
}
