import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Opens compartments of random bench lockers at a steady rate as an acme store employee does, through the staff app's
 * API ({@code POST /partner-acme/api/lockers/{id}/compartments/{name}/open}, answered once the door is seen open), and
 * measures each open's round trip as the employee sees it; then reads the impulse from the Core to split it into its
 * steps by the Core's timestamps (each taken when a Shepherd received the locker's frame). Prints HdrHistogram
 * percentiles. Run with the simulator's jar on the class path (HdrHistogram):
 *
 * <pre>java -cp simulator/target/lockernet-simulator.jar bench/OpenLoad.java --first 7 --last 10000 --rate 2 --duration 1800</pre>
 */
public class OpenLoad {

    static final String KEYCLOAK = "https://localhost:8180/realms/lockernet/protocol/openid-connect/token";
    static final String STAFF_API = "https://localhost:8443/partner-acme/api/lockers/";
    static final String IMPULSES = "https://localhost:8443/core/api/partner/impulses";
    static final String[] COMPARTMENTS = {"A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4"};
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final Histogram STAFF_MS = new Histogram(60_000, 3);
    static final Histogram CORE_MS = new Histogram(60_000, 3);
    /** The steps of an open, by the Core's timestamps: requested→sent, sent→delivered, delivered→fired, fired→open. */
    static final String[] STEPS = {"requestedAt", "sentAt", "deliveredAt", "lockFiredAt", "doorOpenedAt"};
    static final Histogram[] STEP_MS = {new Histogram(60_000, 3), new Histogram(60_000, 3),
            new Histogram(60_000, 3), new Histogram(60_000, 3)};
    static final AtomicLong SENT = new AtomicLong();
    static final AtomicLong OPENED = new AtomicLong();
    static final AtomicLong REFUSED = new AtomicLong();
    static final AtomicLong NOT_OPENED = new AtomicLong();
    static final AtomicLong ERRORS = new AtomicLong();
    static final Map<String, Long> REFUSALS = new ConcurrentHashMap<>();
    /** The partner deployment's own token, to read impulses from the Core. */
    static volatile String token;
    /** The store employee's token, to open. */
    static volatile String staffToken;

    public static void main(String[] args) throws Exception {
        int first = 7;
        int last = 10000;
        double rate = 2;
        long duration = 60;
        String client = "partner-acme";
        String employee = "acme-employee";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--first" -> first = Integer.parseInt(args[i + 1]);
                case "--last" -> last = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--duration" -> duration = Long.parseLong(args[i + 1]);
                case "--client" -> client = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        // the secrets the launcher generated for the system under benchmark
        Path secrets = Path.of(System.getenv().getOrDefault("LOCKERNET_HOME", ".lockernet"), "secrets");
        String secret = Files.readString(secrets.resolve("clients").resolve(client)).strip();
        String clientForm = "grant_type=client_credentials&client_id=" + client + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        String staffForm = clientForm.replace("client_credentials", "password") + "&username=" + employee
                + "&password=" + URLEncoder.encode(Files.readString(secrets.resolve("demo-password")).strip(),
                StandardCharsets.UTF_8);
        token = token(clientForm);
        staffToken = token(staffForm);
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
        timers.scheduleAtFixedRate(() -> {
            try {
                token = token(clientForm);
                staffToken = token(staffForm);
            } catch (Exception e) {
                System.err.println("token renewal failed: " + e.getMessage());
            }
        }, 120, 120, TimeUnit.SECONDS);
        long periodMicros = (long) (1_000_000 / rate);
        int from = first;
        int to = last;
        var opens = timers.scheduleAtFixedRate(() -> open(from, to, timers), 0, periodMicros, TimeUnit.MICROSECONDS);
        timers.scheduleAtFixedRate(OpenLoad::progress, 60, 60, TimeUnit.SECONDS);
        Thread.sleep(duration * 1000);
        opens.cancel(false);
        Thread.sleep(15_000); // the last opens end
        timers.shutdownNow();
        progress();
        print("open round trip as the employee sees it (POST …/open answered, door seen open)", STAFF_MS);
        print("open round trip by the Core's timestamps (requested to door-open frame at the Shepherd)", CORE_MS);
        for (int step = 0; step < STEP_MS.length; step++) {
            print("  step " + STEPS[step] + " to " + STEPS[step + 1], STEP_MS[step]);
        }
        System.out.println("refusals by reason: " + REFUSALS);
    }

