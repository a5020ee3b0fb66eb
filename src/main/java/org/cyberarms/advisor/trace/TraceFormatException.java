package org.cyberarms.advisor.trace;

/** A trace file that is not one this advisor wrote: names the file and line. */
public final class TraceFormatException extends Exception {

    public TraceFormatException(String message) {
        super(message);
    }
}
