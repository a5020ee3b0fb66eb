package org.cyberarms.advisor.model;

/**
 * An input file the advisor read, as the analyst named it, with the SHA-256 of its bytes, so that a report
 * can say exactly what it was computed from.
 */
public record SourceFile(String path, String sha256) {}
