package org.cyberarms.advisor.cli;

import java.io.IOException;

/**
 * One command in progress, as its output sees it: either it is stopped (time limit, Ctrl-C) before it writes
 * anything, or, once it has begun to write, it is let finish. So a stopped command never leaves half an
 * output: no file, no trace, nothing on stdout.
 */
final class RunningCommand {

    private static final ThreadLocal<RunningCommand> ON_THIS_THREAD = new ThreadLocal<>();

    private enum State { WORKING, WRITING, WATCHING, STOPPED }

    private State state = State.WORKING;

    /** The command the calling thread runs, if it runs under a {@link CommandRunner}. */
    static RunningCommand current() {
        RunningCommand run = ON_THIS_THREAD.get();
        return run != null ? run : new RunningCommand(); // outside a runner (unit tests): never stopped
    }

    void runOnThisThread() {
        ON_THIS_THREAD.set(this);
    }

    /**
     * Called before the first byte of output is written: from then on the command is not stopped.
     *
     * @throws IOException when the command was stopped already: then nothing may be written
     */
    synchronized void beginWriting() throws IOException {
        if (state == State.STOPPED) {
            throw new IOException("the command was stopped before it wrote its output");
        }
        if (state != State.WATCHING) {
            state = State.WRITING;
        }
    }

    /**
     * From now on the command runs until it is stopped, writing one whole answer after another ({@code report
     * --watch}): Ctrl-C ends it at any time, and is no failure.
     */
    synchronized void watchUntilStopped() {
        if (state != State.STOPPED) {
            state = State.WATCHING;
        }
    }



    /**
     * Stops the command unless it is writing its output already.
     *
     * @return true when stopped (nothing will be written); false when it is writing and should be let finish
     */
    synchronized boolean stop() {
        if (state == State.WRITING) {
            return false;
        }
        state = State.STOPPED;
        return true;
    }

    synchronized boolean stopped() {
        return state == State.STOPPED;
    }
}
