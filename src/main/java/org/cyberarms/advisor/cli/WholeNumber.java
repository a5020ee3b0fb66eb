package org.cyberarms.advisor.cli;

import java.text.NumberFormat;
import java.util.Locale;

import picocli.CommandLine;

/**
 * Numeric options, checked when the command line is parsed: a value that is not a whole number, or is
 * outside the option's range, is a usage error naming the range, before anything is read or run. The upper
 * bounds keep every value meaningful and within memory (see README, "Options and limits").
 */
final class WholeNumber {

    /** Most rule firings one run may be allowed. */
    static final int MAX_FIRINGS = 1_000_000_000;
    /** Longest --max-seconds: a day. */
    static final int MAX_SECONDS = 86_400;
    /** Most samples: sampling keeps counts only, but the batches to run are queued up front. */
    static final int MAX_SAMPLES = 100_000_000;

    private WholeNumber() {}

    /** A whole number from {@code min} to {@code max}. */
    abstract static class InRange implements CommandLine.ITypeConverter<Integer> {
        private final int min;
        private final int max;

        InRange(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            long parsed;
            try {
                parsed = Long.parseLong(value.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number; " + range());
            }
            if (parsed < min || parsed > max) {
                throw new CommandLine.TypeConversionException(value + " is out of range; " + range());
            }
            return (int) parsed;
        }

        private String range() {
            NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
            return "give a whole number from " + format.format(min) + " to " + format.format(max);
        }
    }

    static final class Firings extends InRange {
        Firings() {
            super(1, MAX_FIRINGS);
        }
    }

    static final class Seconds extends InRange {
        Seconds() {
            super(1, MAX_SECONDS);
        }
    }

    static final class Samples extends InRange {
        Samples() {
            super(1, MAX_SAMPLES);
        }
    }

    /** Samples per rule session: each one holds a copy of the elements that differ. */
    static final class SampleBatch extends InRange {
        SampleBatch() {
            super(1, 100_000);
        }
    }

    static final class Threads extends InRange {
        Threads() {
            super(1, 256);
        }
    }

    static final class PathSteps extends InRange {
        PathSteps() {
            super(1, 100);
        }
    }

    static final class Alternatives extends InRange {
        Alternatives() {
            super(1, 1_000);
        }
    }

    /** A TCP port; 0 asks the system for a free one. */
    static final class Port extends InRange {
        Port() {
            super(0, 65_535);
        }
    }
}
