package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CodeResult;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Reservations through the Core's partner REST area (with the partner deployments' own client credentials) and
 * pickup codes typed on a simulated locker's keypad.
 */
@OnEveryDatabase
class ReservationsIT {

    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aReservedParcelIsDepositedAndItsCodeOpensTheCompartmentExactlyOnce() {
        String acme = Http.clientToken("partner-acme");
        try (SimulatedLocker locker = Demo.locker("L-0006", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));

            String expected = smallestFreeLowOfSizeMOrUp(acme, "L-0006");
            Http.Reply reserved = Http.postJson(RESERVATIONS, acme, reserve("L-0006").add("size", "M")
                    .add("lowHeight", true).add("parcelRef", "order-4711").build());
            assertEquals(201, reserved.status(), reserved.body());
            JsonObject reservation = reserved.json();
            String id = reservation.getString("id");
            String code = reservation.getString("pickupCode");
            assertTrue(code.matches("[0-9]{6}"), code);
            assertEquals("RESERVED", reservation.getString("state"));
            String compartment = reservation.getString("compartment");
            assertEquals(expected, compartment, "the smallest free low compartment of size M or up");
            assertFalse(Http.get(RESERVATIONS + "/" + id, acme).body().contains(code), "the code is shown only once");
            assertEquals("RESERVED", compartmentState(acme, "L-0006", compartment));

            locker.enterCode(code);
            CodeResult early = codeResult(locker);
            assertFalse(early.accepted(), "nothing to pick up before the deposit");

            Http.Reply deposit = Http.postJson(IMPULSES, acme, Json.createObjectBuilder().add("reservation", id)
                    .add("purpose", "DEPOSIT").add("requestedBy", "employee-subject").build());
            assertEquals(201, deposit.status(), deposit.body());
            awaitReservation(acme, id, "DEPOSITED");
            assertEquals("OCCUPIED", compartmentState(acme, "L-0006", compartment));

            locker.enterCode(code.equals("000000") ? "000001" : "000000");
            assertEquals("wrong code", codeResult(locker).reason());

            locker.enterCode(code);
            CodeResult pickup = codeResult(locker);
            assertTrue(pickup.accepted(), String.valueOf(pickup));
            assertEquals(compartment, pickup.compartment());
            awaitReservation(acme, id, "COLLECTED");
            assertTrue(locker.receivedCommands().stream().anyMatch(c -> c.impulse().equals(pickup.impulse())));
            JsonObject traced = Http.get(Demo.APP + "/core/api/operator/impulses/" + pickup.impulse(),
                    Http.userToken("lockernet-admin-panel", "operator")).json();
            assertEquals("DOOR_CLOSED", traced.getString("state"));
            assertEquals("keypad", traced.getString("requestedVia"), "an operator sees who asked, and through what");
            assertEquals("AVAILABLE", compartmentState(acme, "L-0006", compartment));

            locker.enterCode(code);
            assertFalse(codeResult(locker).accepted(), "a pickup code is single-use");
        }
    }

    @Test
    void repeatedWrongCodesLockTheKeypadOutEvenForTheRightCodeAndRaiseAnAlarm() {
        String bravo = Http.clientToken("partner-bravo");
        try (SimulatedLocker locker = Demo.locker("L-0003", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            JsonObject reservation = Http.postJson(RESERVATIONS, bravo, reserve("L-0003").add("size", "S").build())
                    .json();
            // the Core may hear that L-0003 is online a moment after the locker's welcome: ask until it takes the open
            Await.until("the deposit open taken", WAIT, () -> Optional.of(Http.postJson(IMPULSES, bravo,
                    Json.createObjectBuilder().add("reservation", reservation.getString("id")).add("purpose", "DEPOSIT")
                            .add("requestedBy", "employee-subject").build())).filter(r -> r.status() == 201));
            awaitReservation(bravo, reservation.getString("id"), "DEPOSITED");
            String right = reservation.getString("pickupCode");
            String wrong = right.equals("999999") ? "999998" : "999999";

            for (int i = 0; i < 5; i++) {
                locker.enterCode(wrong);
                assertFalse(codeResult(locker).accepted());
            }
            locker.enterCode(right);
            CodeResult locked = codeResult(locker);
            assertFalse(locked.accepted(), "during the lockout even the right code is refused");
            assertTrue(locked.reason().startsWith("locked out"), locked.reason());
            Operators.awaitAlarm("CODE_GUESSING", "L-0003");
            assertEquals("DEPOSITED", Http.get(RESERVATIONS + "/" + reservation.getString("id"), bravo).json()
                    .getString("state"));
        } finally {
            Operators.liftKeypadLockout("L-0003");
        }
    }

    @Test
    void ofTwentyConcurrentReservationsOfOneCompartmentExactlyOneWins() {
        String acme = Http.clientToken("partner-acme");
        List<CompletableFuture<Http.Reply>> replies = IntStream.range(0, 20)
                .mapToObj(i -> Http.postJsonAsync(RESERVATIONS, acme, reserve("L-0002").add("compartment", "B3")
                        .add("ttlSeconds", 600).build()))
                .toList();
        List<Integer> statuses = replies.stream().map(CompletableFuture::join).map(Http.Reply::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        String winner = replies.stream().map(CompletableFuture::join).filter(r -> r.status() == 201).findFirst()
                .orElseThrow().json().getString("id");
        assertEquals("CANCELLED", Http.delete(RESERVATIONS + "/" + winner, acme).json().getString("state"));
        assertEquals("AVAILABLE", compartmentState(acme, "L-0002", "B3"));
    }

    @Test
    void aReservationThatOutlivesItsTimeToLiveFreesItsCompartment() {
        String acme = Http.clientToken("partner-acme");
        JsonObject reservation = Http.postJson(RESERVATIONS, acme, reserve("L-0002").add("compartment", "B2")
                .add("ttlSeconds", 2).build()).json();
        assertEquals("RESERVED", compartmentState(acme, "L-0002", "B2"));
        awaitReservation(acme, reservation.getString("id"), "EXPIRED");
        assertEquals("AVAILABLE", compartmentState(acme, "L-0002", "B2"));
    }

    @Test
    void anotherRetailerCanNeitherSeeNorOpenNorTakeAReservedCompartment() {
        String acme = Http.clientToken("partner-acme");
        String bravo = Http.clientToken("partner-bravo");
        JsonObject reservation = Http.postJson(RESERVATIONS, acme, reserve("L-0005").add("compartment", "B1")
                .add("ttlSeconds", 600).build()).json();
        String id = reservation.getString("id");
        try {
            Http.Reply peek = Http.get(RESERVATIONS + "/" + id, bravo);
            assertEquals(404, peek.status(), peek.body());
            assertTrue(peek.contentType().startsWith("application/problem+json"), peek.contentType());

            Http.Reply open = Http.postJson(IMPULSES, bravo, Json.createObjectBuilder().add("locker", "L-0005")
                    .add("compartment", "B1").add("requestedBy", "someone").build());
            assertEquals(409, open.status(), open.body());
            assertTrue(open.json().getString("detail").startsWith("reserved"), open.body());

            Http.Reply take = Http.postJson(RESERVATIONS, bravo, reserve("L-0005").add("compartment", "B1").build());
            assertEquals(409, take.status(), take.body());

            Http.Reply outOfScope = Http.postJson(RESERVATIONS, bravo, reserve("L-0001").add("size", "S").build());
            assertEquals(403, outOfScope.status(), outOfScope.body());
        } finally {
            Http.delete(RESERVATIONS + "/" + id, acme);
        }
    }

    private static JsonObjectBuilder reserve(String locker) {
        return Json.createObjectBuilder().add("locker", locker);
    }

    private static CodeResult codeResult(SimulatedLocker locker) {
        return locker.awaitCodeResult(WAIT).orElseThrow(() -> new AssertionError("no answer to a code entry"));
    }

    private static void awaitReservation(String token, String id, String state) {
        Await.until("reservation " + id + " " + state, WAIT, () -> {
            JsonObject r = Http.get(RESERVATIONS + "/" + id, token).json();
            return state.equals(r.getString("state")) ? Optional.of(r) : Optional.empty();
        });
    }

    /** What the Core should pick for "size M or up, low": read from its own listing, before asking. */
    private static String smallestFreeLowOfSizeMOrUp(String token, String locker) {
        List<String> order = List.of("XS", "S", "M", "L", "XL", "XXL");
        return Http.get(Demo.APP + "/core/api/partner/lockers", token).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(l -> l.getString("id").equals(locker))
                .flatMap(l -> l.getJsonArray("compartments").stream().map(v -> v.asJsonObject()))
                .filter(c -> c.getString("state").equals("AVAILABLE") && c.getBoolean("lowHeight"))
                .filter(c -> order.indexOf(c.getString("size")) >= order.indexOf("M"))
                .min(java.util.Comparator.comparing((JsonObject c) -> order.indexOf(c.getString("size")))
                        .thenComparing(c -> c.getString("name")))
                .map(c -> c.getString("name"))
                .orElseThrow(() -> new AssertionError("no free low compartment of size M or up in " + locker));
    }

    static String compartmentState(String token, String locker, String compartment) {
        return Http.get(Demo.APP + "/core/api/partner/lockers", token).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(l -> l.getString("id").equals(locker))
                .flatMap(l -> l.getJsonArray("compartments").stream().map(v -> v.asJsonObject()))
                .filter(c -> c.getString("name").equals(compartment))
                .map(c -> c.getString("state"))
                .findFirst().orElseThrow(() -> new AssertionError(locker + "/" + compartment + " not listed"));
    }
}
