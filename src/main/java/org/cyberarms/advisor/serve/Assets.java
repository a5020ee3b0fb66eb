package org.cyberarms.advisor.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page's files, read once from the jar: nothing is fetched from elsewhere and nothing needs building.
 * The document stylesheet ({@code /style.css}) is the one the HTML reports embed.
 */
final class Assets {

    /** One file and its content type. */
    record Asset(String contentType, String text) {}

    private final Map<String, Asset> byPath;

    private Assets(Map<String, Asset> byPath) {
        this.byPath = byPath;
    }

    static Assets fromJar() {
        return new Assets(Map.of(
                "/", new Asset("text/html; charset=utf-8", read("/org/cyberarms/advisor/serve/index.html")),
                "/app.js", new Asset("text/javascript; charset=utf-8", read("/org/cyberarms/advisor/serve/app.js")),
                "/app.css", new Asset("text/css; charset=utf-8", read("/org/cyberarms/advisor/serve/app.css")),
                "/style.css", new Asset("text/css; charset=utf-8", read("/org/cyberarms/advisor/document/style.css"))));
    }

    Asset at(String path) {
        return byPath.get(path);
    }

    private static String read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the advisor's jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
