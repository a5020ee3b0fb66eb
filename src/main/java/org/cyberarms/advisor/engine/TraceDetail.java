package org.cyberarms.advisor.engine;

/** How much of a run the trace records. Firings, facts and conclusions are recorded at every detail. */
public enum TraceDetail {
    /** Everything, including every match created or cancelled: for a full trace of the run. */
    ALL_EVENTS,
    /** Firings and facts inserted, updated or deleted; no matches: all a report reads, at a lower cost. */
    FIRINGS_AND_FACTS,
    /**
     * Only which rule fired and what each firing concluded: no fact events and no matched facts. For runs of
     * many thousands of synthetic elements ({@code advisor check}), where nothing reads the rest.
     */
    FIRINGS
}
