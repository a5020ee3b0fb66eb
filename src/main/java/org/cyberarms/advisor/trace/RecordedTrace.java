package org.cyberarms.advisor.trace;

import java.util.List;

/** A trace file read back: its header and every event line in order. */
public record RecordedTrace(TraceHeader header, List<RecordedEvent> events) {

    public RecordedTrace {
        events = List.copyOf(events);
    }
}
