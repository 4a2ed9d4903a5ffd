package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The person-inside alarm reaches the staff of the retailer at once, pushed on the staff's live channel, and the
 * operators in the Admin Panel; another retailer's staff hear nothing of a locker they do not use (L-0001 is
 * acme's only, L-0003 bravo's only; retailers that share a locker, as acme and bravo share L-0005, both hear it);
 * staff of one store hear only that store's lockers.
 */
class StaffLiveIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STAFF_API = Demo.APP + "/partner-acme/api/";

    @Test
    void motionInAClosedLargeCompartmentIsPushedToThatRetailersStaffOnly() throws Exception {
        try (Listener acme = Listener.open("acme", Http.userToken("partner-acme", "acme-employee"));
             Listener bravo = Listener.open("bravo", Http.userToken("partner-bravo", "bravo-employee"));
             SimulatedLocker l1 = Demo.locker("L-0001", 1);
             SimulatedLocker l3 = Demo.locker("L-0003", 1)) {
            assertTrue(acme.awaitFirst(m -> m.getString("type").equals("listening")).getJsonArray("lockers")
                    .toString().contains("L-0001"));
            bravo.awaitFirst(m -> m.getString("type").equals("listening"));
            l1.connect().join();
            l3.connect().join();
            assertTrue(l1.awaitWelcome(WAIT) && l3.awaitWelcome(WAIT));

            l1.sense("B4", SensorEvent.Kind.MOTION, true); // B4 is XL and its door closed
            JsonObject alarm = acme.awaitFirst(m -> m.getString("type").equals("alarm")
                    && m.getString("locker", "").equals("L-0001"));
            assertEquals("PERSON_INSIDE", alarm.getString("alarm"));
            assertEquals("B4", alarm.getString("compartment"));
            Operators.awaitAlarm("PERSON_INSIDE", "L-0001");

            // bravo hears its own lockers (a forced door at L-0003), and never heard L-0001
            l3.openDoorWithoutImpulse("A1");
            bravo.awaitFirst(m -> m.getString("locker", "").equals("L-0003") && m.getString("type").equals("alarm"));
            assertTrue(bravo.received.stream().noneMatch(m -> m.getString("locker", "").equals("L-0001")),
                    bravo.received.toString());
            assertTrue(acme.received.stream().noneMatch(m -> m.getString("locker", "").equals("L-0003")),
                    acme.received.toString());
        }
    }

    @Test
    void staffOfOneStoreHearOnlyTheirStoresLockers() throws Exception {
        String headOfficeToken = Http.userToken("partner-acme", "acme-employee");
        try (Listener headOffice = Listener.open("acme", headOfficeToken);
             Listener springfield = Listener.open("acme", Http.userToken("partner-acme", "acme-springfield-employee"));
             SimulatedLocker l1 = Demo.locker("L-0001", 1);
             SimulatedLocker l2 = Demo.locker("L-0002", 2)) {
            assertEquals("[\"L-0001\",\"L-0006\"]", springfield.awaitFirst(m -> m.getString("type").equals("listening"))
                    .getJsonArray("lockers").toString());
            headOffice.awaitFirst(m -> m.getString("type").equals("listening"));
            l1.connect().join();
            l2.connect().join();
            assertTrue(l1.awaitWelcome(WAIT) && l2.awaitWelcome(WAIT));

            // L-0002 stands at acme-shelbyville: head office hears its door, Springfield's staff do not
            String shelbyville = open("L-0002", headOfficeToken);
            headOffice.awaitFirst(m -> m.getString("locker", "").equals("L-0002"));
            String springfieldOpen = open("L-0001", headOfficeToken);
            springfield.awaitFirst(m -> m.getString("locker", "").equals("L-0001"));
            headOffice.awaitFirst(m -> m.getString("locker", "").equals("L-0001"));
            assertTrue(springfield.received.stream().noneMatch(m -> m.getString("locker", "").equals("L-0002")),
                    springfield.received.toString());
            // the doors close before the lockers go: no impulse is left open for the next test
            awaitClosed(shelbyville, headOfficeToken);
            awaitClosed(springfieldOpen, headOfficeToken);
        }
    }

    /** Opens A3 of the locker through the staff API; the impulse's id. */
    private static String open(String locker, String token) {
        Http.Reply opened = Http.post(STAFF_API + "lockers/" + locker + "/compartments/A3/open", token);
        assertEquals(200, opened.status(), opened.body());
        return opened.json().getString("id");
    }

    private static void awaitClosed(String impulse, String token) {
        Await.until("impulse " + impulse + " closed", WAIT, () -> Optional.of(
                Http.get(STAFF_API + "impulses/" + impulse, token).json().getString("state"))
                .filter("DOOR_CLOSED"::equals));
    }

    @Test
    void anotherRetailersStaffCannotListenAndNobodyUnsignedCan() throws Exception {
        CompletableFuture<WebSocket> anonymous = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(live("acme"), new WebSocket.Listener() { });
        assertEquals(401, handshakeStatus(anonymous));

        // signed in through acme's client, with the staff role, but of bravo's staff: the retailer scope refuses
        CompletableFuture<WebSocket> intruder = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + Http.userToken("partner-acme", "bravo-employee"))
                .buildAsync(live("acme"), new WebSocket.Listener() { });
        assertEquals(403, handshakeStatus(intruder));
    }

    /** A page of another origin gets nothing, whatever credentials its browser sends along (cross-site WebSocket). */
    @Test
    void aPageOfAnotherOriginCannotListen() {
        Listener foreign = new Listener();
        foreign.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + Http.userToken("partner-acme", "acme-employee"))
                .header("Origin", "http://shop.example")
                .buildAsync(live("acme"), foreign).join();
        try (foreign) {
            String close = Await.until("the foreign page's channel closed", WAIT,
                    () -> Optional.ofNullable(foreign.closed));
            assertEquals("4403 the live channel is for pages of this server only", close);
            assertTrue(foreign.received.isEmpty(), foreign.received.toString());
        }
    }

    @Test
    void aListenerIsClosedWith4401WhenItsTokenExpires() {
        String lifespan = KeycloakAdmin.tokenLifespan("partner-acme", "5");
        try (Listener acme = Listener.open("acme", Http.userToken("partner-acme", "acme-employee"))) {
            acme.awaitFirst(m -> m.getString("type").equals("listening"));
            String close = Await.until("the live channel closed", WAIT, () -> Optional.ofNullable(acme.closed));
            assertEquals("4401 token expired; reconnect to sign in again", close);
        } finally {
            KeycloakAdmin.tokenLifespan("partner-acme", lifespan.isBlank() ? "300" : lifespan); // 300: the realm's own
        }
    }

    private static int handshakeStatus(CompletableFuture<WebSocket> attempt) {
        try {
            attempt.join().abort();
            return 101;
        } catch (CompletionException e) {
            return e.getCause() instanceof WebSocketHandshakeException refused ? refused.getResponse().statusCode() : -1;
        }
    }

    private static URI live(String retailer) {
        return URI.create("wss://localhost:8443/partner-" + retailer + "/live");
    }

    /** A member of staff's live channel: everything it pushed. */
    private static final class Listener implements WebSocket.Listener, AutoCloseable {
        final List<JsonObject> received = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        /** The close code and reason, once the server closed the channel. */
        volatile String closed;

        static Listener open(String retailer, String token) {
            Listener listener = new Listener();
            listener.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(live(retailer), listener).join();
            return listener;
        }

        JsonObject awaitFirst(java.util.function.Predicate<JsonObject> wanted) {
            return Await.until("a pushed message", WAIT, () -> received.stream().filter(wanted).findFirst());
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = statusCode + " " + reason;
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
