package org.cyberarms.advisor.serve;

import java.util.List;

/**
 * What every refused or failed request answers, as JSON ({@code docs/serve-error.schema.json}): one plain
 * sentence, and the problems located in the analyst's files when there are any. Never a class name or a
 * stack trace.
 *
 * @param status   the HTTP status it is sent with (not part of the JSON)
 * @param error    what went wrong, in plain words
 * @param problems file:line:column problems (empty when the request itself was wrong)
 */
record ApiError(int status, String error, List<Problem> problems) {

    /** One located problem; line and column are 0 when it concerns a whole file or a request field. */
    record Problem(String file, int line, int column, String message) {}

    ApiError {
        problems = List.copyOf(problems);
    }

    static ApiError of(int status, String error) {
        return new ApiError(status, error, List.of());
    }

    /** Thrown by a route to answer with this error. */
    static final class Refusal extends Exception {
        private final transient ApiError error;

        Refusal(ApiError error) {
            super(error.error(), null, false, false);
            this.error = error;
        }

        Refusal(int status, String error) {
            this(ApiError.of(status, error));
        }

        ApiError error() {
            return error;
        }
    }
}
