package org.cyberarms.advisor.trace;

/** The first line of a trace file: what the run read (with hashes) and how to run it again. */
public record TraceHeader(String schema, RunStamp stamp, RunInputs inputs) {

    /** The schema name written in, and required of, every trace file this version reads. */
    public static final String SCHEMA = "advisor-trace/1";

    public TraceHeader(RunStamp stamp, RunInputs inputs) {
        this(SCHEMA, stamp, inputs);
    }
}
