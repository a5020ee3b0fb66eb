package org.cyberarms.advisor.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeProblem;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The page and the API (README, "Workbench"): which answer each method and path gets. Every answer is
 * computed from {@link Inputs#current()} at the time of the request.
 */
final class Routes extends Handler.Abstract {

    /** A scenario's name as the API takes it: it becomes a file name, so nothing that could leave the folder. */
    static final Pattern SCENARIO_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Inputs inputs;
    private final Answers answers;
    private final Assets assets;
    private final Map<String, Request.Handler> more;
    private final ScenarioFiles scenarios;

    /**
     * @param more further GET routes by exact path (live reload's {@code /api/status} and {@code /api/events}),
     *             behind the same checks and headers as the rest
     */
    Routes(Inputs inputs, Answers answers, ScenarioFiles scenarios, Assets assets, Map<String, Request.Handler> more) {
        this.inputs = inputs;
        this.scenarios = scenarios;
        this.answers = answers;
        this.assets = assets;
        this.more = Map.copyOf(more);
    }

    /** The body of {@code POST /api/evaluate}: both optional. */
    record EvaluateRequest(List<String> set, String scenario) {
        EvaluateRequest {
            set = set == null ? List.of() : set;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (more.containsKey(path)) {
            return more.get(path).handle(request, response, callback);
        }
        Assets.Asset asset = assets.at(path);
        if (asset != null) {
            onlyGet(method);
            Replies.send(response, callback, 200, asset.contentType(), asset.text());
            return true;
        }
        switch (path) {
            case "/api/report":
                onlyGet(method);
                Replies.send(response, callback, 200, Replies.JSON,
                        answer(() -> answers.report(inputs.current(), Optional.empty(), List.of())));
                return true;
            case "/api/evaluate":
                if (!HttpMethod.POST.is(method)) {
                    throw new ApiError.Refusal(405, "Send the what-if to /api/evaluate with POST.");
                }
                EvaluateRequest asked = body(request, EvaluateRequest.class);
                checkTexts(asked.set());
                Optional<String> scenario = Optional.ofNullable(asked.scenario());
                if (scenario.isPresent()) {
                    checkScenarioName(scenario.get());
                }
                Replies.send(response, callback, 200, Replies.JSON,
                        answer(() -> answers.report(inputs.current(), scenario, asked.set())));
                return true;
            case "/api/scenarios":
                if (HttpMethod.POST.is(method)) {
                    ScenarioFiles.SaveRequest save = body(request, ScenarioFiles.SaveRequest.class);
                    checkTexts(save.set());
                    String saved = answer(() -> scenarios.save(inputs.current().knowledge(), save));
                    Replies.send(response, callback, 201, Replies.JSON, saved);
                    return true;
                }
                onlyGet(method);
                Replies.send(response, callback, 200, Replies.JSON, scenarios.list(inputs.current().knowledge()));
                return true;
            default:
                return underAPrefix(path, method, request, response, callback);
        }
    }

    /** {@code /api/explain/{id}}, {@code /api/path/{id}}, {@code /api/scenarios/{name}}. */
    private boolean underAPrefix(String path, String method, Request request, Response response, Callback callback)
            throws ApiError.Refusal {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        List<String> sets = query.getValues("set") == null ? List.of() : query.getValues("set");
        Optional<String> scenario = Optional.ofNullable(query.getValue("scenario"));
        if (scenario.isPresent()) {
            checkScenarioName(scenario.get());
        }
        String answer;
        if (path.startsWith(EXPLAIN)) {
            onlyGet(method);
            String id = lastSegment(path, EXPLAIN);
            answer = answer(() -> answers.explain(inputs.current(), id, scenario, sets));
        } else if (path.startsWith(PATH)) {
            onlyGet(method);
            String id = lastSegment(path, PATH);
            answer = answer(() -> answers.path(inputs.current(), id, query.getValue("target"), scenario, sets));
        } else if (path.startsWith(SCENARIO)) {
            onlyGet(method);
            String name = lastSegment(path, SCENARIO);
            answer = answer(() -> scenarios.read(inputs.current().knowledge(), name));
        } else {
            return false;
        }
        Replies.send(response, callback, 200, Replies.JSON, answer);
        return true;
    }

    private static final String EXPLAIN = "/api/explain/";
    private static final String PATH = "/api/path/";
    private static final String SCENARIO = "/api/scenarios/";

    /** The one path segment after the prefix (an element id or a scenario name); never a further path. */
    private static String lastSegment(String path, String prefix) throws ApiError.Refusal {
        String segment = path.substring(prefix.length());
        if (segment.isEmpty() || segment.contains("/")) {
            throw new ApiError.Refusal(404, "There is nothing at " + path + ": give one name after " + prefix + ".");
        }
        return segment;
    }

    private static void onlyGet(String method) throws ApiError.Refusal {
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            throw new ApiError.Refusal(405, "This address only answers GET.");
        }
    }

    /** Every change of a {@code set} list is a text: JSON lets {@code null} in where Jackson reads a list. */
    private static void checkTexts(List<String> sets) throws ApiError.Refusal {
        if (sets.stream().anyMatch(java.util.Objects::isNull)) { // List.of().contains(null) would throw
            throw new ApiError.Refusal(400, "Each change in `set` is a text such as \"ID.dimension=status\""
                    + " (an element id, a dimension id, a status); null is not one.");
        }
    }

    static void checkScenarioName(String name) throws ApiError.Refusal {
        if (!SCENARIO_NAME.matcher(name).matches()) {
            throw new ApiError.Refusal(400, "A scenario's name is 1 to 64 lower-case letters, digits and"
                    + " hyphens, starting with a letter or digit (e.g. first-draft).");
        }
    }

    /** An answer that may fail on the analyst's what-if (400, with the problems) or in the rules (500). */
    @FunctionalInterface
    interface Computation {
        String compute() throws KnowledgeException, RuleRuntimeException, ApiError.Refusal, IOException;
    }

    static String answer(Computation computation) throws ApiError.Refusal {
        try {
            return computation.compute();
        } catch (KnowledgeException invalid) {
            List<ApiError.Problem> problems = new ArrayList<>();
            for (KnowledgeProblem p : invalid.problems()) {
                problems.add(new ApiError.Problem(p.file(), p.line(), p.column(),
                        p.message() + p.hint().map(h -> ". " + h).orElse("")));
            }
            throw new ApiError.Refusal(new ApiError(400, "The what-if has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems."), problems));
        } catch (RuleRuntimeException failed) {
            throw new ApiError.Refusal(500, "Running the rules failed: " + failed.getMessage());
        } catch (IOException unwritable) {
            throw new ApiError.Refusal(500, "The scenario could not be written: " + unwritable.getMessage()
                    + ". Nothing was changed.");
        }
    }

    /** The JSON body read into {@code type}; at most {@link Guard#MAX_BODY_BYTES}, even when sent in chunks. */
    static <T> T body(Request request, Class<T> type) throws ApiError.Refusal, IOException {
        byte[] bytes;
        try (InputStream in = Request.asInputStream(request)) {
            bytes = in.readNBytes((int) Guard.MAX_BODY_BYTES + 1);
        }
        if (bytes.length > Guard.MAX_BODY_BYTES) {
            throw new ApiError.Refusal(413, "The request is larger than " + Guard.MAX_BODY_BYTES / 1024
                    + " KiB; a what-if or a scenario needs far less.");
        }
        try {
            T read = MAPPER.readValue(new String(bytes, StandardCharsets.UTF_8), type);
            if (read == null) {
                throw new ApiError.Refusal(400, "The request's body is empty: send a JSON object.");
            }
            return read;
        } catch (JsonProcessingException wrong) {
            throw new ApiError.Refusal(400, "The request's body is not the JSON this address takes: "
                    + JsonWords.of(wrong) + ".");
        }
    }
}
