package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench against what a hostile web page or local program sends (README, "Workbench", security
 * model), through a real server on a free port and raw sockets.
 */
class WorkbenchSecurityTest {

    private static RunningWorkbench server;
    private static int port;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        server = RunningWorkbench.onTheBundledKnowledge();
        port = server.workbench.port();
        token = server.workbench.token();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String host() {
        return "Host: 127.0.0.1:" + port + "\r\n";
    }

    private static RawHttp.Reply get(String path, String headers) throws Exception {
        return RawHttp.send(port, RawHttp.request("GET", path, headers, ""));
    }

    private static RawHttp.Reply evaluate(String headers, String body) throws Exception {
        return RawHttp.send(port, RawHttp.request("POST", "/api/evaluate",
                headers + "Content-Type: application/json\r\n", body));
    }

    @Test
    void theLoopbackNamesWithTheRightPortAreServed() throws Exception {
        assertThat(get("/api/scenarios", host()).status()).isEqualTo(200);
        assertThat(get("/api/scenarios", "Host: localhost:" + port + "\r\n").status()).isEqualTo(200);
        assertThat(get("/api/scenarios", "Host: LOCALHOST:" + port + "\r\n").status()).isEqualTo(200);
    }

    /** DNS rebinding: a foreign name that resolves to 127.0.0.1 still sends its own name as Host. */
    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1", "127.0.0.1:" + (port + 1),
                "localhost.evil.example:" + port, "127.0.0.1:" + port + ".evil.example", "[::1]:" + port)) {
            RawHttp.Reply reply = get("/api/report", "Host: " + host + "\r\n");

            // A Host that is not name:port is malformed: Jetty refuses it itself (400), with the same plain error.
            assertThat(reply.status()).as(host).isIn(400, 421);
            assertThat(reply.body()).as(host).contains(reply.status() == 421
                    ? "\"error\": \"This server answers only to http://127.0.0.1:" + port + "/"
                    : "\"error\": \"The request is not one this server understands").doesNotContain("\"schema\"");
        }
    }

    @Test
    void aRequestWithoutAHostIsRefused() throws Exception {
        RawHttp.Reply reply = RawHttp.send(port, "GET /api/report HTTP/1.0\r\n\r\n");

        assertThat(reply.status()).isIn(400, 421);
        assertThat(reply.body()).doesNotContain("\"schema\"");
    }

    /** CSRF: another page's script or form can post to the loopback address, but its Origin says where from. */
    @Test
    void aRequestFromAnotherOriginIsRefusedEvenWithTheToken() throws Exception {
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:" + (port + 1),
                "https://127.0.0.1:" + port, "http://localhost.evil.example:" + port)) {
            RawHttp.Reply reply = evaluate(host() + "Origin: " + origin + "\r\nX-Advisor-Token: " + token + "\r\n", "{}");

            assertThat(reply.status()).as(origin).isEqualTo(403);
            assertThat(reply.body()).as(origin).contains("other web pages");
        }
        assertThat(get("/api/report", host() + "Origin: http://evil.example\r\n").status()).isEqualTo(403);
    }

    @Test
    void theServersOwnOriginIsServed() throws Exception {
        assertThat(evaluate(host() + "Origin: http://127.0.0.1:" + port + "\r\nX-Advisor-Token: " + token + "\r\n",
                "{}").status()).isEqualTo(200);
        assertThat(evaluate(host() + "Origin: http://localhost:" + port + "\r\nX-Advisor-Token: " + token + "\r\n",
                "{}").status()).isEqualTo(200);
    }

    @Test
    void aPostWithoutTheRightTokenIsRefused() throws Exception {
        String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        for (String header : List.of("", "X-Advisor-Token: \r\n", "X-Advisor-Token: " + wrong + "\r\n",
                "X-Advisor-Token: " + token.substring(0, 31) + "\r\n", "X-Advisor-Token: " + token + "x\r\n",
                "Authorization: Bearer " + token + "\r\n")) {
            RawHttp.Reply reply = evaluate(host() + header, "{}");

            assertThat(reply.status()).as(header).isEqualTo(403);
            assertThat(reply.body()).as(header).contains("needs the token");
        }
    }

    @Test
    void theTokenIsThirtyTwoUrlSafeCharactersAndDiffersEachStart() throws Exception {
        assertThat(server.workbench.pageAddress().toString())
                .matches("http://127\\.0\\.0\\.1:" + port + "/\\?token=[A-Za-z0-9_-]{32}");
        try (RunningWorkbench other = RunningWorkbench.onTheBundledKnowledge()) {
            assertThat(other.workbench.token()).isNotEqualTo(token);
        }
    }

    @Test
    void aBodyOver64KiBIsRefusedWhetherItsLengthIsGivenOrNot() throws Exception {
        String big = "{\"set\": [\"" + "x".repeat(70_000) + "\"]}";
        String headers = host() + "X-Advisor-Token: " + token + "\r\n";

        RawHttp.Reply declared = evaluate(headers, big);
        RawHttp.Reply chunked = RawHttp.send(port, ("POST /api/evaluate HTTP/1.1\r\n" + headers
                + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(declared.status()).isEqualTo(413);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.body()).contains("larger than 64 KiB");
        assertThat(evaluate(headers, "{\"set\": [" + "\"E03.attribution=weak\",".repeat(100) + "\"E03.attribution=weak\"]}")
                .status()).isEqualTo(200);
    }

    @Test
    void oversizedHeadersAreRefused() throws Exception {
        RawHttp.Reply reply = get("/api/report", host() + "X-Padding: " + "a".repeat(20_000) + "\r\n");

        assertThat(reply.status()).isEqualTo(431);
        assertThat(reply.body()).contains("\"error\"");
    }

    /** Every response, the refusals and Jetty's own errors too, carries the policy and the plain JSON error. */
    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<RawHttp.Reply> replies = new ArrayList<>();
        replies.add(get("/", host()));
        replies.add(get("/app.js", host()));
        replies.add(get("/api/report", host()));
        replies.add(get("/no/such/page", host()));
        replies.add(get("/api/explain/E99", host()));
        replies.add(get("/api/report", "Host: evil.example\r\n"));
        replies.add(evaluate(host(), "{}"));
        replies.add(evaluate(host() + "X-Advisor-Token: " + token + "\r\n", "{not json"));
        replies.add(RawHttp.send(port, RawHttp.request("DELETE", "/api/report", host() + "X-Advisor-Token: " + token
                + "\r\n", "")));
        replies.add(get("/api/report", host() + "X-Padding: " + "a".repeat(20_000) + "\r\n"));
        replies.add(RawHttp.send(port, "GARBAGE\r\n\r\n"));
        replies.add(get("/%2e%2e/%2e%2e/etc/passwd", host()));
        replies.add(evaluate(host() + "X-Advisor-Token: " + token + "\r\n", "{\"set\": [\"" + "x".repeat(70_000) + "\"]}"));

        for (RawHttp.Reply reply : replies) {
            assertThat(reply.header("Content-Security-Policy")).as("%s", reply.status()).isEqualTo(
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
            assertThat(reply.header("Server")).isNull();
            if (reply.status() >= 400) {
                assertThat(reply.header("Content-Type")).as("%s", reply.status()).startsWith("application/json");
                assertThat(ApiSchemas.problems(reply.body(), "serve-error.schema.json")).as(reply.body()).isEmpty();
            }
        }
        assertThat(replies).extracting(RawHttp.Reply::status)
                .containsExactly(200, 200, 200, 404, 404, 421, 403, 400, 405, 431, 400, 400, 413);
    }

    /** No answer gives away the implementation: no class, exception, stack frame or server version. */
    @Test
    void noAnswerNamesAClassAnExceptionOrAStackFrame() throws Exception {
        List<RawHttp.Reply> replies = new ArrayList<>();
        String writes = host() + "X-Advisor-Token: " + token + "\r\n";
        for (String body : List.of("{not json", "[]", "null", "\"text\"", "{\"set\": \"E03.attribution=weak\"}",
                "{\"set\": [1, {}]}", "{\"unknown\": 1}", "{\"set\": [\"E03\"]}", "{\"scenario\": 5}",
                "{\"set\": [\"E03.attribution=\\u0000\"]}", "\u00ff\u00fe", "")) {
            replies.add(evaluate(writes, body));
            replies.add(RawHttp.send(port, RawHttp.request("POST", "/api/scenarios", writes, body)));
        }
        replies.add(get("/api/path/E03?target=", host()));
        replies.add(get("/api/path/E03?target=likely&set=E03.x=y", host()));
        replies.add(get("/api/explain/%00", host()));
        replies.add(get("/api/scenarios/%2e%2e%2fknowledge", host()));
        replies.add(RawHttp.send(port, "GET / HTTP/9.9\r\n" + host() + "\r\n"));
        replies.add(RawHttp.send(port, "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\n" + host() + "\r\n"));

        for (RawHttp.Reply reply : replies) {
            assertThat(reply.status()).isBetween(400, 505).isNotEqualTo(500);
            assertThat(reply.body()).doesNotContainPattern("(?i)exception|jetty|java|\\bat [a-z]+\\.|org\\.|com\\.fasterxml"
                    + "|\\$|\\bclass\\b|Caused by");
        }
    }
}
