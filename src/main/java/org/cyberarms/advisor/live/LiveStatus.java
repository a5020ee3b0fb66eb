package org.cyberarms.advisor.live;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.JsonPrinter;

/**
 * Where the live inputs stand: how many reloads there have been, what is wrong with the files now, and what
 * the last reload changed. The version grows by one with every reload, good or broken, so a client that saw
 * version N knows whether anything has happened since.
 *
 * @param version  1 for the first read, then one more per reload
 * @param problems everything wrong with the files on disk now, knowledge first; empty when all is well
 * @param change   what the last reload changed, or why it changed nothing; an empty summary when nothing has
 *                 changed since the first read
 */
public record LiveStatus(long version, List<LiveProblem> problems, LiveChange change) {

    public LiveStatus {
        problems = List.copyOf(problems);
    }

    /** {@code {"version": N, "problems": [{"file","line","column","message"}], "change": {"summary","lines"}}} */
    public ObjectNode toJson() {
        ObjectNode root = JsonPrinter.object();
        root.put("version", version);
        ArrayNode list = root.putArray("problems");
        for (LiveProblem p : problems) {
            list.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                    .put("message", p.message());
        }
        ObjectNode about = root.putObject("change");
        about.put("summary", change.summary());
        change.lines().forEach(about.putArray("lines")::add);
        return root;
    }
}
