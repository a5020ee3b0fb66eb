package org.cyberarms.advisor.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cyberarms.advisor.model.Assessment;

/**
 * Where one assessment's sampled status is drawn from, and how.
 *
 * <ul>
 *   <li>With a panel: one panellist's score in the latest round, each panellist equally likely (the panel
 *       is the spread of expert opinion about the status that decides).</li>
 *   <li>Without a panel: one of the pack's rounds, round {@code i} (from 1) with weight {@code i}, so the
 *       latest round, the one that decides, weighs most (1/6, 2/6, 3/6 with three rounds; with one round, its
 *       status): earlier rounds still count as evidence of how unsettled the score is, but less than the
 *       latest.</li>
 * </ul>
 * A dimension scored the same in every round and by every panellist is never drawn otherwise.
 */
final class StatusDraw {

    private final String[] statuses;
    private final int[] ranks;
    /** Cumulative weights, the last equal to the total. */
    private final int[] cumulative;
    private final boolean fixed;

    private StatusDraw(List<String> statuses, List<Integer> ranks, List<Integer> weights) {
        this.statuses = statuses.toArray(String[]::new);
        this.ranks = ranks.stream().mapToInt(Integer::intValue).toArray();
        this.cumulative = new int[weights.size()];
        int sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        this.fixed = statuses.stream().distinct().count() == 1;
    }

    static StatusDraw of(Assessment assessment) {
        if (assessment.hasPanel()) {
            List<String> latest = assessment.panel().get(assessment.panel().size() - 1);
            List<Integer> latestRanks = assessment.panelRanks().get(assessment.panelRanks().size() - 1);
            return new StatusDraw(latest, latestRanks, latest.stream().map(s -> 1).toList());
        }
        List<Integer> weights = new ArrayList<>();
        for (int round = 1; round <= assessment.rounds().size(); round++) {
            weights.add(round);
        }
        return new StatusDraw(assessment.rounds(), assessment.statusRanks(), weights);
    }

    /** Index of the drawn candidate; consumes one random number even when fixed, so streams stay aligned. */
    int draw(SplittableRandom random) {
        int pick = random.nextInt(cumulative[cumulative.length - 1]);
        if (fixed) {
            return 0;
        }
        int i = 0;
        while (cumulative[i] <= pick) {
            i++;
        }
        return i;
    }

    String status(int index) {
        return statuses[index];
    }

    int rank(int index) {
        return ranks[index];
    }
}
