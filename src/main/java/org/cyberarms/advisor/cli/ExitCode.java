package org.cyberarms.advisor.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The advisor's exit codes, one per kind of outcome, so that scripts and CI can tell them apart.
 * Listed in every command's {@code --help}.
 */
public final class ExitCode {

    public static final int OK = 0;
    /** A bug in the advisor: the message asks the user to report it. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line itself is wrong (unknown option, missing argument, an output path OutputGuard refuses). */
    public static final int USAGE = 2;
    /** A knowledge or scenario file is invalid; every problem is listed with file, line and column. */
    public static final int INVALID_KNOWLEDGE = 3;
    /** A rule file does not build; every problem is listed as file:line:column. */
    public static final int RULE_BUILD_ERROR = 4;
    /** The rules built but running them failed (a rule's action threw, or the rules never came to rest). */
    public static final int RULE_RUNTIME_ERROR = 5;
    /** An output file could not be written; any previous file of that name is left as it was. */
    public static final int OUTPUT_ERROR = 6;
    /** {@code check}, {@code test}, {@code audit verify} or {@code schemas --check} found problems (listed on stdout). */
    public static final int FINDINGS = 7;
    /** Stopped with Ctrl-C before anything was written (128 + SIGINT, as shells report it). */
    public static final int CANCELLED = 130;

    /** Shown under "Exit codes:" in every command's --help. */
    static final Map<String, String> HELP = helpList();

    private static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(" " + OK, "success");
        list.put(" " + INTERNAL_ERROR, "internal error (a bug: please report it)");
        list.put(" " + USAGE, "usage error (unknown option, missing argument, a value out of range, a format the"
                + " command cannot print or that contradicts --out's extension, or an output file that would"
                + " overwrite an input, or an init folder that is not empty)");
        list.put(" " + INVALID_KNOWLEDGE, "invalid knowledge or scenario file (or trace or analyst test file)");
        list.put(" " + RULE_BUILD_ERROR, "a rule file does not build");
        list.put(" " + RULE_RUNTIME_ERROR, "the rules failed while running (an action or condition threw, they never came to rest, or the"
                + " command ran past --max-seconds)");
        list.put(" " + OUTPUT_ERROR, "an output file could not be written");
        list.put(" " + FINDINGS, "check or analyst tests found problems (or audit verify found a difference, or schemas --check"
                + " found stale schemas)");
        list.put(CANCELLED + "", "cancelled with Ctrl-C; nothing was written");
        return java.util.Collections.unmodifiableMap(list);
    }

    private ExitCode() {}
}
