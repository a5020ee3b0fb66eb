package org.cyberarms.advisor.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;

/**
 * What one reload did, in plain words: for a good save, the difference from the previous good version
 * (its opening sentence, then one line per element, rule, action and file that changed); for a broken one, a
 * sentence saying that the last good version is still in use.
 *
 * @param summary  one plain sentence; empty for the first good read, which changed nothing
 * @param lines    the changes, one sentence each, in the diff's order; empty when there is nothing to list
 * @param document the whole difference as {@code advisor diff} prints it; empty for a first read or a failure
 */
public record LiveChange(String summary, List<String> lines, Optional<Document> document) {

    public LiveChange {
        lines = List.copyOf(lines);
    }

    static LiveChange of(String summary) {
        return new LiveChange(summary, List.of(), Optional.empty());
    }

    /** The difference as a summary and its lines: every listed sentence of the diff, nested ones after their parent. */
    static LiveChange of(String summary, Document difference) {
        List<String> lines = new ArrayList<>();
        difference.blocks().forEach(block -> collect(block, lines));
        return new LiveChange(summary, lines, Optional.of(difference));
    }

    private static void collect(Block block, List<String> lines) {
        if (block instanceof Block.Section section) {
            section.blocks().forEach(b -> collect(b, lines));
        } else if (block instanceof Block.BulletList list) {
            for (Block.Item item : list.items()) {
                lines.add(item.text().plain());
                item.children().forEach(b -> collect(b, lines));
            }
        }
        // The opening sentence is the summary, and "From"/"To" say what the reload already says.
    }
}
