package org.cyberarms.advisor.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;

/**
 * A real workbench on a free loopback port, serving the given knowledge with the bundled rules, and a client
 * that talks to it as the page does (same origin, with the token on writes).
 */
final class RunningWorkbench implements AutoCloseable {

    final Workbench workbench;
    final Path knowledgeDir;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningWorkbench(Workbench workbench, Path knowledgeDir) {
        this.workbench = workbench;
        this.knowledgeDir = knowledgeDir;
    }

    static RunningWorkbench on(Path knowledgeDir) throws Exception {
        Loaded loaded = new Loaded(new KnowledgeLoader().load(knowledgeDir), Fixtures.bundledRuleBase(), 1);
        return new RunningWorkbench(Workbench.start(new Workbench.Settings(Workbench.LOOPBACK, 0,
                Inputs.fixed(loaded), knowledgeDir, RunLimits.DEFAULT, advisorVersion())), knowledgeDir);
    }

    /** The version the build stamped, as the command line reports it. */
    private static String advisorVersion() throws java.io.IOException {
        try (var in = RunningWorkbench.class.getResourceAsStream("/advisor-version.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    static RunningWorkbench onTheBundledKnowledge() throws Exception {
        return on(Fixtures.BUNDLED_KNOWLEDGE);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + workbench.port() + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST as the page sends it: JSON, its own origin, the token. */
    HttpResponse<String> post(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Origin", "http://127.0.0.1:" + workbench.port())
                .header(Guard.TOKEN_HEADER, workbench.token())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        workbench.close();
    }
}
