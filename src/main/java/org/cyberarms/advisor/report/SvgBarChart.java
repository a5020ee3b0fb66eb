package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.document.SequentialPalette;

/**
 * A horizontal bar chart drawn as inline SVG for a {@link org.cyberarms.advisor.document.Block.Figure}: one row
 * per bar with its label on the left and its value text at the end of the bar. A bar can be drawn as not
 * mattering (light grey, dashed: a dimension the element does not need) or as holding something down (a thick
 * outline), so that the chart shows what matters as the heatmap does. Every text is escaped here, the only
 * place where this package writes markup.
 *
 * @param width  the viewBox width; the chart scales down to its container
 * @param height the viewBox height
 */
record SvgBarChart(String title, int width, int height, int labelWidth, List<Bar> bars) {

    static final int ROW = 26;
    static final int BAR = 18;
    static final int PAD = 4;
    /** The fill of a bar that does not matter: light enough never to read as a low value on the palette. */
    static final String MUTED_FILL = "#eeeeee";

    SvgBarChart {
        bars = List.copyOf(bars);
    }

    /** How a bar is drawn besides its colour. */
    enum Emphasis {
        PLAIN,
        /** Does not matter here: drawn light grey with a dashed outline, whatever its value. */
        MUTED,
        /** Holds something down: a thick black outline. */
        HOLDS_DOWN
    }

    /**
     * @param label     the text left of the bar
     * @param valueText the text after the bar (the value as a reader says it)
     * @param share     the bar's length as a share of the plot width, 0 to 1
     */
    record Input(String label, String valueText, double share, SequentialPalette.Swatch swatch, Emphasis emphasis) {

        Input(String label, String valueText, double share, SequentialPalette.Swatch swatch) {
            this(label, valueText, share, swatch, Emphasis.PLAIN);
        }
    }

    record Bar(String label, String valueText, int y, int textY, int barX, int barWidth, int valueX,
            String fill, Emphasis emphasis) {}

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
            String fill = input.emphasis() == Emphasis.MUTED ? MUTED_FILL : input.swatch().fill();
            bars.add(new Bar(input.label(), input.valueText(), y, y + BAR - 5, barX, length,
                    barX + length + 6, fill, input.emphasis()));
            y += ROW;
        }
        return new SvgBarChart(title, width, y + PAD - (ROW - BAR), labelWidth, bars);
    }

    /** Where the labels end (they are right-aligned against the bars). */
    int labelX() {
        return labelWidth - PAD;
    }

    /** The chart as one {@code <svg>} element. */
    String svg() {
        StringBuilder out = new StringBuilder();
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>")
                .append(escape(title)).append("</title>\n");
        for (Bar bar : bars) {
            String stroke = switch (bar.emphasis()) {
                case MUTED -> "stroke=\"#767676\" stroke-width=\"1\" stroke-dasharray=\"3 2\"";
                case HOLDS_DOWN -> "stroke=\"#000000\" stroke-width=\"3\"";
                case PLAIN -> "stroke=\"#333333\" stroke-width=\"0.5\"";
            };
            out.append("<g class=\"bar\">\n<text x=\"").append(labelX()).append("\" y=\"").append(bar.textY())
                    .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>\n<rect x=\"")
                    .append(bar.barX()).append("\" y=\"").append(bar.y()).append("\" width=\"").append(bar.barWidth())
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(bar.fill()).append("\" ")
                    .append(stroke).append("></rect>\n<text x=\"").append(bar.valueX()).append("\" y=\"")
                    .append(bar.textY()).append("\">").append(escape(bar.valueText())).append("</text>\n</g>\n");
        }
        return out.append("</svg>").toString();
    }

    /** Text as SVG character data: the markup characters become references. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
