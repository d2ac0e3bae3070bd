package io.github.xxgk.core;

import io.github.xxgk.core.form.FormDefinition;
import io.github.xxgk.core.form.Label;
import io.github.xxgk.core.internal.forms.Forms;

/**
 * The three editions of the 政府信息公开工作年度报告: the report under the 2008
 * regulation with its legacy statistics table, the 2019 trial format and the 2021 format. Each has one
 * {@link FormDefinition}.
 */
public enum Edition {
    /** Reports under the 2008 regulation (国务院令第492号), on years up to 2018. */
    LEGACY_2008(2008, 2018, "2008年条例版", "2008 regulation"),
    /** The trial format of 国办公开办函〔2019〕60号, for reports on 2019 and 2020. */
    TRIAL_2019(2019, 2020, "2019年试行格式", "2019 trial format"),
    /** The format of 国办公开办函〔2021〕30号, for reports on 2021 onwards. */
    STANDARD_2021(2021, Integer.MAX_VALUE, "2021年格式", "2021 format");

    private final int firstYear;
    private final int lastYear;
    private final Label label;

    Edition(int firstYear, int lastYear, String zh, String en) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.label = new Label(zh, en);
    }

    /** A short name of the edition for a person ({@code 2021年格式} / {@code 2021 format}). */
    public Label label() {
        return label;
    }

    /** The form definition of this edition. */
    public FormDefinition form() {
        return Forms.of(this);
    }

    /** The first reporting year this edition applies to. */
    public int firstYear() {
        return firstYear;
    }

    /** The last reporting year this edition applies to ({@link Integer#MAX_VALUE} when open). */
    public int lastYear() {
        return lastYear;
    }

    /**
     * The edition the law and the format documents prescribe for a reporting year (rule META-FORMAT):
     * up to 2018 the legacy report, 2019 and 2020 the trial format, 2021 onwards the 2021 format.
     *
     * @param year the reporting year
     * @return the edition for that year
     */
    public static Edition forYear(int year) {
        if (year <= LEGACY_2008.lastYear) {
            return LEGACY_2008;
        }
        return year <= TRIAL_2019.lastYear ? TRIAL_2019 : STANDARD_2021;
    }
}
