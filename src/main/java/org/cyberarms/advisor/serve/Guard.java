package org.cyberarms.advisor.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every request passes before any route sees it, and the headers every response carries.
 * <ul>
 * <li>{@code Host} must name this server as the browser reached it (127.0.0.1 or localhost, and the port):
 *     a page on another site that re-points its own name at 127.0.0.1 (DNS rebinding) is refused.</li>
 * <li>An {@code Origin}, when the browser sends one, must be this server's own: another site's page cannot
 *     post to it (CSRF).</li>
 * <li>Every POST carries the start-up token in {@code X-Advisor-Token}, compared in constant time: another
 *     local program or user cannot write without reading the URL printed on the analyst's terminal.</li>
 * <li>A body larger than {@link #MAX_BODY_BYTES} is refused before it is read.</li>
 * </ul>
 * Any failure inside a route becomes a plain JSON error: no class name or stack trace leaves the server.
 */
final class Guard extends Handler.Wrapper {

    /** The largest request body: a what-if or a scenario is a few hundred bytes. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    static final String TOKEN_HEADER = "X-Advisor-Token";

    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    private final List<String> names;
    private final IntSupplier port;
    private final byte[] token;

    /**
     * @param names the host names the server answers to (127.0.0.1 and localhost, or the one address bound)
     * @param port  the port it listens on, known once it has started
     * @param token the start-up token
     */
    Guard(Handler routes, List<String> names, IntSupplier port, String token) {
        super(routes);
        this.names = List.copyOf(names);
        this.port = port;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Replies.secure(response.getHeaders());
        try {
            refuseIfForeign(request);
            if (!super.handle(request, response, callback)) {
                Replies.send(response, callback, ApiError.of(404, "There is nothing at "
                        + Request.getPathInContext(request) + "."));
            }
        } catch (ApiError.Refusal refused) {
            Replies.send(response, callback, refused.error());
        } catch (Exception | StackOverflowError | OutOfMemoryError failure) {
            // Logged for --verbose only; the client gets a sentence, never the exception.
            LOG.debug("request failed", failure);
            Replies.send(response, callback, ApiError.of(500, "The advisor could not answer this request."
                    + " Run `advisor serve --verbose` to see why on the terminal."));
        }
        return true;
    }

    private void refuseIfForeign(Request request) throws ApiError.Refusal {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !isThisServer(host)) {
            throw new ApiError.Refusal(421, "This server answers only to http://127.0.0.1:" + port.getAsInt()
                    + "/ (the address it printed when it started); the request named another host.");
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !(origin.startsWith("http://") && isThisServer(origin.substring("http://".length())))) {
            throw new ApiError.Refusal(403, "Requests from other web pages are refused: this server answers"
                    + " only its own page.");
        }
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            String given = request.getHeaders().get(TOKEN_HEADER);
            // MessageDigest.isEqual takes as long whatever bytes differ (its time depends on our token's length).
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.US_ASCII))) {
                throw new ApiError.Refusal(403, "This change needs the token of the address the server printed"
                        + " when it started (open that address again).");
            }
        }
        long length = request.getLength();
        if (length > MAX_BODY_BYTES) {
            throw new ApiError.Refusal(413, "The request is larger than " + MAX_BODY_BYTES / 1024
                    + " KiB; a what-if or a scenario needs far less.");
        }
    }

    /** {@code name:port} is one of this server's names and its port. */
    private boolean isThisServer(String hostAndPort) {
        String wanted = ":" + port.getAsInt();
        String given = hostAndPort.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(name -> given.equals(name + wanted));
    }
}
