package org.cyberarms.advisor.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer, built once, printed by a {@link Backend} per {@link Format}.
 *
 * @param title  what the answer is ("Feasibility of ...", "Explanation of E03")
 * @param whatIf the hypothetical it was computed under; present means it is not the assessment
 * @param blocks the answer for people, most important first (what the level is, why, what it would take)
 * @param data   the answer for machines, printed as JSON (schema in {@code docs/}); empty when the answer has
 *               no JSON form
 * @param sheet  the answer as one table for a spreadsheet, printed as CSV; empty when it is not a table
 */
public record Document(String title, Optional<WhatIf> whatIf, List<Block> blocks, Optional<JsonNode> data,
        Optional<Block.Table> sheet) {

    public Document {
        Objects.requireNonNull(title);
        Objects.requireNonNull(whatIf);
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(data);
        Objects.requireNonNull(sheet);
    }

    public static Document of(String title, List<Block> blocks) {
        return new Document(title, Optional.empty(), blocks, Optional.empty(), Optional.empty());
    }

    public Document withWhatIf(Optional<WhatIf> whatIf) {
        return new Document(title, whatIf, blocks, data, sheet);
    }

    public Document withData(JsonNode data) {
        return new Document(title, whatIf, blocks, Optional.of(data), sheet);
    }

    public Document withSheet(Block.Table sheet) {
        return new Document(title, whatIf, blocks, data, Optional.of(sheet));
    }

    /** The formats this document can be printed in: text, Markdown and HTML always; JSON and CSV when it has them. */
    public List<Format> formats() {
        return java.util.Arrays.stream(Format.values())
                .filter(f -> switch (f) {
                    case JSON -> data.isPresent();
                    case CSV -> sheet.isPresent();
                    default -> true;
                })
                .toList();
    }
}
