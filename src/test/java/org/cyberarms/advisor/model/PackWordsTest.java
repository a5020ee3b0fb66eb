package org.cyberarms.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pack chooses its nouns, so the article before them is chosen from the noun, as a reader would say it. */
class PackWordsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "an initiative, initiative",
        "an area, area",
        "an element, element",
        "an Outcome, Outcome",
        "an umbrella policy, umbrella policy",
        "a dimension, dimension",
        "a factor, factor",
        "a reading room, reading room",
        "a unit, unit",
        "a user group, user group",
        "a usual step, usual step",
        "a utility, utility",
        "a European body, European body",
        "a one-stop shop, one-stop shop",
        "an hour, hour",
        "an honest broker, honest broker",
    })
    void anBeforeAVowelSoundAndABeforeAConsonantSound(String expected, String noun) {
        assertThat(Pack.Words.withArticle(noun)).isEqualTo(expected);
    }
}
