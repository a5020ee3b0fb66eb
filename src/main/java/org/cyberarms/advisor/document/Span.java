package org.cyberarms.advisor.document;

import java.util.Objects;

/** A run of inline text with one kind of emphasis; {@link Text} strings spans together. */
public sealed interface Span {

    String text();

    /** Ordinary words. */
    record Plain(String text) implements Span {
        public Plain {
            Objects.requireNonNull(text);
        }
    }

    /** Words that carry the answer (a level, a verdict). */
    record Strong(String text) implements Span {
        public Strong {
            Objects.requireNonNull(text);
        }
    }

    /** Literal text the reader may copy or look up: a file:line, a rule name, an id, a value typed in a file. */
    record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text);
        }
    }

    /** Text carrying a {@link Mark}: a value a what-if changed, a blocking status. */
    record Marked(String text, Mark mark) implements Span {
        public Marked {
            Objects.requireNonNull(text);
            Objects.requireNonNull(mark);
        }
    }

    /**
     * Words that lead somewhere: {@code target} is a URL ({@code https://...}), a path in the repository, or
     * {@code #anchor} of a section in the same document.
     */
    record Link(String text, String target) implements Span {
        public Link {
            Objects.requireNonNull(text);
            Objects.requireNonNull(target);
        }
    }
}
