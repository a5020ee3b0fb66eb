package org.cyberarms.advisor.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.live.LiveInputs;
import org.cyberarms.advisor.live.LiveStatus;
import org.cyberarms.advisor.live.LiveVersion;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's side of live files: the {@link Inputs} that answer from the newest good version of the
 * watched folders, {@code GET /api/status} (the version, the problems of the files now with file, line and
 * column, and what the last reload changed in plain words), and {@code GET /api/events}, a stream of
 * Server-Sent Events: {@code event: reload} with the same JSON, once when the page connects and again after
 * every reload, good or broken.
 *
 * <p>Streams are bounded: at most {@link #MAX_STREAMS} at once (one per open page; more are refused with
 * 503), a comment line every {@link #HEARTBEAT} so that a page that went away is noticed and no proxy or idle
 * timeout closes a quiet one, a stream whose page stops reading is closed, and closing this ends them all.
 */
public final class LiveEndpoints implements AutoCloseable {

    /** Open pages at once; a page holds one stream, so this is far more than one analyst uses. */
    static final int MAX_STREAMS = 16;

    /** Shorter than the server's idle timeout, so that a quiet stream stays open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** Events a stream may have waiting for a page that does not read them before it is closed. */
    private static final int MAX_WAITING = 8;

    private static final Logger LOG = LoggerFactory.getLogger(LiveEndpoints.class);

    private final LiveInputs live;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final AutoCloseable subscription;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "workbench-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    public LiveEndpoints(LiveInputs live) {
        this(live, HEARTBEAT);
    }

    LiveEndpoints(LiveInputs live, Duration heartbeatEvery) {
        this.live = live;
        this.subscription = live.listen(status -> {
            String event = event(status);
            streams.forEach(s -> s.send(event));
        });
        heartbeat.scheduleAtFixedRate(() -> streams.forEach(s -> s.send(": still here\n\n")),
                heartbeatEvery.toMillis(), heartbeatEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The newest good version, as the workbench's answers need it; its number is the status version it came with. */
    public Inputs inputs() {
        return () -> {
            LiveVersion version = live.current().orElseThrow(() -> new IllegalStateException(
                    "the workbench started before the files read without problems"));
            return new Loaded(version.knowledge(), version.rules(), version.number());
        };
    }

    /** The settings with {@code /api/status} and {@code /api/events} added. */
    public Workbench.Settings addTo(Workbench.Settings settings) {
        return settings.withRoute("/api/status", this::status).withRoute("/api/events", this::events);
    }

    private boolean status(Request request, Response response, Callback callback) throws ApiError.Refusal {
        onlyGet(request);
        Replies.send(response, callback, 200, Replies.JSON, JsonPrinter.print(live.status().toJson()));
        return true;
    }

    private boolean events(Request request, Response response, Callback callback) throws ApiError.Refusal {
        onlyGet(request);
        if (closed) {
            throw new ApiError.Refusal(503, "The workbench is stopping.");
        }
        EventStream stream = new EventStream(response, callback);
        synchronized (streams) {
            if (streams.size() >= MAX_STREAMS) {
                throw new ApiError.Refusal(503, "Too many pages of this workbench are open (" + MAX_STREAMS
                        + "); close some and reload this one.");
            }
            streams.add(stream);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        // The page's EventSource reconnects a second after the stream ends (a restart of the workbench).
        stream.send("retry: 1000\n\n" + event(live.status()));
        return true;
    }

    private static void onlyGet(Request request) throws ApiError.Refusal {
        if (!HttpMethod.GET.is(request.getMethod())) {
            throw new ApiError.Refusal(405, "This address only answers GET.");
        }
    }

    /** One Server-Sent Event: the status as JSON on one data line, the version as its id. */
    static String event(LiveStatus status) {
        return "event: reload\nid: " + status.version() + "\ndata: " + status.toJson().toString() + "\n\n";
    }

    /** Ends every stream (the page's EventSource sees the end) and stops listening to the reloads. */
    @Override
    public void close() {
        closed = true;
        heartbeat.shutdownNow();
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("closing the reload subscription", e);
        }
        streams.forEach(EventStream::end);
    }

    /**
     * One open stream: events written one at a time, in order, never blocking the thread that sends them (the
     * reload thread, the heartbeat). A page that stops reading has its stream closed, not a growing queue.
     */
    private final class EventStream {

        private final Response response;
        private final Callback done;
        private final ArrayDeque<String> waiting = new ArrayDeque<>();
        private boolean writing;
        private boolean ending;
        private boolean ended;

        EventStream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized void send(String text) {
            if (ended || ending) {
                return;
            }
            if (waiting.size() >= MAX_WAITING) {
                LOG.debug("closing an event stream whose page does not read it");
                end();
                return;
            }
            waiting.add(text);
            if (!writing) {
                writeNext();
            }
        }

        synchronized void end() {
            if (ended) {
                return;
            }
            ending = true;
            if (!writing) {
                finish();
            }
        }

        private void writeNext() {
            String next = waiting.poll();
            if (next == null) {
                writing = false;
                if (ending) {
                    finish();
                }
                return;
            }
            writing = true;
            response.write(false, ByteBuffer.wrap(next.getBytes(StandardCharsets.UTF_8)),
                    Callback.from(this::written, this::failed));
        }

        private synchronized void written() {
            writing = false;
            writeNext();
        }

        private synchronized void failed(Throwable gone) {
            // The page went away (closed, reloaded): forget the stream.
            ended = true;
            writing = false;
            waiting.clear();
            streams.remove(this);
            done.failed(gone);
        }

        private void finish() {
            ended = true;
            waiting.clear();
            streams.remove(this);
            response.write(true, org.eclipse.jetty.util.BufferUtil.EMPTY_BUFFER, done);
        }
    }
}
