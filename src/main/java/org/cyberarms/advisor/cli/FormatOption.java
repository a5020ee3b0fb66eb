package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.Format;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format}, shared by every command that prints an answer. Each command names the formats it can
 * print ({@code @Mixin FormatOption format = FormatOption.of(TEXT, MARKDOWN, JSON)}); any other is refused
 * while the command line is parsed, in one line that names the formats it can print. Without
 * {@code --format}, the extension of {@code --out FILE} chooses ({@code report.html} is HTML); a
 * {@code --format} that contradicts the extension is refused before anything runs ({@link OutputGuard}).
 */
final class FormatOption {

    private final List<Format> printable;

    private Optional<Format> asked = Optional.empty();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private FormatOption(List<Format> printable) {
        this.printable = List.copyOf(printable);
    }

    /** The option for a command that prints these formats; the first is the default. */
    static FormatOption of(Format... printable) {
        return new FormatOption(List.of(printable));
    }

    // The description is replaced by one naming this command's formats (see describeIn).
    @Option(names = "--format", paramLabel = "FORMAT", description = "The format of the answer.")
    void format(String word) {
        Format format = Format.ofWord(word).filter(printable::contains).orElseThrow(() -> new ParameterException(
                command.commandLine(), "--format " + word + ": '" + command.qualifiedName() + "' can print "
                        + words(printable)));
        asked = Optional.of(format);
    }

    /**
     * The format to print in: the one asked for; else the one {@code out}'s extension names; else the
     * default (text).
     *
     * @throws ParameterException when {@code --format} contradicts the extension of {@code out}, or the
     *                            extension names a format this command cannot print
     */
    Format chosen(Path out) {
        Optional<Format> byName = Optional.ofNullable(out).map(Path::getFileName)
                .flatMap(name -> Format.ofFileName(name.toString()));
        if (asked.isPresent()) {
            if (byName.isPresent() && byName.get() != asked.get()) {
                throw new ParameterException(command.commandLine(), "--format " + asked.get() + " contradicts --out "
                        + out + ", whose extension asks for " + byName.get() + "; leave out --format, or name the"
                        + " file ." + asked.get().extensions().get(0));
            }
            return asked.get();
        }
        if (byName.isPresent() && !printable.contains(byName.get())) {
            throw new ParameterException(command.commandLine(), "--out " + out + ": '" + command.qualifiedName()
                    + "' cannot print " + byName.get() + ", which the extension asks for; it can print "
                    + words(printable));
        }
        return byName.orElse(printable.get(0));
    }

    /** Gives the command's {@code --format} a description naming the formats it can print. */
    static void describeIn(CommandSpec command) {
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof FormatOption formats) {
                OptionSpec option = command.findOption("--format");
                command.remove(option);
                command.addOption(OptionSpec.builder(option).description(formats.description())
                        .completionCandidates(formats.printable.stream().map(Format::word).toList()).build());
            }
        }
    }

    private String description() {
        List<String> each = new ArrayList<>();
        for (Format format : printable) {
            each.add(format.word() + switch (format) {
                case TEXT -> " (for the terminal)";
                case HTML -> " (one self-contained page, to open, print or forward)";
                case CSV -> " (for a spreadsheet)";
                default -> "";
            });
        }
        return "The answer's format: " + words(each) + ". Default: " + printable.get(0) + ", or the format that"
                + " the --out file's extension names (txt, md, html, json or csv); a --format that contradicts"
                + " it is refused.";
    }

    private static String words(List<?> items) {
        List<String> words = items.stream().map(String::valueOf).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
