package org.cyberarms.advisor.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Turns logging up for {@code --verbose}; by default logback.xml keeps the terminal quiet. */
final class Verbosity {

    private Verbosity() {}

    static void verbose() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
            context.getLogger("org.drools").setLevel(Level.INFO);
            context.getLogger("org.kie").setLevel(Level.INFO);
            context.getLogger("org.eclipse.jetty").setLevel(Level.INFO);
            context.getLogger("org.cyberarms").setLevel(Level.DEBUG);
        }
    }
}
