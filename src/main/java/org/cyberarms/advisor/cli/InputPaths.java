package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders a command reads, as its command line names them: what {@link OutputGuard} keeps
 * every output away from. Options and commands that name inputs add theirs through {@link NamesInputs}.
 */
final class InputPaths {

    /** An input folder (everything inside it counts as input) or an input file, and what it is, in words. */
    record Input(Path path, boolean folder, String what) {}

    private final List<Input> inputs = new ArrayList<>();

    InputPaths folder(Path dir, String what) {
        inputs.add(new Input(dir, true, what));
        return this;
    }

    InputPaths file(Path file, String what) {
        inputs.add(new Input(file, false, what));
        return this;
    }

    List<Input> all() {
        return List.copyOf(inputs);
    }

    /** Implemented by the options and commands that name input files or folders. */
    interface NamesInputs {
        void addInputsTo(InputPaths inputs);
    }
}
