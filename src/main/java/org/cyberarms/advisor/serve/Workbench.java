package org.cyberarms.advisor.serve;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.engine.RunLimits;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The analyst's workbench: a local web server (Jetty) for the page and its JSON API. It listens on
 * 127.0.0.1 unless told otherwise, answers only requests that name it and come from its own page, and
 * writes only with the token of the address it prints ({@link Guard}).
 */
public final class Workbench implements AutoCloseable {

    /** The loopback address the workbench listens on by default: nothing else on the network can reach it. */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * Worker threads: evaluations are CPU-bound and short (milliseconds), so a few more than the cores keep
     * them busy. What waits for a thread is bounded by the connections accepted at once (HTTP/1.1 handles
     * one request at a time per connection): a flood of requests waits in the kernel, not in memory.
     */
    private static final int MAX_THREADS = 16;
    private static final int MIN_THREADS = 4;
    private static final int MAX_CONNECTIONS = 128;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final long IDLE_MILLIS = 30_000;

    /**
     * How to start the workbench.
     *
     * @param bind           the address to listen on: {@link #LOOPBACK}, or one address the analyst chose
     * @param port           the port; 0 for any free one
     * @param inputs         what to evaluate against, asked at each request
     * @param knowledgeDir   the knowledge folder, whose {@code scenarios} folder the API reads and writes
     * @param limits         the bounds of one run of the rules
     * @param advisorVersion the version stamped into reports
     * @param moreRoutes     further GET routes by exact path (live reload), behind the same checks
     */
    public record Settings(String bind, int port, Inputs inputs, Path knowledgeDir, RunLimits limits,
            String advisorVersion, Map<String, Request.Handler> moreRoutes) {

        public Settings {
            moreRoutes = Map.copyOf(moreRoutes);
        }

        public Settings(String bind, int port, Inputs inputs, Path knowledgeDir, RunLimits limits,
                String advisorVersion) {
            this(bind, port, inputs, knowledgeDir, limits, advisorVersion, Map.of());
        }

        /** These settings with one more route. */
        public Settings withRoute(String path, Request.Handler handler) {
            Map<String, Request.Handler> routes = new LinkedHashMap<>(moreRoutes);
            routes.put(path, handler);
            return new Settings(bind, port, inputs, knowledgeDir, limits, advisorVersion, routes);
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final String bind;
    private final String token;

    private Workbench(Server server, ServerConnector connector, String bind, String token) {
        this.server = server;
        this.connector = connector;
        this.bind = bind;
        this.token = token;
    }

    /** Starts listening; the port is bound when this returns. */
    public static Workbench start(Settings settings) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("workbench");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_MILLIS);
        server.addConnector(connector);
        server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server));
        String token = newToken();
        Answers answers = new Answers(settings.knowledgeDir(), settings.limits(), settings.advisorVersion());
        Routes routes = new Routes(settings.inputs(), answers, new ScenarioFiles(settings.knowledgeDir()),
                Assets.fromJar(), settings.moreRoutes());
        server.setHandler(new Guard(routes, names(settings.bind()), connector::getLocalPort, token));
        server.setErrorHandler(new PlainErrors());
        server.setStopAtShutdown(false); // the command stops it, and says so
        server.start();
        warmUp(answers, settings.inputs());
        return new Workbench(server, connector, settings.bind(), token);
    }

    /**
     * Computes the assessment's report once in the background while the analyst opens the page: the first
     * report then finds the what-it-would-take searches done (about a quarter of a second on a cold JVM) and
     * the code compiled. A failure here is the first request's to report.
     */
    private static void warmUp(Answers answers, Inputs inputs) {
        Thread warming = new Thread(() -> {
            try {
                answers.report(inputs.current(), java.util.Optional.empty(), List.of());
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                org.slf4j.LoggerFactory.getLogger(Workbench.class).debug("warm-up failed", e);
            }
        }, "workbench-warm-up");
        warming.setDaemon(true);
        warming.start();
    }

    /** The names a request may give as its Host: the loopback names, or the one address bound. */
    private static List<String> names(String bind) {
        if (bind.equals(LOOPBACK)) {
            return List.of(LOOPBACK, "localhost");
        }
        String name = bind.toLowerCase(java.util.Locale.ROOT);
        return List.of(name.contains(":") ? "[" + name + "]" : name); // an IPv6 literal is bracketed in Host
    }

    /** 32 URL-safe characters from 24 random bytes (192 bits), as Jupyter's token is. */
    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for the loopback address and names; anything else exposes the workbench to the network. */
    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** True for 0.0.0.0 and ::, which mean every address: no Host name could then be checked. */
    public static boolean isWildcard(String address) {
        try {
            return InetAddress.getByName(address).isAnyLocalAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String token() {
        return token;
    }

    /** The address to open: the page, with the token that lets it write. */
    public URI pageAddress() {
        return URI.create("http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port() + "/?token="
                + token);
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
