package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation that takes a body, sent what an attacker sends: bodies that end inside a value (once enough to spin
 * a worker thread for ever), bodies that are not JSON, unknown properties, bodies far too large, the wrong media type.
 * Each is answered with a 4xx problem that names no class, no library and no internal address, and the server keeps
 * serving. "Answered" means within {@link #ANSWERED}: a hung request never answers at all.
 */
class HostileBodiesIT {

    private static final Duration ANSWERED = Duration.ofSeconds(10);
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)\\b(java|jakarta|javax|org\\.(jboss|eclipse|hibernate)|io\\.(lockernet|undertow|smallrye))\\.|RESTEASY\\d|"
                    + "localhost:\\d+|Exception\\b");

    /** {@code bodyOptional}: the operation is also served without a body, so another media type is no error. */
    record Operation(String method, String path, Supplier<String> token, boolean bodyOptional) {
        Operation(String method, String path, Supplier<String> token) {
            this(method, path, token, false);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Operation> operations() {
        Supplier<String> partner = () -> Http.clientToken("partner-acme");
        Supplier<String> shepherd = () -> Http.clientToken("shepherd-1");
        Supplier<String> operator = () -> Http.userToken("lockernet-admin-panel", "operator");
        Supplier<String> employee = () -> Http.userToken("partner-acme", "acme-employee");
        Supplier<String> manager = () -> Http.userToken("partner-acme", "acme-manager");
        Supplier<String> courier = () -> Http.userToken("lockernet-courier-app", "rapid-courier-1");
        return Stream.of(
                new Operation("POST", "/core/api/partner/impulses", partner),
                new Operation("POST", "/core/api/partner/reservations", partner),
                new Operation("POST", "/core/api/partner/consignments", partner),
                new Operation("POST", "/core/api/partner/consignments/collections", partner),
                new Operation("PUT", "/core/api/courier/shift", courier),
                new Operation("PUT", "/core/api/courier/position", courier),
                new Operation("POST", "/core/api/courier/consignments/hostile/failed", courier),
                new Operation("POST", "/core/api/partner/callbacks/endpoints", partner),
                new Operation("POST", "/core/api/partner/callbacks/events", partner),
                new Operation("PUT", "/core/api/partner/callbacks/endpoints/ep_hostile/adapter", partner),
                new Operation("PUT", "/core/api/partner/callbacks/endpoints/ep_hostile/alert-email", partner),
                new Operation("PUT", "/core/api/shepherd/instances/shepherd-1", shepherd),
                new Operation("POST", "/core/api/shepherd/lockers/L-0001/code-entries", shepherd),
                new Operation("PUT", "/core/api/operator/lockers/L-HOSTILE", operator),
                new Operation("PUT", "/core/api/operator/lockers/L-HOSTILE/assignment", operator),
                new Operation("PUT", "/core/api/operator/retailers/hostile", operator),
                new Operation("PUT", "/core/api/operator/lockers/L-0001/compartments/A1/service", operator),
                new Operation("POST", "/core/api/operator/review-items/1/resolution", operator),
                new Operation("POST", "/core/api/operator/alarms/1/resolution", operator),
                new Operation("POST", "/partner-acme/api/orders", employee),
                new Operation("POST", "/partner-acme/api/orders/HOSTILE-1/deposit", employee),
                new Operation("POST", "/partner-acme/api/orders/HOSTILE-1/return", employee, true),
                new Operation("POST", "/partner-acme/api/returns/999999999/carrier", employee),
                new Operation("PUT", "/partner-acme/api/products/HOSTILE-SKU", employee),
                new Operation("POST", "/partner-acme/api/lockers/L-0001/compartments/A1/emergency-open", manager));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void truncatedBrokenAndUnknownBodiesGetA400(Operation operation) {
        String token = operation.token().get();
        for (String body : new String[] {"{\"zzz\":[", "{\"zzz\":{", "{\"locker\":\"L-0001\",\"zzz\":[[", "{\"a\":",
                "[", "hello", "{\"zzz\":1}", "{\"resolution\":\"x\",\"zzz\":{\"y\":[1]}}"}) {
            Http.Reply reply = send(operation, token, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, reply.status(), operation + " " + body + ": " + reply.body());
            assertCleanProblem(reply);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void tooLargeBodiesGetA413AndTheWrongMediaTypeA415(Operation operation) {
        String token = operation.token().get();
        for (int size : new int[] {100 * 1024, 10_000_000}) {
            Http.Reply reply = send(operation, token, "application/json", oversized(size));
            assertEquals(413, reply.status(), operation + " " + size + " bytes: " + reply.body());
            assertCleanProblem(reply);
        }
        Http.Reply reply = send(operation, token, "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
        if (operation.bodyOptional()) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, operation + " text/plain: " + reply.body());
        } else {
            assertEquals(415, reply.status(), operation + " text/plain: " + reply.body());
        }
        assertCleanProblem(reply);
    }

    @Test
    void fieldsOfTheWrongTypeOrOverTheirLimitsAreNamed() {
        String partner = Http.clientToken("partner-acme");
        Operation reserve = new Operation("POST", "/core/api/partner/reservations", null);
        Operation open = new Operation("POST", "/core/api/partner/impulses", null);
        String longRef = "R".repeat(101);
        String[][] cases = {
                {"{\"locker\":\"L-0001\",\"size\":\"S\",\"ttlSeconds\":\"60\"}", "ttlSeconds"},
                {"{\"locker\":\"L-0001\",\"size\":\"S\",\"ttlSeconds\":1.5}", "ttlSeconds"},
                {"{\"locker\":\"L-0001\",\"size\":\"S\",\"ttlSeconds\":-5}", "ttlSeconds"},
                {"{\"locker\":\"L-0001\",\"size\":\"S\",\"parcelRef\":\"" + longRef + "\"}", "parcelRef"},
                {"{\"locker\":\"L-0001\",\"size\":\"S\",\"lowHeight\":\"yes\"}", "lowHeight"}};
        for (String[] c : cases) {
            Http.Reply reply = send(reserve, partner, "application/json", c[0].getBytes(StandardCharsets.UTF_8));
            assertEquals(400, reply.status(), c[0] + ": " + reply.body());
            assertCleanProblem(reply);
            assertTrue(reply.body().contains(c[1]), c[1] + " named in " + reply.body());
        }
        String opener = "{\"locker\":\"L-0001\",\"compartment\":\"A1\",\"requestedBy\":\"" + "x".repeat(10_000) + "\"}";
        Http.Reply reply = send(open, partner, "application/json", opener.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.body().contains("requestedBy"), reply.body());
        assertCleanProblem(reply);
    }

    @Test
    void theStaffApiRefusesNegativeWeightsAndReasonsOfControlCharacters() {
        String employee = Http.userToken("partner-acme", "acme-employee");
        Operation product = new Operation("PUT", "/partner-acme/api/products/HOSTILE-SKU", null);
        for (String weight : new String[] {"-5", "99999999999", "2.5", "\"2100\""}) {
            String body = "{\"name\":\"Drill\",\"lengthMm\":350,\"widthMm\":250,\"heightMm\":110,\"weightGrams\":"
                    + weight + "}";
            Http.Reply reply = send(product, employee, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, reply.status(), weight + ": " + reply.body());
            assertCleanProblem(reply);
        }
        Operation emergency = new Operation("POST", "/partner-acme/api/lockers/L-0001/compartments/A1/emergency-open", null);
        Http.Reply reply = send(emergency, Http.userToken("partner-acme", "acme-manager"), "application/json",
                ("{\"reason\":\"" + "\\u0000".repeat(20) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, reply.status(), reply.body());
        assertCleanProblem(reply);
    }

    @Test
    void pathsAndParametersTheApiDoesNotKnowNameNoInternals() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        for (String path : new String[] {"/core/api/operator/review-items/abc/resolution", "/core/api/operator/nothing",
                "/core/api/operator/reports/lockers?from=yesterday"}) {
            Http.Reply reply = Http.sendRaw("POST", Demo.APP + path, operator, "application/json",
                    "{\"resolution\":\"done\"}".getBytes(StandardCharsets.UTF_8), ANSWERED);
            assertTrue(reply.status() >= 400 && reply.status() < 500, path + ": " + reply.status() + " " + reply.body());
            assertCleanProblem(reply);
        }
    }

    @AfterAll
    static void theServerStillServesEveryone() {
        assertEquals(200, Http.get(Demo.APP + "/core/api/partner/lockers", Http.clientToken("partner-acme")).status());
        assertEquals(200, Http.get(Demo.APP + "/partner-acme/api/lockers",
                Http.userToken("partner-acme", "acme-employee")).status());
    }

    private static Http.Reply send(Operation operation, String token, String type, byte[] body) {
        return Http.sendRaw(operation.method(), Demo.APP + operation.path(), token, type, body, ANSWERED);
    }

    private static byte[] oversized(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    private static void assertCleanProblem(Http.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply.body());
        assertFalse(INTERNALS.matcher(reply.body()).find(), "names internals: " + reply.body());
    }

    /**
     * Input the API refuses is the caller's mistake, not the server's: answered 400 and not written to the server log
     * as an error with a stack trace, which a client repeating it could use to flood the log (2,363 orders with made-up
     * skus once added 2,363 stack traces).
     */
    @Test
    void refusedInputIsNotLoggedAsAServerError() throws Exception {
        Path log = Path.of(System.getProperty("lockernet.it.home"), "run", "wildfly.log");
        long errorsBefore = errorLines(log);
        String employee = Http.userToken("partner-acme", "acme-employee");
        String core = Http.clientToken("partner-acme");
        for (int i = 0; i < 20; i++) {
            Http.Reply order = Http.postJson(Demo.APP + "/partner-acme/api/orders", employee, jakarta.json.Json
                    .createObjectBuilder().add("reference", "HB-" + i + "-" + System.nanoTime()).add("store",
                            "acme-springfield")
                    .add("customer", jakarta.json.Json.createObjectBuilder().add("name", "Moe").add("email",
                            "moe@example.invalid"))
                    .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                            .add("sku", "NO-SUCH-SKU-" + i).add("quantity", 1)))
                    .build());
            assertEquals(400, order.status(), order.body());
            // 8 days: within the API's 30, beyond the Core's 168 h
            Http.Reply reserve = Http.postJson(Demo.APP + "/core/api/partner/reservations", core, jakarta.json.Json
                    .createObjectBuilder().add("locker", "L-0001").add("size", "S").add("ttlSeconds", 8 * 24 * 3600)
                    .build());
            assertEquals(400, reserve.status(), reserve.body());
        }
        assertEquals(errorsBefore, errorLines(log), "no ERROR line in " + log + " for refused input");
    }

    private static long errorLines(Path log) throws java.io.IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(" ERROR ")).count();
        }
    }
}
