package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's role matrix, tried on the running system: every operator role on every operation, on a locker in its
 * regions (L-0006, north) and one outside them (L-0003, south), each answer as the README's cell says: allowed (2xx),
 * or refused with 403 and a problem. The cases come from the README's table, not from a copy of it here; what this
 * class adds is one request per operation (a probe) and the objects it needs at both lockers: an impulse, an alarm,
 * a review item, a service ticket.
 */
@OnEveryDatabase
class RoleMatrixIT {

    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final String IN = "L-0006";
    private static final String OUT = "L-0003";
    /** The demo's user of each role; the two that work in regions are in /regions/north. */
    private static final Map<String, String> USERS = Map.of("installer", "installer-north",
            "fleet-operator", "fleet-north", "network-admin", "operator", "auditor", "auditor");

    /** Per locker: the ids of an impulse, an alarm, a review item and an open service ticket at it. */
    private static final Map<String, Map<String, String>> AT = new HashMap<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** One request per operation of the matrix, given the locker it is about. */
    private static final Map<String, Function<String, Request>> PROBES = Map.ofEntries(
            Map.entry("locker.read", locker -> get("lockers/" + locker + "/health")),
            Map.entry("locker.commission", locker -> new Request("PUT", "lockers/" + locker, asRegistered(locker))),
            Map.entry("locker.operate", locker -> new Request("DELETE", "lockers/" + locker + "/keypad-lockout", null)),
            Map.entry("alarm.read", locker -> get("alarms?locker=" + locker)),
            Map.entry("alarm.handle", locker -> resolve("alarms/" + AT.get(locker).get("alarm"))),
            Map.entry("ticket.read", locker -> get("service-tickets?locker=" + locker)),
            Map.entry("ticket.handle", locker -> new Request("POST", "service-tickets/" + AT.get(locker).get("ticket")
                    + "/acknowledgement", null)),
            Map.entry("review.read", locker -> get("review-items?locker=" + locker)),
            Map.entry("review.handle", locker -> resolve("review-items/" + AT.get(locker).get("review"))),
            Map.entry("impulse.read", locker -> get("impulses/" + AT.get(locker).get("impulse"))),
            Map.entry("report.read", locker -> get("reports/lockers?locker=" + locker)),
            Map.entry("shepherd.read", locker -> get("shepherds")),
            Map.entry("fleet.maintain", locker -> new Request("POST", "reports/lockers/refresh", null)),
            Map.entry("retailer.read", locker -> get("retailers")),
            Map.entry("retailer.manage", locker -> new Request("PUT", "retailers/bravo", asRegisteredRetailer("bravo"))),
            Map.entry("platform.read", locker -> get("dead-letters")),
            Map.entry("delivery.read", locker -> get("deliveries")),
            Map.entry("audit.read", locker -> get("audit?limit=5")),
            Map.entry("self.read", locker -> get("me")));

    record Request(String method, String path, JsonObject body) {
    }

    @BeforeAll
    static void somethingHappensAtBothLockers() {
        AT.put(IN, LockerHappenings.at(Demo.locker(IN, 2), "partner-acme", token("network-admin")));
        AT.put(OUT, LockerHappenings.at(Demo.locker(OUT, 1), "partner-bravo", token("network-admin")));
    }

