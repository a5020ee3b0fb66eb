package org.cyberarms.advisor.scenario;

import java.util.List;

/**
 * How each element's level responds when one dimension at a time takes every status on the scale.
 *
 * @param statuses the status scale, lowest first (the columns of every row)
 */
public record SensitivityResult(List<String> statuses, List<ElementSensitivity> elements) {

    public SensitivityResult {
        statuses = List.copyOf(statuses);
        elements = List.copyOf(elements);
    }

    /**
     * @param binding     the dimensions the rules say block the element at its level (empty at the top level)
     * @param tippingPoints one-step changes of a single dimension that change the element's level
     */
    public record ElementSensitivity(String elementId, String name, String level, List<DimensionRow> dimensions,
            List<String> binding, List<TippingPoint> tippingPoints) {
        public ElementSensitivity {
            dimensions = List.copyOf(dimensions);
            binding = List.copyOf(binding);
            tippingPoints = List.copyOf(tippingPoints);
        }
    }

    /** The level the rules conclude at each status of the scale (same order as {@code statuses}). */
    public record DimensionRow(String dimension, String reliance, String currentStatus, List<String> levels) {
        public DimensionRow {
            levels = List.copyOf(levels);
        }
    }

    /** One status step of one dimension ({@code from} to {@code to}) moves the level {@code direction} (+1/-1). */
    public record TippingPoint(String dimension, String from, String to, String levelFrom, String levelTo,
            int direction) {}
}
