package org.cyberarms.advisor.document;

/**
 * Colours for the steps of an ordered scale (statuses, levels), from its lowest step to its highest, on the
 * Viridis ramp: perceptually uniform, readable in grey and by the common kinds of colour blindness. A colour
 * is chosen by rank and scale length only, so renaming or adding a step in the knowledge files needs no
 * change here. Every coloured cell also carries its text; the colour only helps the eye.
 */
public final class SequentialPalette {

    /** Viridis at nine evenly spaced points, dark purple (low) to yellow (high). */
    private static final int[] STOPS = {
        0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725
    };

    private SequentialPalette() {}

    /** A fill colour and the text colour that reads on it, as {@code #rrggbb}. */
    public record Swatch(String fill, String ink) {}

    /** The colour of step {@code rank} (0 = lowest) on a scale of {@code steps} steps. */
    public static Swatch of(int rank, int steps) {
        double t = steps <= 1 ? 1.0 : Math.max(0, Math.min(1, rank / (double) (steps - 1)));
        double at = t * (STOPS.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(STOPS.length - 1, low + 1);
        double f = at - low;
        int r = mix(STOPS[low] >> 16, STOPS[high] >> 16, f);
        int g = mix(STOPS[low] >> 8, STOPS[high] >> 8, f);
        int b = mix(STOPS[low], STOPS[high], f);
        return new Swatch(String.format("#%02x%02x%02x", r, g, b),
                luminance(r, g, b) > EQUAL_CONTRAST_LUMINANCE ? "#000000" : "#ffffff");
    }

    /** For a value that is not on the scale (no level concluded): neutral grey. */
    public static Swatch unknown() {
        return new Swatch("#e0e0e0", "#000000");
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round((from & 0xff) + ((to & 0xff) - (from & 0xff)) * f);
    }

    /**
     * The luminance at which black and white text contrast equally with the fill ((L + 0.05) / 0.05 =
     * 1.05 / (L + 0.05), about 4.58:1 each): above it black reads better, below it white. Any other threshold
     * picks, for some fills, the ink with less than WCAG's 4.5:1.
     */
    static final double EQUAL_CONTRAST_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

    /** WCAG relative luminance. */
    static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
