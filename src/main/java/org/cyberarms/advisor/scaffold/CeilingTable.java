package org.cyberarms.advisor.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * The table the generated ceiling rules encode: for a reliance and a status, the highest level an element can
 * reach while that dimension stands so. One home for it, so that the rules, the table in their comment and the
 * expectations of the generated analyst tests cannot disagree (the tests then prove that the rules do what the
 * table says).
 *
 * <ul>
 * <li>The top reliance (or every assessment, in a pack without reliance) spreads the statuses over the levels:
 *     the lowest status allows only the lowest level, the top status the top level, each step up the statuses
 *     at most one level more. With at least as many statuses as levels, every level is reached.</li>
 * <li>Each step of reliance below the top lifts that ceiling by one level: the less an element needs a
 *     dimension, the less the dimension can hold it back.</li>
 * <li>The lowest reliance (when there are two or more) sets no limit: the element does not need the dimension.</li>
 * </ul>
 */
record CeilingTable(int levels, int statuses, int reliances) {

    /** @param reliance rank on the reliance scale, 0 = lowest; ignored when the pack has no reliance */
    int ceiling(int reliance, int status) {
        int top = levels - 1;
        int spread = (status * top + statuses - 2) / (statuses - 1); // status*top/(statuses-1), rounded up
        if (reliances == 0) {
            return spread;
        }
        if (reliance == 0) {
            return top;
        }
        return Math.min(top, spread + (reliances - 1 - reliance));
    }

    /** The statuses, in order, grouped by the ceiling they give under one reliance: one rule per group. */
    List<Group> groups(int reliance) {
        List<Group> groups = new ArrayList<>();
        for (int s = 0; s < statuses; s++) {
            int level = ceiling(reliance, s);
            if (!groups.isEmpty() && groups.get(groups.size() - 1).level() == level) {
                Group last = groups.remove(groups.size() - 1);
                groups.add(new Group(last.fromStatus(), s, level));
            } else {
                groups.add(new Group(s, s, level));
            }
        }
        return groups;
    }

    /** Statuses {@code fromStatus} to {@code toStatus} (ranks, inclusive) give ceiling {@code level}. */
    record Group(int fromStatus, int toStatus, int level) {}
}
