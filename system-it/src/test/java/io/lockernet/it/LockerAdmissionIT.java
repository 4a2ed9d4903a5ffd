package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who may hold a connection to a Shepherd, and how every refusal is told: a close code with a reason. */
class LockerAdmissionIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void connectionWithoutATokenIsClosedWith4401() {
        try (SimulatedLocker locker = Demo.locker("L-0003", 1, TokenSource.none())) {
            locker.connect().join();
            CloseInfo close = closed(locker);
            assertEquals(CloseCodes.UNAUTHENTICATED, close.code(), close.toString());
            assertTrue(close.reason().contains("token"), close.reason());
        }
    }

    @Test
    void connectionWithATamperedTokenIsClosedWith4401NamingNoLibraryAndCounted() {
        String subject = "shepherd-1.war: invalid credentials from a locker connection";
        long before = OperatorAlarms.times(subject);
        String token = Http.clientToken("locker-L-0003");
        String tampered = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        try (SimulatedLocker locker = Demo.locker("L-0003", 1, TokenSource.fixed(tampered))) {
            locker.connect().join();
            CloseInfo close = closed(locker);
            assertEquals(CloseCodes.UNAUTHENTICATED, close.code());
            assertEquals("token signature not valid", close.reason());
        }
        OperatorAlarms.awaitTimes(subject, before + 1);
    }

    @Test
    void anUpgradeWithTwoAuthorizationHeadersIsClosedWith4401() throws Exception {
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        CompletableFuture<String> closeReason = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + Forgeries.unsigned("locker-L-0004", "acme") + " junk")
                .header("Authorization", "Bearer " + Http.clientToken("locker-L-0003"))
                .buildAsync(Demo.shepherd(1), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                        closeCode.complete(code);
                        closeReason.complete(reason);
                        return null;
                    }
                }).join();
        assertEquals(CloseCodes.UNAUTHENTICATED, closeCode.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals("send one Authorization header", closeReason.get());
    }

    @Test
    void framesOverSixteenKibAreClosedWith1009() {
        for (int size : new int[] {17_000, 200_000}) {
            try (SimulatedLocker locker = Demo.locker("L-0005", 1)) {
                locker.connect().join();
                assertTrue(locker.awaitWelcome(WAIT));
                String head = "{\"v\":1,\"type\":\"ping\",\"locker\":\"L-0005\",\"seq\":" + System.nanoTime()
                        + ",\"ts\":\"" + Instant.now() + "\",\"nonce\":\"";
                locker.sendRaw(head + "n".repeat(size - head.length() - 2) + "\"}");
                CloseInfo close = closed(locker);
                assertEquals(1009, close.code(), size + " bytes: " + close);
            }
        }
    }

    @Test
    void lockerAssignedToAnotherShepherdIsClosedWith4403() {
        // the demo lockers fall back to the other demo Shepherd; for this test L-0002 has shepherd-2 only
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        String assignment = Demo.APP + "/core/api/operator/lockers/L-0002/assignment";
        assertEquals(200, Http.putJson(assignment, operator, Json.createObjectBuilder().add("shepherd", "shepherd-2")
                .build()).status());
        try (SimulatedLocker locker = Demo.locker("L-0002", 1)) {
            locker.connect().join();
            CloseInfo close = closed(locker);
            assertEquals(CloseCodes.FORBIDDEN, close.code(), close.toString());
            assertTrue(close.reason().contains("shepherd-2"), close.reason());
        } finally {
            assertEquals(200, Http.putJson(assignment, operator, Json.createObjectBuilder().add("shepherd", "shepherd-2")
                    .add("fallback", "shepherd-1").build()).status());
        }
    }

    @Test
    void secondLiveConnectionOfALockerIsClosedWith4409AndTheFirstStays() {
        long before = OperatorAlarms.timesForLocker("DUPLICATE_CONNECTION", "L-0004");
        try (SimulatedLocker first = Demo.locker("L-0004", 2); SimulatedLocker second = Demo.locker("L-0004", 2)) {
            first.connect().join();
            assertTrue(first.awaitWelcome(WAIT));
            second.connect().join();
            assertEquals(CloseCodes.DUPLICATE, closed(second).code());
            LockerChecks.assertAnswersPing(first);
        }
        // counted: an open alarm of another test about L-0004 must not pass for this one
        OperatorAlarms.awaitTimesForLocker("DUPLICATE_CONNECTION", "L-0004", before + 1);
    }

    @Test
    void aLockerConnectingThroughItsOtherShepherdEndsItsOlderLinkWith4409AndStaysOnline() {
        // L-0004: primary shepherd-2, fallback shepherd-1. Only the Core sees both links; the newer one stays
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        long before = OperatorAlarms.timesForLocker("DUPLICATE_CONNECTION", "L-0004");
        try (SimulatedLocker older = Demo.locker("L-0004", 2); SimulatedLocker newer = Demo.locker("L-0004", 1)) {
            older.connect().join();
            assertTrue(older.awaitWelcome(WAIT));
            LockerChecks.awaitConnectedVia(operator, "L-0004", "shepherd-2");
            newer.connect().join();
            assertTrue(newer.awaitWelcome(WAIT));

            CloseInfo close = closed(older);
            assertEquals(CloseCodes.DUPLICATE, close.code(), close.toString());
            assertEquals("locker L-0004 connected again through shepherd-1", close.reason());
            // the older link's end does not take the locker offline: staff can open at once, through the newer link
            Http.Reply open = Http.postJson(Demo.APP + "/core/api/partner/impulses", Http.clientToken("partner-bravo"),
                    Json.createObjectBuilder().add("locker", "L-0004").add("compartment", "A1")
                            .add("requestedBy", "it-takeover").build());
            assertEquals(201, open.status(), open.body());
            String impulse = open.json().getString("id");
            Await.until("the open through shepherd-1 done", WAIT, () -> Optional.of(Http.get(Demo.APP
                    + "/core/api/partner/impulses/" + impulse, Http.clientToken("partner-bravo")).json()
                    .getString("state")).filter("DOOR_CLOSED"::equals));
            JsonObject health = Http.get(Demo.APP + "/core/api/operator/lockers/L-0004/health", operator).json();
            assertTrue(health.getBoolean("online"), health.toString());
            assertEquals("shepherd-1", health.getString("connectedVia", null), health.toString());
            LockerChecks.assertAnswersPing(newer);
        }
        OperatorAlarms.awaitTimesForLocker("DUPLICATE_CONNECTION", "L-0004", before + 1);
    }

    @Test
    void anOpenAskedForRightAfterTheWelcomeIsSentToTheLocker() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        String bravo = Http.clientToken("partner-bravo");
        Await.until("L-0003 offline before the test", WAIT, () -> Optional.of(
                Http.get(Demo.APP + "/core/api/operator/lockers/L-0003/health", operator).json())
                .filter(h -> !h.getBoolean("online")));
        try (SimulatedLocker locker = Demo.locker("L-0003", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            // no retry: the welcome promises that the Core knows the locker online (docs/locker-protocol.md)
            Http.Reply open = Http.postJson(Demo.APP + "/core/api/partner/impulses", bravo, Json.createObjectBuilder()
                    .add("locker", "L-0003").add("compartment", "B3").add("requestedBy", "it-welcome").build());
            assertEquals(201, open.status(), open.body());
            String impulse = open.json().getString("id");
            Await.until("the command for impulse " + impulse + " at the locker", WAIT, () -> locker.receivedCommands()
                    .stream().filter(c -> c.impulse().equals(impulse)).findFirst());
            // the door closes before the locker leaves, so that B3 is free for whoever comes next
            Await.until("impulse " + impulse + " done", WAIT, () -> Optional.of(Http.get(Demo.APP
                    + "/core/api/partner/impulses/" + impulse, bravo).json().getString("state"))
                    .filter("DOOR_CLOSED"::equals));
        }
    }

    @Test
    void floodingLockerIsCutOffWith4429AndOtherLockersAreUntouched() {
        try (SimulatedLocker bystander = Demo.locker("L-0006", 2); SimulatedLocker flooder = Demo.locker("L-0003", 1)) {
            bystander.connect().join();
            flooder.connect().join();
            assertTrue(bystander.awaitWelcome(WAIT));
            assertTrue(flooder.awaitWelcome(WAIT));

            for (int i = 0; i < 500 && flooder.isConnected(); i++) {
                flooder.ping("flood-" + i);
            }

            CloseInfo close = closed(flooder);
            assertEquals(CloseCodes.FLOODING, close.code(), close.toString());
            LockerChecks.assertAnswersPing(bystander);
        }
        Operators.awaitAlarm("FLOODING", "L-0003");
    }

    @Test
    void malformedFrameIsClosedWith4400AndOtherLockersAreUntouched() {
        try (SimulatedLocker bystander = Demo.locker("L-0006", 2); SimulatedLocker broken = Demo.locker("L-0005", 1)) {
            bystander.connect().join();
            broken.connect().join();
            assertTrue(bystander.awaitWelcome(WAIT));
            assertTrue(broken.awaitWelcome(WAIT));

            broken.sendRaw("{\"v\":1,\"type\":\"door\",\"locker\":\"L-0005\" this is not JSON");

            CloseInfo close = closed(broken);
            assertEquals(CloseCodes.MALFORMED, close.code(), close.toString());
            LockerChecks.assertAnswersPing(bystander);
        }
    }

    @Test
    void frameSpeakingForAnotherLockerIsClosedWith4403() {
        try (SimulatedLocker locker = Demo.locker("L-0002", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            locker.sendRaw("{\"v\":1,\"type\":\"door\",\"locker\":\"L-0001\",\"seq\":" + System.nanoTime()
                    + ",\"ts\":\"" + Instant.now() + "\",\"compartment\":\"A1\",\"state\":\"open\"}");
            CloseInfo close = closed(locker);
            assertEquals(CloseCodes.FORBIDDEN, close.code(), close.toString());
            assertTrue(close.reason().contains("L-0001"), close.reason());
        }
        Operators.awaitAlarm("IMPERSONATION", "L-0002");
    }

    private static CloseInfo closed(SimulatedLocker locker) {
        return locker.awaitClosed(WAIT).orElseThrow(() -> new AssertionError("the Shepherd did not close the connection"));
    }
}
