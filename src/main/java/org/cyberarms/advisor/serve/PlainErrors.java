package org.cyberarms.advisor.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before or instead of a route (a malformed request, headers too large, a
 * URI it refuses): the same plain JSON and the same security headers as every other response, instead of
 * Jetty's HTML page with its version and the exception.
 */
final class PlainErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        Object code = request.getAttribute(ERROR_STATUS);
        if (code instanceof Integer given) {
            status = given;
        }
        Replies.secure(response.getHeaders());
        Replies.send(response, callback, ApiError.of(status, sentence(status)));
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Replies.secure(fields);
        fields.put(HttpHeader.CONTENT_TYPE, Replies.JSON);
        return ByteBuffer.wrap(Replies.json(ApiError.of(status, sentence(status))).getBytes(StandardCharsets.UTF_8));
    }

    /** Jetty's reasons name its internals; the analyst gets the status in words. */
    private static String sentence(int status) {
        switch (status) {
            case HttpStatus.PAYLOAD_TOO_LARGE_413:
                return "The request is larger than " + Guard.MAX_BODY_BYTES / 1024 + " KiB.";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431:
                return "The request's headers are too large.";
            case HttpStatus.URI_TOO_LONG_414:
                return "The request's address is too long.";
            case HttpStatus.NOT_FOUND_404:
                return "There is nothing at this address.";
            default:
                return status >= 500 ? "The advisor could not answer this request."
                        : "The request is not one this server understands (" + status + " "
                                + HttpStatus.getMessage(status) + ").";
        }
    }
}
