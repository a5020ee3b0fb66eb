package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.SequentialPalette;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart, for an SVG template to draw: one row per bar with its label on the
 * left and its value text at the end of the bar. Only numbers and colours are computed here; the texts are
 * passed through to the template, which escapes them like every other value.
 *
 * @param width  the viewBox width; the chart scales down to its container
 * @param height the viewBox height
 */
record SvgBarChart(String title, int width, int height, int labelWidth, List<Bar> bars) {

    static final int ROW = 26;
    static final int BAR = 18;
    static final int PAD = 4;

    SvgBarChart {
        bars = List.copyOf(bars);
    }

    /**
     * @param label     the text left of the bar
     * @param valueText the text after the bar (the value as a reader says it)
     * @param share     the bar's length as a share of the plot width, 0 to 1
     */
    record Input(String label, String valueText, double share, SequentialPalette.Swatch swatch) {}

    record Bar(String label, String valueText, int y, int textY, int barX, int barWidth, int valueX,
            String fill) {}

    /**
     * @param valueRoom room kept right of the longest bar for its value text
     */
    static SvgBarChart of(String title, int width, int labelWidth, int valueRoom, List<Input> inputs) {
        int plot = width - labelWidth - valueRoom - 2 * PAD;
        List<Bar> bars = new ArrayList<>();
        int y = PAD;
        for (Input input : inputs) {
            int length = (int) Math.round(Math.max(0, Math.min(1, input.share())) * plot);
            int barX = labelWidth + PAD;
            bars.add(new Bar(input.label(), input.valueText(), y, y + BAR - 5, barX, length,
                    barX + length + 6, input.swatch().fill()));
            y += ROW;
        }
        return new SvgBarChart(title, width, y + PAD - (ROW - BAR), labelWidth, bars);
    }

    /** Where the labels end (they are right-aligned against the bars). */
    public int labelX() {
        return labelWidth - PAD;
    }
}
