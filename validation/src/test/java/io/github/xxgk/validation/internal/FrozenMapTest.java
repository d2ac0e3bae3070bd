package io.github.xxgk.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xxgk.core.form.Label;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The map a finding's arguments and derived values are kept in: order, equality, immutability, lazy wording. */
class FrozenMapTest {

    @Test
    void keepsTheOrderGivenAndEqualsAnyMapOfTheSameEntries() {
        FrozenMap<String, String> m = new FrozenMap<>(new Object[] {"b", "a", "c", "unused"},
                new Object[] {"2", "1", "3", "x"}, 3);
        assertThat(m.keySet()).containsExactly("b", "a", "c");
        assertThat(m.get("a")).isEqualTo("1");
        assertThat(m.get("unused")).isNull();
        assertThat(m.containsKey("c")).isTrue();
        assertThat(m.containsKey("unused")).isFalse();
        Map<String, String> same = new LinkedHashMap<>();
        same.put("a", "1");
        same.put("b", "2");
        same.put("c", "3");
        assertThat(m).isEqualTo(same);
        assertThat(m.hashCode()).isEqualTo(same.hashCode());
        assertThat(same).isEqualTo(m);
    }

    @Test
    void cannotBeChanged() {
        Object[] keys = {"a"};
        Object[] values = {"1"};
        FrozenMap<String, String> m = new FrozenMap<>(keys, values, 1);
        keys[0] = "z";
        values[0] = "9";
        assertThat(m).containsExactly(Map.entry("a", "1"));
        assertThatThrownBy(() -> m.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var it = m.entrySet().iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m).containsEntry("a", "1");
    }

    @Test
    void wordsALazyValueOnceAndOnlyWhenItIsRead() {
        AtomicInteger worded = new AtomicInteger();
        Collector.F f = new Collector.F("CELL-BLANK", io.github.xxgk.core.form.Severity.WARNING,
                io.github.xxgk.validation.Location.report(""), new Label("依据", "basis"), "cell.blank")
                .arg("count", "2")
                .lazyArg("cells", () -> {
                    worded.incrementAndGet();
                    return new Label("一、本年新收政府信息公开申请数量", "1. New requests");
                });
        var finding = f.done();
        assertThat(worded).hasValue(0);
        assertThat(finding.arguments().get("cells").zh()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(finding.message(java.util.Locale.ENGLISH)).contains("1. New requests").contains("2");
        assertThat(finding.arguments().keySet()).containsExactly("where", "count", "cells");
        assertThat(worded).hasValue(1);
    }

    @Test
    void derivedValuesGivenOneByOneKeepTheLastOfACell() {
        var cell = new io.github.xxgk.core.form.CellId("t3", "r1", "total");
        var other = new io.github.xxgk.core.form.CellId("t3", "r2", "total");
        var finding = new Collector.F("CELL-BLANK", io.github.xxgk.core.form.Severity.WARNING,
                io.github.xxgk.validation.Location.report(""), new Label("依据", "basis"), "cell.blank")
                .derived(cell, "1").derived(other, "5").derived(cell, "2").done();
        assertThat(finding.derived()).containsExactly(Map.entry(cell, "2"), Map.entry(other, "5"));
        assertThat(finding.related()).isEqualTo(List.of());
    }
}
