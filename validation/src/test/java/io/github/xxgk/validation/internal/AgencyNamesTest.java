package io.github.xxgk.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xxgk.validation.internal.AgencyNames.Variant;
import org.junit.jupiter.api.Test;

/** The usual variants of one agency's name across years, and names that really differ, as real reports print them. */
class AgencyNamesTest {

    @Test
    void theParentRegionPutBeforeTheNameIsTheSameAgency() {
        assertThat(AgencyNames.variant("洪泽区人民政府", "淮安市洪泽区人民政府")).contains(Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("淮安市洪泽区人民政府", "洪泽区人民政府")).contains(Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("洪泽区人民政府", "江苏省淮安市洪泽区人民政府")).contains(Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("沛县人民政府", "徐州市沛县人民政府")).contains(Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("永吉县北大湖镇人民政府", "吉林市永吉县北大湖镇人民政府")).contains(Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("海淀区统计局", "北京市海淀区统计局")).contains(Variant.PARENT_REGION);
    }

    @Test
    void bracketsOfEitherWidthAndSpacesAreTheSameName() {
        assertThat(AgencyNames.variant("北京市朝阳区人民政府办公室（北京市朝阳区政务服务管理局）",
                "北京市朝阳区人民政府办公室(北京市朝阳区政务服务管理局)")).contains(Variant.WRITING);
        assertThat(AgencyNames.variant("永吉县 北大湖镇人民政府", "永吉县北大湖镇人民政府")).contains(Variant.WRITING);
        assertThat(AgencyNames.variant("淮安市　洪泽区人民政府", "洪泽区人民政府")).contains(Variant.PARENT_REGION);
        assertThat(AgencyNames.variant("淮安市第１中学", "淮安市第1中学")).contains(Variant.WRITING);
        assertThat(AgencyNames.variant("洪泽区人民政府", "洪泽区人民政府")).contains(Variant.SAME);
    }

    @Test
    void namesThatReallyDifferAreNotPaired() {
        // another region, another organ, a different level
        assertThat(AgencyNames.variant("洪泽区人民政府", "淮阴区人民政府")).isEmpty();
        assertThat(AgencyNames.variant("洪泽区统计局", "洪泽区人民政府")).isEmpty();
        assertThat(AgencyNames.variant("淮安市人民政府", "淮安市洪泽区人民政府")).isEmpty();
        assertThat(AgencyNames.variant("洪泽区人民政府", "淮安市洪泽区人民政府办公室")).isEmpty();
        // a generic or level-only name takes no region prefix
        assertThat(AgencyNames.variant("人民政府", "淮安市人民政府")).isEmpty();
        assertThat(AgencyNames.variant("市统计局", "淮安市统计局")).isEmpty();
        assertThat(AgencyNames.variant("省统计局", "江苏省统计局")).isEmpty();
        assertThat(AgencyNames.variant("国家统计局", "江苏省国家统计局")).isEmpty();
        // a prefix that is not a region name
        assertThat(AgencyNames.variant("洪泽区人民政府", "中共洪泽区人民政府")).isEmpty();
        assertThat(AgencyNames.variant("", "淮安市")).isEmpty();
    }
}
