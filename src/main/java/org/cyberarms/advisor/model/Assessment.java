package org.cyberarms.advisor.model;

import java.util.List;

/**
 * How one element stands on one dimension: how much it relies on the dimension, and the dimension's status
 * in each round of scoring (and, where a panel scored, each panellist's score). The latest round decides.
 *
 * <p>The accessors below are the vocabulary of the rule files: {@code status}, {@code reliance},
 * {@code statusRank}, {@code stable}, {@code movement}, {@code panelSpread}. They only describe the
 * scores; what follows from them is for the rules to say.
 *
 * @param rounds status per round, round 1 first (as many as the pack's `rounds`)
 * @param panel  each round's individual scores; empty when no panel scored
 * @param statusRanks ranks of {@code rounds} on the status scale (0 = lowest)
 * @param panelRanks  ranks of {@code panel} on the status scale
 */
public record Assessment(
        @OnScale(KnowledgeScale.ELEMENT) String elementId,
        @OnScale(KnowledgeScale.DIMENSION) String dimension,
        @OnScale(KnowledgeScale.RELIANCE) String reliance,
        List<String> rounds,
        List<Integer> statusRanks,
        List<List<String>> panel,
        List<List<Integer>> panelRanks) {

    public Assessment {
        rounds = List.copyOf(rounds);
        statusRanks = List.copyOf(statusRanks);
        panel = panel.stream().<List<String>>map(List::copyOf).toList();
        panelRanks = panelRanks.stream().<List<Integer>>map(List::copyOf).toList();
    }

    /** The status of the latest round: the one that decides. */
    @OnScale(KnowledgeScale.STATUS)
    public String status() {
        return rounds.get(rounds.size() - 1);
    }

    public int statusRank() {
        return statusRanks.get(statusRanks.size() - 1);
    }

    /** True when every round gave the same status. */
    public boolean stable() {
        return rounds.stream().distinct().count() == 1;
    }

    /** Steps moved from the first round to the last (positive: up the scale). */
    public int movement() {
        return statusRank() - statusRanks.get(0);
    }

    public boolean hasPanel() {
        return !panel.isEmpty();
    }

    /** Interquartile range, in status steps, of the panel's scores in the latest round; 0 without a panel. */
    public double panelSpread() {
        if (panelRanks.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = panelRanks.get(panelRanks.size() - 1).stream().sorted().toList();
        return Quantiles.of(sorted, 0.75) - Quantiles.of(sorted, 0.25);
    }

    /** Median, in status steps, of the panel's scores in the latest round; the status rank without a panel. */
    public double panelMedian() {
        if (panelRanks.isEmpty()) {
            return statusRank();
        }
        return Quantiles.of(panelRanks.get(panelRanks.size() - 1).stream().sorted().toList(), 0.5);
    }
}
