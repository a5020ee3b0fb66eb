package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> DIMENSIONS =
            List.of("political_endorsement", "attribution", "compliance", "verification");

    @Test
    void dropedLetterSuggestsTheIntendedWord() {
        assertThat(Suggestions.closest("verifcation", DIMENSIONS)).contains("verification");
    }

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(Suggestions.distance("parital", "partial")).isEqualTo(1);
        assertThat(Suggestions.closest("parital", List.of("none", "weak", "partial"))).contains("partial");
    }

    @Test
    void caseSpacesAndHyphensDoNotStandInTheWay() {
        assertThat(Suggestions.closest("Political Endorsement", DIMENSIONS)).contains("political_endorsement");
        assertThat(Suggestions.closest("not_needed", List.of("not-needed", "helpful", "critical")))
                .contains("not-needed");
    }

    @Test
    void unrelatedWordGetsNoSuggestion() {
        assertThat(Suggestions.closest("economics", DIMENSIONS)).isEmpty();
        assertThat(Suggestions.didYouMean("economics", DIMENSIONS)).isEmpty();
    }

    @Test
    void suggestionIsPhrasedAsAQuestion() {
        assertThat(Suggestions.didYouMean("atribution", DIMENSIONS)).contains("Did you mean `attribution`?");
    }
}
