package org.cyberarms.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys a mapping may and must have. {@link #any()} accepts every key (used when the allowed keys come
 * from another file that could not be read, so as not to bury the real problem under follow-on ones).
 *
 * @param required    keys that must be present, in the order they are named in messages
 * @param optional    keys that may be present
 * @param open        true when any key is accepted
 * @param missingHint what to tell the analyst when a required key is missing
 * @param unknownHint what to tell the analyst about an unknown key that resembles no allowed key
 */
public record Keys(List<String> required, List<String> optional, boolean open, Optional<String> missingHint,
        Optional<String> unknownHint) {

    public Keys {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public static Keys required(String... keys) {
        return new Keys(List.of(keys), List.of(), false, Optional.empty(), Optional.empty());
    }

    /** Keys that come from data (for example the model's dimensions): all of them required. */
    public static Keys allRequired(List<String> keys) {
        return new Keys(keys, List.of(), false, Optional.empty(), Optional.empty());
    }

    /** Keys that may each be left out (a section whose every setting has a default). */
    public static Keys optional(List<String> keys) {
        return new Keys(List.of(), keys, false, Optional.empty(), Optional.empty());
    }

    public static Keys any() {
        return new Keys(List.of(), List.of(), true, Optional.empty(), Optional.empty());
    }

    public Keys withOptional(String... keys) {
        return new Keys(required, List.of(keys), open, missingHint, unknownHint);
    }

    public Keys withMissingHint(String hint) {
        return new Keys(required, optional, open, Optional.of(hint), unknownHint);
    }

    public Keys withUnknownHint(String hint) {
        return new Keys(required, optional, open, missingHint, Optional.of(hint));
    }

    /** Every key allowed, required first, in the order the file format documents them. */
    public List<String> allowed() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    public boolean allows(String key) {
        return open || required.contains(key) || optional.contains(key);
    }
}
