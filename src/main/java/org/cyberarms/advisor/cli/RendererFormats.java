package org.cyberarms.advisor.cli;

import org.cyberarms.advisor.document.Format;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The renderer's own format enum for a chosen {@link Format}, for the answers not yet built as documents
 * (their renderers take a ReportFormat or an UncertaintyFormat). Goes once every answer prints through
 * {@code Backend.of(format)}.
 */
final class RendererFormats {

    private RendererFormats() {}

    static <E extends Enum<E>> E of(CommandSpec command, Format format, Class<E> layouts) {
        for (E layout : layouts.getEnumConstants()) {
            if (layout.name().equals(format.name())) {
                return layout;
            }
        }
        throw new ParameterException(command.commandLine(), "'" + command.qualifiedName() + "' cannot print "
                + format + " in this build");
    }
}
