package io.github.xxgk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.core.AnnualReport;
import io.github.xxgk.core.Edition;
import io.github.xxgk.core.form.CellDefinition;
import io.github.xxgk.validation.Finding;
import io.github.xxgk.validation.ValidationContext;
import io.github.xxgk.validation.internal.Engine;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast paths of the arithmetic (derived subtotals in longs, bounds over blanks in longs) give exactly
 * the findings of the exact path (BigInteger bounds over every relation), on published-like reports, on
 * reports with many blanks and “/”, and on those with a cell changed so that relations fail.
 */
class FastArithmeticTest {

    private static final Engine FAST = new Engine(MonthDay.of(1, 31));
    private static final Engine EXACT = Engine.exactArithmetic(MonthDay.of(1, 31));

    private static List<String> findings(Engine engine, AnnualReport r) {
        return engine.validate(r, ValidationContext.none()).findings().stream()
                .map((Finding f) -> f.ruleId() + " " + f.severity() + " " + f.location().id() + " " + f.expected()
                        + " " + f.actual() + " " + f.derived() + " " + f.message(Locale.ENGLISH))
                .toList();
    }

    @TestFactory
    Stream<DynamicTest> theFastPathsAgreeWithTheExactOne() {
        return Stream.of(Edition.values()).map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            ReportGenerator g = ReportGenerator.of(e);
            for (long seed = 0; seed < 300; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                AnnualReport generated = switch ((int) (seed % 3)) {
                    case 0 -> g.published(seed);
                    case 1 -> g.withBlanks(seed);
                    default -> g.consistentWithBlanks(seed);
                };
                AnnualReport r = generated;
                if (random.nextBoolean() && !generated.tables().isEmpty()) {
                    List<CellDefinition> cells = generated.form().tables().stream().flatMap(t -> t.cells().stream())
                            .filter(c -> c.kind() != io.github.xxgk.core.form.ValueKind.AMOUNT)
                            .filter(c -> generated.table(c.id().table()).isPresent())
                            .filter(c -> generated.table(c.id().table()).get().printedShape().isEmpty()).toList();
                    if (cells.isEmpty()) {
                        continue;
                    }
                    r = ReportGenerator.perturbed(r, cells.get(random.nextInt(cells.size())).id(), random.nextInt(1, 9));
                }
                assertThat(findings(FAST, r)).as("seed %d", seed).isEqualTo(findings(EXACT, r));
            }
        }));
    }
}
