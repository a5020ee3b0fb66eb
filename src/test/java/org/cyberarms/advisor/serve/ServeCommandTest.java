package org.cyberarms.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.cli.AdvisorCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code advisor serve} as the analyst starts it: the address to open, and a refusal to listen more widely unasked. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("Open (http://[^/]+:(\\d+)/\\?token=[A-Za-z0-9_-]{32})");

    @TempDir
    Path tmp;

    @Test
    void anotherAddressThanLoopbackNeedsAllowNetwork() {
        CommandRun run = CommandRun.of("serve", "--bind", "192.0.2.7", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bind 192.0.2.7 would let other computers reach the workbench")
                .contains("--allow-network");
        assertThat(run.out()).doesNotContain("Open");
    }

    @Test
    void everyAddressAtOnceIsRefusedEvenWithAllowNetwork() {
        CommandRun run = CommandRun.of("serve", "--bind", "0.0.0.0", "--allow-network", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("name the one address");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(CommandRun.of("serve", "--port", "70000").exitCode()).isEqualTo(2);
    }

    /** --max-seconds bounds each evaluation, not the server's life, as it bounds a whole command elsewhere. */
    @Test
    void theWorkbenchOutlivesMaxSeconds() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = serveInProcess(out, err, "serve", "--port", "0", "--max-seconds", "1");
        try {
            Matcher address = ADDRESS.matcher(awaitAddress(out));
            assertThat(address.find()).isTrue();
            Thread.sleep(2_500);

            RawHttp.Reply reply = RawHttp.send(Integer.parseInt(address.group(2)), RawHttp.request("GET",
                    "/api/scenarios", "Host: 127.0.0.1:" + address.group(2) + "\r\n", ""));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(err.toString()).isEmpty();
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /** With the flag, the workbench listens where asked, and the terminal says what that exposes. */
    @Test
    void anotherAddressWithAllowNetworkWarnsOnTheTerminal() throws Exception {
        Optional<String> lan = nonLoopbackAddress();
        Assumptions.assumeTrue(lan.isPresent(), "this machine has no address but loopback");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = serveInProcess(out, err, "serve", "--bind", lan.get(), "--allow-network", "--port", "0");
        try {
            String address = awaitAddress(out);

            assertThat(address).startsWith("Open http://" + lan.get() + ":");
            assertThat(err.toString()).contains("WARNING: the workbench listens on " + lan.get());
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    /**
     * The shipped logging configuration, a real process, and requests an attacker would send: the terminal shows
     * the address, then only that the workbench stopped, never a class, an exception or a stack frame.
     */
    @Test
    void theTerminalShowsTheAddressAndNoClassOrStackTraceWhateverTheRequests() throws Exception {
        Path errFile = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(java(), "-cp", mainClassPath(), AdvisorCommand.class.getName(), "serve",
                "--port", "0")
                .redirectError(errFile.toFile()).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            Matcher address = ADDRESS.matcher(String.valueOf(first));
            assertThat(first).isNotNull();
            assertThat(address.find()).as(first).isTrue();
            int port = Integer.parseInt(address.group(2));
            String host = "Host: 127.0.0.1:" + port + "\r\n";
            RawHttp.send(port, "GARBAGE\r\n\r\n");
            RawHttp.send(port, "GET /api/report HTTP/1.1\r\nHost: 127.0.0.1:" + port + ".evil\r\n\r\n");
            RawHttp.send(port, RawHttp.request("GET", "/api/report", host + "X-Padding: " + "a".repeat(20_000) + "\r\n", ""));
            RawHttp.send(port, RawHttp.request("POST", "/api/evaluate", host, "{not json"));
            RawHttp.send(port, RawHttp.request("GET", "/api/explain/%00", host, ""));
            RawHttp.send(port, "GET / HTTP/9.9\r\n" + host + "\r\n");
            RawHttp.send(port, RawHttp.request("GET", "/api/report", host, ""));
        } finally {
            process.destroy(); // SIGTERM: the same shutdown as Ctrl-C
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        String err = Files.readString(errFile);
        assertThat(err.strip()).isEqualTo("advisor: the workbench has stopped.");
    }

    private static Thread serveInProcess(StringWriter out, StringWriter err, String... args) {
        CommandLine cmd = AdvisorCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        Thread serving = new Thread(() -> cmd.execute(args), "serve-under-test");
        serving.start();
        return serving;
    }

    private static String awaitAddress(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher address = ADDRESS.matcher(out.toString());
            if (address.find()) {
                return address.group(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no address printed: " + out);
    }

    private static Optional<String> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test's class path without the test classes: the shipped logback.xml, not the tests' quieter one. */
    private static String mainClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith("test-classes")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
