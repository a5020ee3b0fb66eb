package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.files.InputFile;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Refuses, before a command runs, any output file ({@code --out}, {@code --trace}) that would destroy
 * something: an input of the run (a knowledge, rule, scenario or analyst-test file, the trace being
 * verified, or anything inside the knowledge or rules folder), another output of the same run, a folder,
 * a device or named pipe (writing "atomically" over {@code /dev/full} would replace the device itself),
 * anything under {@code /proc} or {@code /sys}, or a file whose folder does not exist. Paths are compared
 * as the system resolves them, links followed, so neither a link nor {@code knowledge/../knowledge}
 * disguises an input.
 *
 * <p>It runs for every command from the command line's execution strategy ({@link AdvisorCommand}), on the
 * {@link OutOption} and {@link TraceOption} mixins the command has: a command that takes {@code --out}
 * through the mixin cannot forget the check.
 */
final class OutputGuard {

    /** Pseudo-filesystems of the kernel: their "files" are not storage, and writing one can change the system. */
    private static final List<Path> SYSTEM_TREES = List.of(Path.of("/proc"), Path.of("/sys"));

    private OutputGuard() {}

    /** Throws a usage error naming the option, the path and the reason, if any output target is refused. */
    static void check(CommandSpec command) {
        Map<String, Path> targets = targets(command);
        formatAgainstOut(command, targets.get("--out"));
        if (targets.isEmpty()) {
            return;
        }
        InputPaths inputs = new InputPaths();
        if (!(command.userObject() instanceof InputPaths.NamesInputs)
                && command.mixins().values().stream().noneMatch(m -> m.userObject() instanceof InputPaths.NamesInputs)) {
            throw new IllegalStateException("'" + command.qualifiedName() + "' writes files but names no inputs to"
                    + " protect: give it InputOptions or implement InputPaths.NamesInputs");
        }
        if (command.userObject() instanceof InputPaths.NamesInputs names) {
            names.addInputsTo(inputs);
        }
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof InputPaths.NamesInputs names) {
                names.addInputsTo(inputs);
            }
        }
        Map<Path, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            String shown = target.getKey() + " " + target.getValue();
            Optional<String> refusal = refusal(target.getValue(), inputs);
            if (refusal.isPresent()) {
                throw refused(command, shown + ": " + refusal.get());
            }
            Path real = realPath(target.getValue());
            if (resolved.containsKey(real)) {
                throw refused(command, shown + ": " + resolved.get(real) + " names the same file; each output"
                        + " needs a file of its own");
            }
            resolved.put(real, target.getKey());
        }
    }

    /** A --format that contradicts the --out file's extension is refused here, before anything runs. */
    private static void formatAgainstOut(CommandSpec command, Path out) {
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof FormatOption format) {
                format.chosen(out);
            }
        }
    }

    private static Map<String, Path> targets(CommandSpec command) {
        Map<String, Path> targets = new LinkedHashMap<>();
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof OutOption out && out.file != null) {
                targets.put("--out", out.file);
            } else if (mixin.userObject() instanceof TraceOption trace && trace.file != null) {
                targets.put("--trace", trace.file);
            }
        }
        return targets;
    }

    private static CommandLine.ParameterException refused(CommandSpec command, String message) {
        return new CommandLine.ParameterException(command.commandLine(), message + ". Nothing was run or written.");
    }

    /** Why {@code target} may not be written, or empty when it may. */
    static Optional<String> refusal(Path target, InputPaths inputs) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (folder == null || name.equals(".") || name.equals("..")) {
            return Optional.of("is a folder; give a file name");
        }
        if (!Files.isDirectory(folder)) {
            Path shown = target.getParent() != null ? target.getParent() : folder;
            return Optional.of(Files.exists(folder) ? shown + " is not a folder"
                    : "the folder " + shown + " does not exist; create it first");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            Optional<BasicFileAttributes> attributes = InputFile.attributesIfAny(absolute);
            if (attributes.isEmpty()) {
                return Optional.of("is a link to a file that does not exist");
            }
            if (!attributes.get().isRegularFile()) {
                return Optional.of("is " + (Files.isSymbolicLink(absolute) ? "a link to " : "")
                        + (attributes.get().isDirectory() ? "a folder" : InputFile.kind(absolute, attributes.get()))
                        + ", not a regular file; an output can only replace a regular file");
            }
        }
        Path real = realPath(target);
        for (Path system : SYSTEM_TREES) {
            if (real.startsWith(system)) {
                return Optional.of("is under " + system + ", the system's own information, not a place for files");
            }
        }
        for (InputPaths.Input input : inputs.all()) {
            Optional<Path> inputReal = realIfExists(input.path());
            if (inputReal.isEmpty()) {
                continue;
            }
            if (input.folder() && real.startsWith(inputReal.get())) {
                return Optional.of("is in " + input.what() + " (" + input.path() + "), which holds inputs of this"
                        + " run; write outputs elsewhere, e.g. --out report.md");
            }
            if (!input.folder() && real.equals(inputReal.get())) {
                return Optional.of("is " + input.what() + " (" + input.path() + "), an input of this run;"
                        + " writing there would replace it");
            }
        }
        return Optional.empty();
    }

    /** The target as the system resolves it: links followed, {@code ..} taken after links, as open(2) does. */
    private static Path realPath(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute.normalize();
        }
    }

    private static Optional<Path> realIfExists(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
