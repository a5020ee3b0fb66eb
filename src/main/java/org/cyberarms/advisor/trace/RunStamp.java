package org.cyberarms.advisor.trace;

import java.time.Instant;
import java.util.List;

import org.cyberarms.advisor.model.SourceFile;

/**
 * What a report or trace was computed from: the advisor's version, when, and the SHA-256 of every
 * knowledge, rule and scenario file read. Two runs with the same stamp inputs give the same outcome.
 */
public record RunStamp(String advisorVersion, Instant generatedAt, List<SourceFile> inputs) {

    public RunStamp {
        inputs = List.copyOf(inputs);
    }
}
