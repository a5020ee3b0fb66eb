package org.cyberarms.advisor.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.junit.jupiter.api.Test;

/** The opening sentence stays one readable sentence however many elements move. */
class DiffDocumentTest {

    private static RunDifference.ElementChange rises(int n) {
        return new RunDifference.ElementChange(String.format("E%02d", n), "Element " + n, Optional.of("likely"),
                Optional.of("feasible"), 1, List.of(new RunDifference.InputChange("verification", "status", "weak",
                        "partial")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theOpeningSentenceNamesAtMostFiveMovesAndCountsTheRest() {
        RunDifference many = new RunDifference(IntStream.rangeClosed(1, 8).mapToObj(DiffDocumentTest::rises).toList(),
                List.of(), List.of(), List.of());

        assertThat(DiffDocument.summary(many)).isEqualTo("8 elements change level: E01 likely → feasible, E02 likely"
                + " → feasible, E03 likely → feasible, E04 likely → feasible, E05 likely → feasible and 3 more.");
    }

    @Test
    void theReasonNamesTheDimensionByTheModelsLabel() {
        RunDifference one = new RunDifference(List.of(rises(16)), List.of(), List.of(), List.of());

        String text = Backend.of(Format.TEXT).render(DiffDocument.of(new DiffDocument.Sides("a", "b"), one,
                Map.of("verification", "Verification and inspection")));

        assertThat(text).contains("E16 Element 16: likely → feasible, because Verification and inspection changed weak"
                + " → partial.").doesNotContain("verification ");
    }
}
