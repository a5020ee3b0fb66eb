import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for the workbench (issue 12): POST /api/evaluate over loopback, as the page sends it on every click.
 * Run by bench/workbench.sh; needs only a JDK (`java bench/WorkbenchLoad.java URL PID [REQUESTS] [CLIENTS]`).
 *
 * Each request is one what-if the page could send: one to three cells of the bundled heatmap changed
 * (element, dimension, status), drawn from a fixed-seed sequence over all 16 x 4 x 5 cell values, so that
 * the server sees many different what-ifs, as an analyst exploring would produce, not one cached answer.
 * Prints the median, p90, p99 and max latency, the requests per second, and the server's resident memory
 * (VmRSS of PID) before, every 2,000 requests, and after, and its CPU time per request (which the load of a
 * shared machine inflates far less than the latencies).
 */
public class WorkbenchLoad {

    private static final String[] DIMENSIONS = {"political_endorsement", "attribution", "compliance", "verification"};
    private static final String[] STATUSES = {"none", "weak", "partial", "substantial", "strong"};

    public static void main(String[] args) throws Exception {
        URI page = URI.create(args[0]);
        long pid = Long.parseLong(args[1]);
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String token = page.getQuery().substring("token=".length());
        URI evaluate = page.resolve("/api/evaluate");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        System.out.printf("server RSS before warm-up: %d MB%n", rssMegabytes(pid));
        run(http, evaluate, token, 1_000, clients, 7, pid, false); // warm-up: JIT, caches
        System.out.printf("server RSS after 1,000 warm-up requests: %d MB%n", rssMegabytes(pid));
        long cpuBefore = cpuMillis(pid);
        run(http, evaluate, token, requests, clients, 42, pid, true);
        double cpuPerRequest = (cpuMillis(pid) - cpuBefore) / (double) requests;
        System.out.printf("server RSS after %,d more requests: %d MB%n", requests, rssMegabytes(pid));
        // What the load of the machine cannot inflate much: the server's own CPU per request, and so the most
        // requests per second its cores could answer if nothing else ran.
        System.out.printf("server CPU per request: %.2f ms, so at most %.0f requests/s on %d idle cores%n",
                cpuPerRequest, Runtime.getRuntime().availableProcessors() * 1000 / cpuPerRequest,
                Runtime.getRuntime().availableProcessors());
    }

    /** Sends {@code count} what-ifs from {@code clients} threads; returns each request's latency. */
    private static void run(HttpClient http, URI evaluate, String token, int count, int clients, long seed,
            long pid, boolean report) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(evaluate)
                            .header("Content-Type", "application/json")
                            .header("Origin", evaluate.getScheme() + "://" + evaluate.getAuthority())
                            .header("X-Advisor-Token", token)
                            .POST(HttpRequest.BodyPublishers.ofString(whatIf(seed * 1_000_003L + i))).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    if (report && (i + 1) % 2_000 == 0) {
                        System.out.printf("  after %,6d requests: server RSS %d MB%n", i + 1, rssMegabytes(pid));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (report) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf("POST /api/evaluate: %,d requests from %d clients in %.1f s: %.0f requests/s%n", count,
                    clients, seconds, count / seconds);
            System.out.printf("latency ms: median %.2f, p90 %.2f, p99 %.2f, max %.2f; failures %d%n",
                    ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                    failures.get());
            System.out.println("targets: median <= 5 ms, p99 <= 20 ms, >= 500 requests/s on 2 cores; RSS <= 300 MB, flat");
        }
    }

    /** One to three changed cells, as JSON. */
    private static String whatIf(long n) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(n);
        int cells = 1 + random.nextInt(3);
        StringBuilder body = new StringBuilder("{\"set\": [");
        for (int c = 0; c < cells; c++) {
            body.append(c == 0 ? "" : ", ").append(String.format("\"E%02d.%s=%s\"", 1 + random.nextInt(16),
                    DIMENSIONS[random.nextInt(DIMENSIONS.length)], STATUSES[random.nextInt(STATUSES.length)]));
        }
        return body.append("]}").toString();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    /** User and system CPU time of the process so far (/proc/PID/stat fields 14 and 15, in clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