    static Stream<Arguments> everyRoleOnEveryOperationInAndOutOfItsRegions() {
        List<Arguments> cases = new ArrayList<>();
        matrix().forEach((operation, cells) -> cells.forEach((role, cell) -> {
            cases.add(Arguments.of(operation, role, IN, !cell.equals("–")));
            cases.add(Arguments.of(operation, role, OUT, cell.equals("all")));
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0} at {2}: allowed {3}")
    @MethodSource
    void everyRoleOnEveryOperationInAndOutOfItsRegions(String operation, String role, String locker,
                                                       boolean allowed) {
        Function<String, Request> probe = PROBES.get(operation);
        assertTrue(probe != null, "the README names an operation this test cannot try: " + operation);
        Request request = probe.apply(locker);
        Http.Reply reply = send(request, token(role));
        if (allowed) {
            assertTrue(reply.status() / 100 == 2, role + " " + request + ": " + reply.status() + " " + reply.body());
        } else {
            assertEquals(403, reply.status(), role + " " + request + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        }
    }

    @Test
    void everyOperationOfTheMatrixHasAProbeAndEveryProbeARow() {
        assertEquals(PROBES.keySet(), matrix().keySet());
    }

    @Test
    void listsShowARegionalRoleOnlyItsRegions() {
        String fleet = token("fleet-operator");
        List<JsonObject> listed = Http.get(AREA + "lockers", fleet).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        Set<String> lockers = listed.stream().map(l -> l.getString("id")).collect(Collectors.toSet());
        assertTrue(lockers.containsAll(Set.of("L-0001", "L-0002", "L-0006")), "the north's demo lockers: " + lockers);
        assertTrue(listed.stream().allMatch(l -> l.getString("region").equals("north")), "the north's only: " + listed);
        assertTrue(everyLocker(Http.get(AREA + "alarms", fleet)).stream().allMatch(lockers::contains));
        assertTrue(everyLocker(Http.get(AREA + "reports/lockers", fleet)).contains(IN));
        assertFalse(everyLocker(Http.get(AREA + "reports/lockers", fleet)).contains(OUT));
        assertTrue(everyLocker(Http.get(AREA + "review-items", fleet)).stream().allMatch(lockers::contains));
        assertTrue(everyLocker(Http.get(AREA + "alarms", token("auditor"))).contains(OUT), "the auditor sees all");
    }

    @Test
    void anInstallerCommissionsALockerInTheirRegionOnlyAndTheAuditLogSaysWhoTried() {
        String installer = token("installer");
        JsonObject south = Json.createObjectBuilder().add("name", "Role matrix south").add("store", "bravo-capital")
                .add("region", "south").add("shepherd", "shepherd-1").build();
        Http.Reply refused = Http.putJson(AREA + "lockers/L-0951", installer, south);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("north"), "names the installer's regions: " + refused.body());
        Http.Reply noRegion = Http.putJson(AREA + "lockers/L-0951", installer, Json.createObjectBuilder(south)
                .remove("region").build());
        assertEquals(403, noRegion.status(), noRegion.body());

        JsonObject north = Json.createObjectBuilder(south).add("name", "Role matrix north")
                .add("store", "acme-springfield").add("region", "north").build();
        Http.Reply commissioned = Http.putJson(AREA + "lockers/L-0950", installer, north);
        assertTrue(commissioned.status() == 201 || commissioned.status() == 200, commissioned.body());
        assertEquals("north", Http.get(AREA + "lockers/L-0950", installer).json().getString("region"));
        // moving it to the south would take it out of the installer's hands: refused
        assertEquals(403, Http.putJson(AREA + "lockers/L-0950", installer, Json.createObjectBuilder(north)
                .add("region", "south").build()).status());

        List<JsonObject> log = Http.get(AREA + "audit?actor=installer-north&limit=20", token("auditor")).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertTrue(log.stream().anyMatch(a -> a.getString("target").endsWith("lockers/L-0951")
                && a.getInt("status") == 403 && a.getString("operation").equals("locker.commission")), log.toString());
        assertTrue(log.stream().anyMatch(a -> a.getString("target").endsWith("lockers/L-0950")
                && a.getString("method").equals("PUT") && a.getInt("status") / 100 == 2), log.toString());
    }

    @Test
    void aUserWithNoOperatorRoleIsRefusedTheWholeArea() {
        Http.Reply reply = Http.get(AREA + "lockers", Http.userToken("lockernet-admin-panel", "acme-employee"));
        assertEquals(403, reply.status(), reply.body());
    }

    // --- the matrix, from the README ---

    /** operation → role → cell ("all", "its regions" or "–"), as the README's role matrix has it. */
    static Map<String, Map<String, String>> matrix() {
        List<String> table;
        try {
            List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
            table = lines.stream().skip(lines.indexOf("## Role matrix")).dropWhile(l -> !l.startsWith("|"))
                    .takeWhile(l -> l.startsWith("|")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> roles = cells(table.get(0)).subList(2, cells(table.get(0)).size());
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        for (String line : table.subList(2, table.size())) {
            List<String> cells = cells(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                row.put(roles.get(i), cells.get(i + 2));
            }
            matrix.put(cells.get(0).replace("`", ""), row);
        }
        return matrix;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
    }

    // --- probes ---

    private static Request get(String path) {
        return new Request("GET", path, null);
    }

    private static Request resolve(String path) {
        return new Request("POST", path + "/resolution", Json.createObjectBuilder()
                .add("resolution", "role matrix check").build());
    }

    /** The locker as it is entered now: putting it again changes nothing. */
    private static JsonObject asRegistered(String locker) {
        JsonObject l = Http.get(AREA + "lockers/" + locker, token("network-admin")).json();
        return Json.createObjectBuilder().add("name", l.getString("name")).add("store", l.getString("store"))
                .add("region", l.getString("region")).add("shepherd", l.getString("shepherd"))
                .add("fallback", l.getString("fallback")).add("retailers", l.getJsonArray("retailers")).build();
    }

    private static JsonObject asRegisteredRetailer(String retailer) {
        JsonObject r = Http.get(AREA + "retailers", token("network-admin")).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("id").equals(retailer)).findFirst()
                .orElseThrow();
        return Json.createObjectBuilder().add("name", r.getString("name")).add("lockers", r.getJsonArray("lockers"))
                .build();
    }

    private static Http.Reply send(Request request, String token) {
        byte[] body = request.body() == null ? new byte[0] : request.body().toString().getBytes(StandardCharsets.UTF_8);
        return Http.sendRaw(request.method(), AREA + request.path(), token, "application/json", body,
                Duration.ofSeconds(30));
    }

    private static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> Http.userToken("lockernet-admin-panel", USERS.get(r)));
    }

    private static List<String> everyLocker(Http.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("locker", null)).filter(l -> l != null).toList();
    }
}