    static void open(int first, int last, ScheduledExecutorService timers) {
        int n = ThreadLocalRandom.current().nextInt(first, last + 1);
        String locker = String.format("L-%04d", n);
        String compartment = COMPARTMENTS[ThreadLocalRandom.current().nextInt(COMPARTMENTS.length)];
        long started = System.nanoTime();
        SENT.incrementAndGet();
        HTTP.sendAsync(HttpRequest.newBuilder(URI.create(STAFF_API + locker + "/compartments/" + compartment + "/open"))
                        .header("Authorization", "Bearer " + staffToken).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        ERRORS.incrementAndGet();
                        return;
                    }
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (response.statusCode() == 200 && List.of("DOOR_OPEN", "DOOR_CLOSED").contains(field(response.body(), "state"))) {
                        synchronized (CORE_MS) {
                            STAFF_MS.recordValue(Math.min(60_000, millis));
                        }
                        OPENED.incrementAndGet();
                        String id = field(response.body(), "id");
                        timers.schedule(() -> collect(id, 1), 1, TimeUnit.SECONDS);
                    } else if (response.statusCode() == 200) {
                        NOT_OPENED.incrementAndGet();
                        System.err.println("not opened: " + response.body());
                    } else if (response.statusCode() == 409) {
                        REFUSED.incrementAndGet();
                        REFUSALS.merge(String.valueOf(field(response.body(), "detail")), 1L, Long::sum);
                    } else {
                        ERRORS.incrementAndGet();
                        System.err.println(locker + " " + compartment + ": " + response.statusCode() + " "
                                + response.body());
                    }
                });
    }

    /** Reads the impulse once the door had time to open; asks again a few times if it has not yet. */
    static void collect(String id, int attempt) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(IMPULSES + "/" + id))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String opened = field(response.body(), "doorOpenedAt");
            if (opened == null) {
                if (attempt < 10) {
                    Thread.sleep(3000);
                    collect(id, attempt + 1);
                } else {
                    System.err.println("no door-open time: " + response.body());
                }
                return;
            }
            Instant doorOpen = Instant.parse(opened);
            Instant requested = Instant.parse(field(response.body(), "requestedAt"));
            synchronized (CORE_MS) {
                CORE_MS.recordValue(millis(requested, doorOpen));
                for (int step = 0; step < STEP_MS.length; step++) {
                    String from = field(response.body(), STEPS[step]);
                    String to = field(response.body(), STEPS[step + 1]);
                    if (from != null && to != null) {
                        STEP_MS[step].recordValue(millis(Instant.parse(from), Instant.parse(to)));
                    }
                }
            }
        } catch (Exception e) {
            ERRORS.incrementAndGet();
            System.err.println("reading impulse " + id + ": " + e);
        }
    }

    static long millis(Instant from, Instant to) {
        return Math.max(0, Math.min(60_000, Duration.between(from, to).toMillis()));
    }

    static void progress() {
        synchronized (CORE_MS) {
            System.out.printf("%s opens: %d sent, %d opened, %d refused, %d not opened, %d errors; as seen by the "
                    + "employee p50 %d ms, p99 %d ms, max %d ms%n", Instant.now(), SENT.get(), OPENED.get(),
                    REFUSED.get(), NOT_OPENED.get(), ERRORS.get(), STAFF_MS.getValueAtPercentile(50),
                    STAFF_MS.getValueAtPercentile(99), STAFF_MS.getMaxValue());
        }
    }

    static void print(String what, Histogram histogram) {
        System.out.printf("%s: p50 %d ms, p90 %d ms, p99 %d ms, p99.9 %d ms, max %d ms (%d opens)%n", what,
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), histogram.getMaxValue(),
                histogram.getTotalCount());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String token(String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String token = field(response.body(), "access_token");
        if (response.statusCode() != 200 || token == null) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return token;
    }
}
