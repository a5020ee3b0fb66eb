package org.cyberarms.advisor.audit;

import java.util.List;

import org.cyberarms.advisor.diff.DiffDocument;
import org.cyberarms.advisor.diff.RunComparison;
import org.cyberarms.advisor.diff.RunDifference;
import org.cyberarms.advisor.diff.RunSnapshot;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.TraceFormatException;

/**
 * What changed between the run a trace recorded and its rerun, in plain language: what {@code audit verify}
 * shows when it finds a difference, and what {@code diff --trace} answers.
 */
public final class TraceDifference {

    private TraceDifference() {}

    /**
     * @param withFiles whether the answer lists the input files that changed ({@code audit verify} lists them
     *                  itself, with their hashes)
     */
    public static Document of(RecordedTrace trace, Verification verification, DiffDocument.Sides sides,
            boolean withFiles) throws TraceFormatException {
        return DiffDocument.of(sides, difference(trace, verification, withFiles), verification.dimensionLabels());
    }

    /** The recorded run against the rerun, element by element. */
    public static RunDifference difference(RecordedTrace trace, Verification verification, boolean withFiles)
            throws TraceFormatException {
        RunSnapshot recorded = RunSnapshot.of(trace.events().stream().map(RecordedEvent::line).toList());
        RunSnapshot rerun = RunSnapshot.of(verification.rerunEvents());
        List<RunDifference.FileChange> files = withFiles ? verification.changedInputs().stream()
                .map(TraceDifference::fileChange).toList() : List.of();
        return RunComparison.compare(recorded, rerun, files);
    }

    private static RunDifference.FileChange fileChange(InputChange change) {
        String kind = change.currentSha256().isEmpty() ? "removed"
                : change.recordedSha256().isEmpty() ? "added" : "changed";
        return new RunDifference.FileChange(change.path(), kind);
    }
}
