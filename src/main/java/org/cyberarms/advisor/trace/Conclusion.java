package org.cyberarms.advisor.trace;

/** A fact a rule concluded, with the firing that concluded it: the justification the report quotes. */
public record Conclusion<T>(T fact, TraceEvent.RuleFired firedBy) {}
