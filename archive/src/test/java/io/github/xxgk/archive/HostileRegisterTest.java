package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a register file holds, reading it gives a register or a RegisterException with a line, nothing else. */
class HostileRegisterTest {

    private static final List<String> PIECES = List.of("name,kind,parent_region", "name,kind,parent_region,former_names",
            ",", "\"", "\"\"", "\n", "\r\n", "\r", "甲市统计局", "COUNTY_OR_ABOVE_DEPARTMENT", "乡镇人民政府/街道办事处", "|", " ",
            "\uFEFF", "\u0000", "OTHER", "甲市");

    @Test
    void anyTextIsARegisterOrATypedError() {
        qt().withExamples(3000).forAll(lists().of(strings().betweenCodePoints(0, 40).ofLengthBetween(0, 2))
                .ofSizeBetween(0, 40), lists().of(org.quicktheories.generators.SourceDSL.integers().between(0, PIECES.size() - 1))
                .ofSizeBetween(0, 60)).checkAssert((noise, picks) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < picks.size(); i++) {
                        sb.append(PIECES.get(picks.get(i)));
                        if (i < noise.size()) {
                            sb.append(noise.get(i));
                        }
                    }
                    String text = sb.toString();
                    try {
                        AgencyRegister r = AgencyRegister.parse("r.csv", text);
                        assertThat(r.agencies()).allSatisfy(a -> assertThat(a.name()).isNotBlank());
                    } catch (RegisterException e) {
                        assertThat(e.line()).isBetween(0, (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 1);
                        assertThat(e.problem().zh()).isNotBlank();
                        assertThat(e.problem().en()).isNotBlank();
                    }
                });
    }
}
