package org.cyberarms.advisor.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberarms.advisor.document.JsonPrinter;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes the workbench's responses: the headers every one of them carries, and a body in one piece. */
final class Replies {

    static final String JSON = "application/json; charset=utf-8";

    /**
     * Nothing but this server's own files and API: no inline script or style, no frames, no forms sent
     * anywhere, no other origin to fetch from (the page's JSON comes from {@code connect-src 'self'}).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private Replies() {}

    /** The headers of every response, errors included: set first, so that no path can leave them out. */
    static void secure(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
    }

    static void send(Response response, Callback callback, int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    static void send(Response response, Callback callback, ApiError error) {
        send(response, callback, error.status(), JSON, json(error));
    }

    /** {@code {"error": ..., "problems": [{"file", "line", "column", "message"}]}} (serve-error.schema.json). */
    static String json(ApiError error) {
        ObjectNode root = JsonPrinter.object();
        root.put("error", error.error());
        ArrayNode problems = root.putArray("problems");
        for (ApiError.Problem p : error.problems()) {
            problems.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                    .put("message", p.message());
        }
        return JsonPrinter.print(root);
    }
}
