package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.cli.ExitCode;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.live.EditedPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real workbench on a free port, serving a temporary copy of the bundled pack while the test saves its files
 * as an editor does: {@code /api/status} and the {@code /api/events} stream say what each save changed or
 * where it broke the files, the answers keep coming from the last good version, and a fix recovers.
 */
class LiveWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema STATUS_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(Path.of("docs/serve-status.schema.json").toAbsolutePath().toUri().toString()));

    @TempDir
    Path tmp;

    private EditedPack pack;
    private LiveWorkbench served;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void serveACopyOfTheBundledPack() throws Exception {
        pack = EditedPack.copyInto(tmp);
        served = LiveWorkbench.serving(pack, "test");
    }

    @AfterEach
    void stop() throws Exception {
        served.close();
    }

    @Test
    void aSavedKnowledgeEditBumpsTheVersionSaysWhatChangedAndIsServed() throws Exception {
        JsonNode first = status();
        assertThat(first.path("version").asLong()).isEqualTo(1);
        assertThat(first.path("problems")).isEmpty();

        pack.raiseE16Attribution();
        JsonNode next = statusAfter(1);

        assertThat(next.path("version").asLong()).isEqualTo(2);
        assertThat(next.path("problems")).isEmpty();
        assertThat(next.path("change").path("summary").asText()).isEqualTo("1 element changes level: E16 likely → feasible.");
        assertThat(texts(next.path("change").path("lines"))).contains("knowledge/elements.yaml: changed");
        assertThat(levelOf("E16", get("/api/report").body())).isEqualTo("feasible");
    }

    @Test
    void aBrokenRuleFileIsNamedAtFileAndLineWhileTheLastGoodVersionServesAndTheFixClearsIt() throws Exception {
        String good = EditedPack.read(pack.constraints());
        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");

        JsonNode broken = statusAfter(1);

        assertThat(broken.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("file").asText()).isEqualTo(pack.constraints().toString());
            assertThat(p.path("line").asInt()).isEqualTo(72);
            assertThat(p.path("column").asInt()).isEqualTo(5);
            assertThat(p.path("message").asText()).contains("syntax error");
        });
        HttpResponse<String> report = get("/api/report");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(levelOf("E16", report.body())).isEqualTo("likely");

        EditedPack.saveByRename(pack.constraints(), good);
        JsonNode fixed = statusAfter(broken.path("version").asLong());

        assertThat(fixed.path("problems")).isEmpty();
        assertThat(get("/api/report").statusCode()).isEqualTo(200);
    }

    @Test
    void theEventStreamSendsTheStatusOnConnectAndAReloadEventAfterEverySave() throws Exception {
        try (Events events = Events.open(client, uri("/api/events"))) {
            assertThat(events.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(events.response.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(events.next().path("version").asLong()).isEqualTo(1);

            pack.raiseE16Attribution();
            JsonNode reload = events.next();

            assertThat(reload.path("version").asLong()).isEqualTo(2);
            assertThat(reload).isEqualTo(JSON.readTree(get("/api/status").body()));
            assertThat(events.names).allMatch("reload"::equals);
        }
    }

    @Test
    void eventStreamsAreBoundedAndEndWhenTheWorkbenchStops() throws Exception {
        List<Events> open = new ArrayList<>();
        try {
            for (int i = 0; i < LiveEndpoints.MAX_STREAMS; i++) {
                Events events = Events.open(client, uri("/api/events"));
                events.next();
                open.add(events);
            }
            HttpResponse<String> refused = get("/api/events");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).path("error").asText()).contains("Too many pages");

            served.endpoints().close();

            for (Events events : open) {
                assertThat(events.ended()).as("the stream ends").isTrue();
            }
        } finally {
            open.forEach(Events::close);
        }
    }

    @Test
    void aQuietStreamGetsAHeartbeatSoThatAPageThatWentAwayIsNoticed() throws Exception {
        try (LiveEndpoints quick = new LiveEndpoints(served.live(), Duration.ofMillis(200));
                Workbench second = Workbench.start(quick.addTo(new Workbench.Settings(Workbench.LOOPBACK, 0,
                        quick.inputs(), pack.knowledge(), RunLimits.DEFAULT, "test")));
                Events events = Events.open(client, URI.create("http://127.0.0.1:" + second.port() + "/api/events"))) {
            events.next();

            assertThat(events.comments.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(": still here");
        }
    }

    @Test
    void serveRefusesToStartOnFilesThatDoNotReadAndSaysWhereAsEveryCommandDoes() {
        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");

        CommandRun run = CommandRun.of("serve", "--port", "0", "--knowledge", pack.knowledge().toString(),
                "--rules", pack.rules().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains(pack.constraints() + ":72:5: syntax error");
        assertThat(run.out()).doesNotContain("Open http");
    }

    /** An open {@code /api/events} stream, read line by line on its own thread. */
    private static final class Events implements AutoCloseable {
        final HttpResponse<Stream<String>> response;
        final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
        final List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile boolean ended;

        private Events(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = new Thread(() -> {
                try (Stream<String> lines = response.body()) {
                    lines.forEach(line -> {
                        if (line.startsWith("event: ")) {
                            names.add(line.substring("event: ".length()));
                        } else if (line.startsWith(":")) {
                            comments.add(line);
                        } else if (line.startsWith("data: ")) {
                            data.add(line.substring("data: ".length()));
                        }
                    });
                } catch (RuntimeException closed) {
                    // the test closed it
                }
                ended = true;
            }, "events-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Events open(HttpClient client, URI uri) throws Exception {
            HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            return new Events(response);
        }

        JsonNode next() throws Exception {
            String event = data.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within " + WAIT).isNotNull();
            return JSON.readTree(event);
        }

        boolean ended() throws InterruptedException {
            reader.join(WAIT.toMillis());
            return ended;
        }

        @Override
        public void close() {
            reader.interrupt();
            response.body().close();
        }
    }

    private JsonNode status() throws Exception {
        HttpResponse<String> response = get("/api/status");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(response.body());
        assertThat(STATUS_SCHEMA.validate(status)).as("docs/serve-status.schema.json").isEmpty();
        return status;
    }

    /** The status once its version is past {@code version}, asked as a page that polls would. */
    private JsonNode statusAfter(long version) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode status = status();
        while (status.path("version").asLong() <= version && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = status();
        }
        assertThat(status.path("version").asLong()).as("the version after a save").isGreaterThan(version);
        return status;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + served.workbench().port() + path);
    }

    private static String levelOf(String elementId, String reportJson) throws Exception {
        for (JsonNode element : JSON.readTree(reportJson).path("elements")) {
            if (element.path("id").asText().equals(elementId)) {
                return element.path("level").path("name").asText();
            }
        }
        throw new AssertionError(elementId + " is not in the report");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
