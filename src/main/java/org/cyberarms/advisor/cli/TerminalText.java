package org.cyberarms.advisor.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Text on its way to the terminal (or a file that will be shown in one) with its control characters made
 * visible: a name in a knowledge file holding {@code ESC [2J} would otherwise clear the analyst's screen, and
 * {@code ESC ]0;...BEL} set the window title. Newline and tab pass (the layouts need them); ESC shows as
 * {@code \e}, CR as {@code \r}, and every other C0 or C1 control and DEL as a backslash, {@code u} and four
 * hex digits (U+009B as {@code \}{@code u009b}). That form is also a JSON escape of the same character, so a JSON answer keeps its meaning (Jackson escapes C0 itself, not C1).
 * Applied once, where answers and messages leave the advisor: {@link Output#emit} and the error stream.
 */
final class TerminalText {

    private TerminalText() {}

    static String safe(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }

    /** The error stream, made safe in the same way (its messages quote names, paths and values typed). */
    static PrintWriter safe(PrintWriter err) {
        if (err instanceof SafePrintWriter) {
            return err;
        }
        return new SafePrintWriter(err);
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void append(StringBuilder out, char c) {
        if (!unsafe(c)) {
            out.append(c);
        } else if (c == 0x1b) {
            out.append("\\e");
        } else if (c == '\r') {
            out.append("\\r");
        } else {
            out.append(String.format("\\u%04x", (int) c));
        }
    }

    private static final class SafePrintWriter extends PrintWriter {
        SafePrintWriter(PrintWriter err) {
            super(new FilterWriter(err) {
                @Override
                public void write(int c) throws IOException {
                    out.write(safe(String.valueOf((char) c)));
                }

                @Override
                public void write(char[] chars, int offset, int length) throws IOException {
                    out.write(safe(new String(chars, offset, length)));
                }

                @Override
                public void write(String text, int offset, int length) throws IOException {
                    out.write(safe(text.substring(offset, offset + length)));
                }
            }, true);
        }
    }
}
