import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;

/**
 * The callback reliability benchmark (issue #15, point 9; {@code bench/callbacks.sh} runs it against a system of its
 * own). Events are told to the Core as a retailer's Partner tells them
 * ({@code POST /core/api/partner/callbacks/events}, type parcel.expired, each its own parcel, so no event waits for
 * another), at a steady rate, and received by a JDK HTTP server per retailer on this machine that verifies each
 * signature with the Standard Webhooks library.
 * <ul>
 * <li>{@code --mode outage}: events spread over three retailers, one endpoint healthy (answers at once), one down for
 * {@code --down-minutes} from the start (its port closed; resumed through the API if the Core paused it), one slow
 * (answers after {@code --slow-ms}). Reports lost events, duplicates, the time from the recovery until the backlog
 * was delivered, and each endpoint's delivery latency.</li>
 * <li>{@code --mode kill}: events to the healthy endpoint alone; after {@code --crash-after} of them were recorded,
 * WildFly's JVM ({@code --server-pid}) gets SIGKILL and {@code ./lockernet up --no-build --no-simulators} starts it
 * again while the receiver keeps listening. Events whose POST failed are told again under the same id afterwards
 * (200 means the Core had recorded them).</li>
 * </ul>
 * Latency is the time a message arrived minus the event's {@code at}, both from this machine's clock. Run from the
 * repository's root, with the simulator's jar (HdrHistogram, Jakarta JSON) and the Standard Webhooks jar on the class
 * path and the local CA trusted:
 *
 * <pre>java -Djavax.net.ssl.trustStore=$LOCKERNET_HOME/tls/truststore.p12 -Djavax.net.ssl.trustStoreType=PKCS12 \
 *     -cp simulator/target/lockernet-simulator.jar:standardwebhooks-1.1.0.jar bench/CallbackBench.java \
 *     --mode outage --events 1000 --rate 50 --down-minutes 1</pre>
 */
public class CallbackBench {

