package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** The advisor's version, as Maven stamped it into {@code advisor-version.properties} at build time. */
final class AdvisorVersion implements CommandLine.IVersionProvider {

    static String current() {
        try (InputStream in = AdvisorVersion.class.getResourceAsStream("/advisor-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"advisor " + current(), "Feasibility Advisor: how mature each element of an assessment is, and why"};
    }
}
