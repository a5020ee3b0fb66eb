package org.cyberarms.advisor.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A line or paragraph of inline text: spans in reading order. Backends wrap it to their width. */
public record Text(List<Span> spans) {

    public Text {
        spans = List.copyOf(spans);
    }

    public static Text of(String plain) {
        return new Text(List.of(new Span.Plain(plain)));
    }

    public static Text of(Span... spans) {
        return new Text(List.of(spans));
    }

    public static Text empty() {
        return new Text(List.of());
    }

    /** The words without any emphasis or mark, e.g. for a CSV cell or an HTML title. */
    public String plain() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    public boolean isEmpty() {
        return spans.stream().allMatch(s -> s.text().isEmpty());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Strings spans together: {@code Text.builder().plain("E03 is ").strong("unlikely").build()}. */
    public static final class Builder {

        private final List<Span> spans = new ArrayList<>();

        public Builder plain(String text) {
            spans.add(new Span.Plain(text));
            return this;
        }

        public Builder strong(String text) {
            spans.add(new Span.Strong(text));
            return this;
        }

        public Builder code(String text) {
            spans.add(new Span.Code(text));
            return this;
        }

        public Builder marked(String text, Mark mark) {
            spans.add(new Span.Marked(text, mark));
            return this;
        }

        public Builder link(String text, String target) {
            spans.add(new Span.Link(text, target));
            return this;
        }

        public Builder append(Text text) {
            spans.addAll(text.spans());
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        public Text build() {
            return new Text(spans);
        }
    }
}
