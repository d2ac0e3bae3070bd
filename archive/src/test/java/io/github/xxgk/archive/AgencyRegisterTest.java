package io.github.xxgk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.AgencyKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AgencyRegisterTest {

    @Test
    void readsNamesKindsRegionsAndFormerNames() {
        AgencyRegister r = AgencyRegister.parse("r.csv", "\uFEFFname,kind,parent_region,former_names\r\n"
                + "\"淮安市洪泽区人民政府\",COUNTY_OR_ABOVE_GOVERNMENT,淮安市,\r\n"
                + "\r\n"
                + "\"某局, 本级\",县级以上人民政府部门,淮安市洪泽区,\"旧局|\"\"老\"\"局\"\r\n");
        assertThat(r.agencies()).hasSize(2);
        assertThat(r.agencies().get(0).kind()).isEqualTo(AgencyKind.COUNTY_OR_ABOVE_GOVERNMENT);
        assertThat(r.agencies().get(1).name()).isEqualTo("某局, 本级");
        assertThat(r.agencies().get(1).kind()).isEqualTo(AgencyKind.COUNTY_OR_ABOVE_DEPARTMENT);
        assertThat(r.agencies().get(1).formerNames()).containsExactly("旧局", "\"老\"局");
        assertThat(r.agencies().get(1).line()).isEqualTo(4);
        assertThat(AgencyRegister.parse("r.csv", "name,kind,parent_region\n某镇,乡镇人民政府/街道办事处,\n").agencies())
                .singleElement().satisfies(a -> assertThat(a.region()).isEmpty());
    }

    private static void refused(String text, int line, String en) {
        assertThatThrownBy(() -> AgencyRegister.parse("r.csv", text)).isInstanceOfSatisfying(RegisterException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.message(Locale.ENGLISH)).startsWith(line > 0 ? "r.csv:" + line : "r.csv").contains(en);
            assertThat(e.message(Locale.CHINA)).isNotBlank().isNotEqualTo(e.message(Locale.ENGLISH));
        });
    }

    @Test
    void aBadRegisterIsRefusedWithItsLine() {
        refused("", 0, "empty");
        refused("agency,kind,region\n", 1, "header");
        refused("name,kind,parent_region\n甲局,COUNTY_OR_ABOVE_DEPARTMENT\n", 2, "Expected 3 fields, found 2");
        refused("name,kind,parent_region\n甲局,COUNTY_OR_ABOVE_DEPARTMENT,甲市\n乙局,部门,甲市\n", 3, "Unknown agency kind \"部门\"");
        refused("name,kind,parent_region\n,OTHER,甲市\n", 2, "name is empty");
        refused("name,kind,parent_region\n\"甲局,OTHER,甲市\n", 2, "not closed");
        refused("name,kind,parent_region\n甲\"局\",OTHER,甲市\n", 2, "quote");
        refused("name,kind,parent_region\n甲市统计局,OTHER,甲市\n甲市 统计局,OTHER,甲市\n", 3, "registered already on line 2");
        refused("name,kind,parent_region,former_names\n甲市统计局,OTHER,甲市,\n乙局,OTHER,甲市,甲市统计局\n", 3, "registered already on line 2");
    }
}