    static final String KEYCLOAK = "https://localhost:8180/realms/lockernet/protocol/openid-connect/token";
    static final String CALLBACKS = "https://localhost:8443/core/api/partner/callbacks";
    static final String TYPE = "parcel.expired";
    static final String LOCKER = "L-0001";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);
    static final long MAX_MS = TimeUnit.DAYS.toMillis(1);

    private final Options options;
    private final Path home = Path.of(System.getenv().getOrDefault("LOCKERNET_HOME", ".lockernet"));
    /** Part of every event id and reference, so that a run never meets an earlier run's events. */
    private final String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
    private final Map<String, Partner> partners = new HashMap<>();
    private final List<Role> roles = new ArrayList<>();
    private Sender sender;

    /** A retailer's part in the run: its receiver and the endpoint it subscribed to the Core. */
    record Role(String part, Partner partner, Receiver receiver, String endpoint) {
    }

    /** One event as told to the Core; {@code at} is set when it is first told and kept when it is told again. */
    record Event(String id, String retailer, String reference, Instant at, int failures) {

        Event told() {
            return at == null ? new Event(id, retailer, reference, Instant.now().truncatedTo(ChronoUnit.MILLIS), 0)
                    : this;
        }

        Event failed() {
            return new Event(id, retailer, reference, at, failures + 1);
        }
    }

    CallbackBench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        CallbackBench bench = new CallbackBench(options);
        int status;
        try {
            status = (options.kill() ? bench.killRun() : bench.outageRun()) ? 0 : 1;
        } catch (Exception e) {
            System.err.println("the benchmark stopped: " + e + (e.getCause() == null ? "" : ", " + e.getCause()));
            status = 2;
        } finally {
            bench.close();
        }
        System.exit(status); // the receivers' server threads would keep the JVM alive
    }

    boolean outageRun() throws Exception {
        Role healthy = subscribe("healthy", options.healthy(), 0);
        Role down = subscribe("down " + plain(options.downMinutes()) + " min", options.down(), 0);
        Role slow = subscribe("slow " + options.slowMs() + " ms", options.slow(), options.slowMs());
        down.receiver().stop();
        Instant outageEnds = Instant.now().plusMillis((long) (options.downMinutes() * 60_000));
        say("%s's endpoint is down until %s; telling %d events at %s a second to %s, %s and %s",
                down.partner().retailer, LocalTime.ofInstant(outageEnds, ZoneId.systemDefault()).withNano(0),
                options.events(), plain(options.rate()), healthy.partner().retailer, down.partner().retailer,
                slow.partner().retailer);
        startSending();
        watch(outageEnds, () -> false); // the outage lasts its time, whatever else happens
        Instant recovered = recover(down);
        boolean complete = watch(deadline(), this::allReceived);
        say(complete ? "every event received" : "deadline reached before every event was received");
        List<Figures> figures = report();
        Histogram during = latency(healthy.receiver(), arrival -> arrival.at().isBefore(recovered));
        String backlog = backlog(down, recovered);
        summary(figures, List.of(
                "- " + healthy.partner().retailer + " (healthy) while the others failed (events told before the "
                        + "recovery): " + percentiles(during) + "; target p99 ≤ 1,000 ms",
                "- recovery → backlog delivered (" + down.partner().retailer + "): " + backlog));
        return complete && figures.stream().allMatch(Figures::clean);
    }

    boolean killRun() throws Exception {
        Role healthy = subscribe("healthy", options.healthy(), 0);
        say("telling %d events at %s a second to %s; WildFly (pid %d) is killed once %d are recorded",
                options.events(), plain(options.rate()), healthy.partner().retailer, options.serverPid(),
                options.crashAfter());
        startSending();
        Instant patience = Instant.now().plusSeconds((long) (options.crashAfter() / options.rate()) + 300);
        if (!watch(patience, () -> sender.sent.size() >= options.crashAfter())) {
            throw new IllegalStateException("only " + sender.sent.size() + " events recorded; WildFly not killed");
        }
        int recordedBefore = sender.sent.size();
        Instant killed = kill();
        say("WildFly killed (SIGKILL) with %d events recorded and %d received; starting it again", recordedBefore,
                healthy.receiver().firsts.size());
        Instant up = restart();
        say("./lockernet up returned after %d s; telling goes on", Duration.between(killed, up).toSeconds());
        sender.paused = false;
        boolean complete = watch(deadline(), this::allReceived);
        say(complete ? "every event received" : "deadline reached before every event was received");
        List<Figures> figures = report();
        Instant last = lastArrival(healthy.receiver(), arrival -> true);
        summary(figures, List.of(
                "- WildFly killed with " + recordedBefore + " events recorded; `./lockernet up` took "
                        + Duration.between(killed, up).toSeconds() + " s; kill → every event delivered "
                        + Duration.between(killed, last).toSeconds() + " s (restart → every event delivered "
                        + Math.max(0, Duration.between(up, last).toSeconds()) + " s)",
                "- POSTs that failed around the kill: " + sender.failedPosts.get() + "; told again after it, "
                        + sender.againRecorded.get() + " answered 200 (the Core had recorded them before the kill), "
                        + sender.againNew.get() + " answered 201"));
        return complete && figures.stream().allMatch(Figures::clean);
    }

    /** A receiver for the retailer, and an endpoint of the retailer's pointing at it. */
    private Role subscribe(String part, String retailer, long slowMs) throws IOException {
        Partner partner = partners.computeIfAbsent(retailer, r -> new Partner(r, home));
        Receiver receiver = new Receiver(prefix(retailer), slowMs);
        JsonObject endpoint = partner.subscribe(receiver.url());
        receiver.secret = endpoint.getString("secret");
        Role role = new Role(part, partner, receiver, endpoint.getString("id"));
        roles.add(role);
        say("%s (%s): endpoint %s → %s", retailer, part, role.endpoint(), receiver.url());
        return role;
    }

    private String prefix(String retailer) {
        return "cb-" + run + "-" + retailer + "-";
    }

    private void startSending() {
        List<Event> events = IntStream.range(0, options.events()).mapToObj(n -> {
            String retailer = roles.get(n % roles.size()).partner().retailer;
            return new Event("cb-" + run + "-" + n, retailer, prefix(retailer) + n, null, 0);
        }).toList();
        sender = new Sender(events, partners);
        long periodMicros = (long) (1_000_000 / options.rate());
        timers.scheduleAtFixedRate(sender::tick, 0, periodMicros, TimeUnit.MICROSECONDS);
        // tokens live 5 minutes
        timers.scheduleAtFixedRate(() -> partners.values().forEach(Partner::renewToken), 2, 2, TimeUnit.MINUTES);
    }

    /** The receiver listens again on its port; a paused endpoint is resumed, as its retailer would. */
    private Instant recover(Role down) throws IOException {
        Instant recovered = Instant.now();
        down.receiver().start();
        String state = down.partner().state(down.endpoint());
        if ("PAUSED".equals(state)) {
            down.partner().resume(down.endpoint());
        }
        say("%s's receiver is back on %s; its endpoint was %s%s", down.partner().retailer, down.receiver().url(), state,
                "PAUSED".equals(state) ? " and is resumed" : "");
        return recovered;
    }

    /** SIGKILL, as kill -9, to WildFly's JVM; returns once it, and the launcher's standalone.sh around it, are gone. */
    private Instant kill() throws Exception {
        ProcessHandle server = ProcessHandle.of(options.serverPid())
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .orElseThrow(() -> new IllegalStateException("no Java process " + options.serverPid()));
        // the launcher knows WildFly by the pid of its standalone.sh (run/wildfly.pid): `up` starts WildFly only
        // once that is gone too
        long launched = Long.parseLong(Files.readString(home.resolve("run/wildfly.pid")).strip());
        Optional<ProcessHandle> wrapper = server.parent().filter(parent -> parent.pid() == launched);
        sender.paused = true;
        Instant killed = Instant.now();
        server.destroyForcibly();
        if (!watch(killed.plusSeconds(60), () -> gone(server) && wrapper.map(CallbackBench::gone).orElse(true))) {
            throw new IllegalStateException("WildFly or its standalone.sh still runs a minute after SIGKILL");
        }
        return killed;
    }

    /** Ended, or a zombie (no command any more), which the launcher takes for ended too. */
    private static boolean gone(ProcessHandle process) {
        return !process.isAlive() || process.info().command().isEmpty();
    }

    private Instant restart() throws Exception {
        Process up = new ProcessBuilder("./lockernet", "up", "--no-build", "--no-simulators")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).redirectErrorStream(true)
                .redirectOutput(options.restartLog().toFile()).start();
        if (!up.waitFor(10, TimeUnit.MINUTES) || up.exitValue() != 0) {
            up.destroy();
            throw new IllegalStateException("./lockernet up failed after the kill; see " + options.restartLog());
        }
        return Instant.now();
    }

    /** Every event told is told, and every event recorded has reached its retailer's receiver. */
    private boolean allReceived() {
        return sender.done() && roles.stream().allMatch(role -> missing(role).isEmpty());
    }

    /** How long to wait for the last deliveries: the rest of the sending, then {@code --deadline-minutes}. */
    private Instant deadline() {
        long sendingLeftMs = (long) (sender.queued() * 1000 / options.rate());
        return Instant.now().plusMillis(sendingLeftMs).plus(Duration.ofMinutes(options.deadlineMinutes()));
    }

    /** Polls until {@code done} or {@code until}, with a progress line every 30 s; true when done. */
    private boolean watch(Instant until, BooleanSupplier done) throws InterruptedException {
        Instant nextProgress = Instant.now().plus(PROGRESS_EVERY);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            if (Instant.now().isAfter(nextProgress)) {
                progress();
                nextProgress = nextProgress.plus(PROGRESS_EVERY);
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    private void progress() {
        String received = roles.stream().map(role -> role.partner().retailer + " " + role.receiver().firsts.size()
                + " (" + role.partner().stateOrUnknown(role.endpoint()) + ")").collect(Collectors.joining(", "));
        say("recorded %d of %d (failed POSTs %d); received %s", sender.sent.size(), options.events(),
                sender.failedPosts.get(), received);
    }

    private List<String> missing(Role role) {
        return sender.sent.values().stream().filter(e -> e.retailer().equals(role.partner().retailer))
                .map(Event::reference).filter(reference -> !role.receiver().firsts.containsKey(reference)).toList();
    }

    /** An endpoint's figures at the end; clean when nothing was lost, no duplicate changed its id, no bad signature. */
    record Figures(Role role, long recorded, int notReceived, long pending, String latency) {

        boolean clean() {
            Receiver receiver = role.receiver();
            return notReceived == 0 && receiver.againOtherId.get() == 0 && receiver.badSignatures.get() == 0;
        }

        String row() {
            Receiver receiver = role.receiver();
            return String.format("| %s | %s | %d | %d | %d | %d | %d | %d | %s |", role.partner().retailer,
                    role.part(), recorded, notReceived - pending, receiver.againSameId.get(),
                    receiver.againOtherId.get(), receiver.badSignatures.get(), pending, latency);
        }
    }

    /** Each endpoint's figures, printed as they are made. */
    private List<Figures> report() {
        List<Figures> all = new ArrayList<>();
        for (Role role : roles) {
            List<String> missing = missing(role);
            Set<String> waiting = missing.isEmpty() ? Set.of() : role.partner().pending(role.endpoint());
            long pending = missing.stream().filter(waiting::contains).count();
            long recorded = sender.sent.values().stream()
                    .filter(e -> e.retailer().equals(role.partner().retailer)).count();
            Figures figures = new Figures(role, recorded, missing.size(), pending,
                    percentiles(latency(role.receiver(), arrival -> true)));
            Receiver receiver = role.receiver();
            say("%s (%s): %d recorded, %d received (%d messages), not received %d (of which still PENDING at the "
                            + "Core %d%s), again with the same webhook-id %d, again with another webhook-id %d, bad "
                            + "signatures %d, unreadable %d, for other references %d; latency %s",
                    role.partner().retailer, role.part(), recorded, receiver.firsts.size(), receiver.messages.get(),
                    missing.size(), pending, missing.size() > 1000 ? ", the Core lists 1,000 at most" : "",
                    receiver.againSameId.get(), receiver.againOtherId.get(), receiver.badSignatures.get(),
                    receiver.unreadable.get(), receiver.others.get(), figures.latency());
            missing.stream().limit(10).forEach(reference -> say("  not received: %s", reference));
            all.add(figures);
        }
        say("told: %d answered 201, %d answered 200 (told before), %d failed POSTs (told again), %d refused",
                sender.created.get(), sender.toldBefore.get(), sender.failedPosts.get(), sender.refused.get());
        return all;
    }

    /** The block for docs/benchmarks.md: the run's settings, a row per endpoint, and the mode's own lines. */
    private void summary(List<Figures> figures, List<String> lines) {
        System.out.println();
        System.out.printf("--- callback benchmark summary: mode %s, %d events at %s a second%s%n",
                options.kill() ? "kill" : "outage", options.events(), plain(options.rate()), options.kill() ? ""
                        : ", " + options.down() + " down " + plain(options.downMinutes()) + " min, " + options.slow()
                        + " answering after " + options.slowMs() + " ms");
        System.out.println("| endpoint | role | events recorded | lost | duplicates (same webhook-id) "
                + "| duplicates with another webhook-id | bad signatures | still pending at the deadline "
                + "| latency (received − event's at) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        figures.forEach(f -> System.out.println(f.row()));
        lines.forEach(System.out::println);
    }

    /** The time from the recovery until the last event recorded before it reached the endpoint. */
    private String backlog(Role down, Instant recovered) {
        Predicate<Receiver.Arrival> before = arrival -> arrival.at().isBefore(recovered);
        long size = down.receiver().firsts.values().stream().filter(before).count();
        long waiting = sender.sent.values().stream()
                .filter(e -> e.retailer().equals(down.partner().retailer) && e.at().isBefore(recovered)).count();
        if (size < waiting) {
            return (waiting - size) + " of " + waiting + " events not delivered by the deadline";
        }
        Duration took = Duration.between(recovered, lastArrival(down.receiver(), before));
        return String.format("%d events in %.1f s (%.1f a second)", size, took.toMillis() / 1000.0,
                size * 1000.0 / Math.max(1, took.toMillis()));
    }

    private static Instant lastArrival(Receiver receiver, Predicate<Receiver.Arrival> which) {
        return receiver.firsts.values().stream().filter(which).map(Receiver.Arrival::arrived).max(Instant::compareTo)
                .orElse(Instant.now());
    }

    private static Histogram latency(Receiver receiver, Predicate<Receiver.Arrival> which) {
        Histogram histogram = new Histogram(MAX_MS, 3);
        receiver.firsts.values().stream().filter(which).forEach(arrival -> histogram.recordValue(
                Math.max(0, Math.min(MAX_MS, Duration.between(arrival.at(), arrival.arrived()).toMillis()))));
        return histogram;
    }

    private static String percentiles(Histogram h) {
        return String.format("p50 %d ms, p90 %d ms, p99 %d ms, p99.9 %d ms, max %d ms (%d events)",
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), h.getTotalCount());
    }

    /** The endpoints go (a later run against the same system must not feed them); the receivers stop. */
    private void close() {
        timers.shutdownNow();
        for (Role role : roles) {
            try {
                role.partner().remove(role.endpoint());
            } catch (RuntimeException e) {
                System.err.println("endpoint " + role.endpoint() + " not removed: " + e.getMessage());
            }
            role.receiver().close();
        }
    }

    /** 50 rather than 50.0. */
    static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

    static void say(String format, Object... args) {
        System.out.println(LocalTime.now().withNano(0) + " " + String.format(format, args));
    }

    /**
     * Tells the events at a steady rate, one per tick, without waiting for the answers. A POST that fails (no answer, a
     * 5xx, an expired token) puts its event back at the front to be told again under the same id; a 4xx refusal is
     * counted and not repeated. While {@link #paused} (WildFly down) the ticks tell nothing.
     */
    static final class Sender {

        private final Deque<Event> queue;
        private final Map<String, Partner> partners;
        private final AtomicInteger inFlight = new AtomicInteger();
        /** The events the Core recorded (201, or 200 when it had them already), by reference. */
        final Map<String, Event> sent = new ConcurrentHashMap<>();
        final AtomicLong created = new AtomicLong();
        final AtomicLong toldBefore = new AtomicLong();
        final AtomicLong failedPosts = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong againRecorded = new AtomicLong();
        final AtomicLong againNew = new AtomicLong();
        volatile boolean paused;

        Sender(List<Event> events, Map<String, Partner> partners) {
            this.queue = new ConcurrentLinkedDeque<>(events);
            this.partners = partners;
        }

        void tick() {
            // counted before the poll, so that done() never sees an event neither queued nor in flight
            inFlight.incrementAndGet();
            Event event = paused ? null : queue.pollFirst();
            if (event == null) {
                inFlight.decrementAndGet();
                return;
            }
            Event told = event.told();
            try {
                partners.get(told.retailer()).tell(told).whenComplete((response, failure) -> {
                    answered(told, response == null ? null : response.statusCode(),
                            failure != null ? failure.toString() : response.body());
                    inFlight.decrementAndGet();
                });
            } catch (RuntimeException e) { // escaping, it would end the ticks for good
                answered(told, null, e.toString());
                inFlight.decrementAndGet();
            }
        }

        private void answered(Event event, Integer status, String detail) {
            if (status != null && (status == 201 || status == 200)) {
                sent.put(event.reference(), event);
                (status == 201 ? created : toldBefore).incrementAndGet();
                if (event.failures() > 0) {
                    (status == 200 ? againRecorded : againNew).incrementAndGet();
                }
            } else if (status != null && status >= 400 && status < 500 && status != 401 && status != 429) {
                refused.incrementAndGet();
                System.err.println("refused " + event.id() + ": " + status + " " + detail);
            } else {
                failedPosts.incrementAndGet();
                System.err.println("told again later " + event.id() + ": " + (status == null ? "" : status + " ")
                        + detail);
                if (status != null && status == 401) {
                    partners.get(event.retailer()).renewToken();
                }
                queue.offerFirst(event.failed());
            }
        }

        boolean done() {
            return queue.isEmpty() && inFlight.get() == 0;
        }

        int queued() {
            return queue.size();
        }
    }

    /**
     * A receiver on 127.0.0.1 as a retailer's system would run one: verifies each message with the Standard Webhooks
     * library and the endpoint's secret, answers 204 (after {@code slowMs}), and remembers each reference's first
     * message; a message for a reference it had is a duplicate, recognisable only if its webhook-id is the first one's.
     * A bad signature is counted, not refused, so that the Core's retries do not hide it. Stopped, its port is closed;
     * started again, it listens on the same port.
     */
    static final class Receiver {

        record Arrival(String webhookId, Instant at, Instant arrived) {
        }

        /** The first message of each reference, by reference. */
        final Map<String, Arrival> firsts = new ConcurrentHashMap<>();
        final AtomicLong messages = new AtomicLong();
        final AtomicLong againSameId = new AtomicLong();
        final AtomicLong againOtherId = new AtomicLong();
        final AtomicLong badSignatures = new AtomicLong();
        final AtomicLong unreadable = new AtomicLong();
        final AtomicLong others = new AtomicLong();
        volatile String secret;
        /** The references the benchmark tells this receiver's retailer start with this. */
        private final String references;
        private final long slowMs;
        // unbounded, so that the receiver never limits how many deliveries the Core has in flight
        private final ExecutorService workers = Executors.newCachedThreadPool();
        private final int port;
        private volatile HttpServer server;

        Receiver(String references, long slowMs) throws IOException {
            this.references = references;
            this.slowMs = slowMs;
            this.server = listen(0);
            this.port = server.getAddress().getPort();
        }

        String url() {
            return "http://127.0.0.1:" + port + "/hook";
        }

        void start() throws IOException {
            server = listen(port);
        }

        void stop() {
            server.stop(0);
        }

        void close() {
            stop();
            workers.shutdownNow();
        }

        private HttpServer listen(int on) throws IOException {
            HttpServer listening = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 200);
            listening.createContext("/hook", this::handle);
            listening.setExecutor(workers);
            listening.start();
            return listening;
        }

        private void handle(HttpExchange exchange) throws IOException {
            Instant arrived = Instant.now();
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                messages.incrementAndGet();
                if (!verified(body, exchange.getRequestHeaders())) {
                    badSignatures.incrementAndGet();
                }
                taken(exchange.getRequestHeaders().getFirst("webhook-id"), body, arrived);
                Thread.sleep(slowMs);
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                unreadable.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        }

        private boolean verified(String body, Headers headers) {
            try {
                new Webhook(secret).verify(body, HttpHeaders.of(headers, (name, value) -> true));
                return true;
            } catch (WebhookVerificationException | RuntimeException e) {
                return false;
            }
        }

        private void taken(String webhookId, String body, Instant arrived) {
            JsonObject data = Json.createReader(new StringReader(body)).readObject().getJsonObject("data");
            String reference = data.getString("reference", "");
            if (!reference.startsWith(references)) {
                others.incrementAndGet();
                return;
            }
            Arrival first = firsts.putIfAbsent(reference, new Arrival(webhookId, Instant.parse(data.getString("at")),
                    arrived));
            if (first != null && first.webhookId().equals(webhookId)) {
                againSameId.incrementAndGet();
            } else if (first != null) {
                againOtherId.incrementAndGet();
                System.err.println(reference + " again with webhook-id " + webhookId + ", first " + first.webhookId());
            }
        }
    }

    /** A retailer's systems calling the Core's partner API with the retailer's service account (partner-ID). */
    static final class Partner {

        final String retailer;
        private final String form;
        private volatile String token;

        Partner(String retailer, Path home) {
            this.retailer = retailer;
            this.form = "grant_type=client_credentials&client_id=partner-" + retailer + "&client_secret="
                    + URLEncoder.encode(secret(home, retailer), StandardCharsets.UTF_8);
            this.token = token();
        }

        /**
         * A demo retailer's secret is one the launcher generated (secrets/clients); one added with
         * {@code ./lockernet add-partner} got its secret from Keycloak, and the launcher keeps it only in the
         * properties it deployed the retailer with (lib/partners.sh).
         */
        private static String secret(Path home, String retailer) {
            try {
                Path demo = home.resolve("secrets/clients/partner-" + retailer);
                if (Files.exists(demo)) {
                    return Files.readString(demo).strip();
                }
                Path deployed = home.resolve("run/retailer-" + retailer + "/cli.properties");
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(deployed)) {
                    properties.load(in);
                }
                return Optional.ofNullable(properties.getProperty("partner.secret")).map(String::strip)
                        .orElseThrow(() -> new IllegalStateException("no partner.secret in " + deployed));
            } catch (IOException e) {
                throw new IllegalStateException("no secret of partner-" + retailer + " in " + home
                        + " (for a retailer that is not in the demo: ./lockernet add-partner " + retailer + ")", e);
            }
        }

        void renewToken() {
            try {
                token = token();
            } catch (RuntimeException e) {
                System.err.println("token renewal of partner-" + retailer + " failed: " + e.getMessage());
            }
        }

        private String token() {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for partner-" + retailer + ": " + response.body());
            }
            return json(response.body()).asJsonObject().getString("access_token");
        }

        JsonObject subscribe(String url) {
            String body = Json.createObjectBuilder().add("url", url).add("events", Json.createArrayBuilder().add(TYPE))
                    .build().toString();
            return json(call(api("/endpoints").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), 201)).asJsonObject();
        }

        CompletableFuture<HttpResponse<String>> tell(Event event) {
            String body = Json.createObjectBuilder().add("id", event.id()).add("type", TYPE)
                    .add("reference", event.reference()).add("locker", LOCKER).add("at", event.at().toString())
                    .build().toString();
            return HTTP.sendAsync(api("/events").timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        String state(String endpoint) {
            return json(call(api("/endpoints/" + endpoint).GET(), 200)).asJsonObject().getString("state");
        }

        /** The state, or why it cannot be read now (WildFly restarting): for progress lines only. */
        String stateOrUnknown(String endpoint) {
            try {
                return state(endpoint);
            } catch (RuntimeException e) {
                return "state unknown: " + e.getMessage();
            }
        }

        void resume(String endpoint) {
            call(api("/endpoints/" + endpoint + "/resume").POST(HttpRequest.BodyPublishers.noBody()), 200);
        }

        /** The references of the endpoint's newest 1,000 pending deliveries (the log's limit). */
        Set<String> pending(String endpoint) {
            return json(call(api("/endpoints/" + endpoint + "/deliveries?state=PENDING&limit=1000").GET(), 200))
                    .asJsonArray().stream().map(d -> d.asJsonObject().getString("subject").replaceFirst("^parcel:", ""))
                    .collect(Collectors.toSet());
        }

        void remove(String endpoint) {
            call(api("/endpoints/" + endpoint).DELETE(), 204);
        }

        private HttpRequest.Builder api(String path) {
            return HttpRequest.newBuilder(URI.create(CALLBACKS + path)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        }

        private String call(HttpRequest.Builder request, int expected) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().method() + " " + request.build().uri() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("no answer: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static JsonValue json(String text) {
            return Json.createReader(new StringReader(text)).readValue();
        }
    }

    /** The command line: {@code --name value} pairs, each with a default. */
    record Options(boolean kill, int events, double rate, double downMinutes, long slowMs, long deadlineMinutes,
                   long serverPid, int crashAfter, Path restartLog, String healthy, String down, String slow) {

        static final Set<String> NAMES = Set.of("mode", "events", "rate", "down-minutes", "slow-ms", "deadline-minutes",
                "server-pid", "crash-after", "restart-log", "healthy", "down", "slow");

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                String name = args[i].replaceFirst("^--", "");
                if (!NAMES.contains(name) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or no value: " + args[i] + "; options: "
                            + NAMES);
                }
                given.put(name, args[i + 1]);
            }
            String mode = given.getOrDefault("mode", "outage");
            if (!Set.of("outage", "kill").contains(mode)) {
                throw new IllegalArgumentException("--mode is outage or kill, not " + mode);
            }
            boolean kill = mode.equals("kill");
            int events = Integer.parseInt(given.getOrDefault("events", kill ? "3000" : "10000"));
            if (kill && !given.containsKey("server-pid")) {
                throw new IllegalArgumentException("--mode kill needs --server-pid (WildFly's JVM)");
            }
            return new Options(kill, events, Double.parseDouble(given.getOrDefault("rate", "50")),
                    Double.parseDouble(given.getOrDefault("down-minutes", "10")),
                    Long.parseLong(given.getOrDefault("slow-ms", "2000")),
                    Long.parseLong(given.getOrDefault("deadline-minutes", "60")),
                    Long.parseLong(given.getOrDefault("server-pid", "0")),
                    Integer.parseInt(given.getOrDefault("crash-after", String.valueOf(events / 2))),
                    Path.of(given.getOrDefault("restart-log", "up-after-kill.log")),
                    given.getOrDefault("healthy", "acme"), given.getOrDefault("down", "bravo"),
                    given.getOrDefault("slow", "carol"));
        }
    }
}
