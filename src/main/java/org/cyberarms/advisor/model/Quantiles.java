package org.cyberarms.advisor.model;

import java.util.List;

/** Quantiles by linear interpolation between closest ranks (the R-7 / spreadsheet definition). */
final class Quantiles {

    private Quantiles() {}

    static double of(List<Integer> sortedValues, double p) {
        if (sortedValues.isEmpty()) {
            return 0;
        }
        double position = p * (sortedValues.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double fraction = position - below;
        return sortedValues.get(below) + fraction * (sortedValues.get(above) - sortedValues.get(below));
    }
}
