package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code ./lockernet add-shepherd} on the running system: a Shepherd instance in a WildFly process of its own reaches
 * the Core's broker over the network with a broker user of its own, registers itself, and carries a locker's commands
 * and events end to end; that broker user may do nothing else. Runs
 * with the H2 half of CI only: a Shepherd has no database, and its 80 s (a second WildFly) would push CI past its
 * 25 minutes; the Core's side of it (registration, reassignment) runs on PostgreSQL in FleetIT and
 * ShepherdFailoverIT.
 */
class AddShepherdIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration LAUNCHER_PATIENCE = Duration.ofMinutes(6);
    private static final String OPERATOR_AREA = Demo.APP + "/core/api/operator/";
    /** The launcher's default port offset for a Shepherd server of its own is 200: WSS on 8643, with the local CA's certificate. */
    private static final URI SHEPHERD_7 = URI.create("wss://localhost:8643/shepherd-7/lockers");

    @Test
    void aShepherdInItsOwnServerRegistersWithTheCoreAndOpensALockerAssignedToIt() {
        // when another test of this class added shepherd-7 already, this add is the second one (~15 s of CI each)
        boolean addedBefore = Shepherd7.running;
        Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-shepherd", "7", "--separate-process");
        assertEquals(0, added.exitCode(), added.output());
        assertTrue(added.output().contains(SHEPHERD_7.toString()), added.output());
        Shepherd7.running = true;

        String operator = Http.userToken("lockernet-admin-panel", "operator");
        JsonObject registered = Await.until("shepherd-7 registered with the Core", WAIT, () -> shepherd(operator,
                "shepherd-7"));
        assertTrue(registered.getString("description").contains("shepherd-7-server"),
                "registered from its own server: " + registered);

        assign(operator, "L-0004", "shepherd-7", "shepherd-2");
        try (SimulatedLocker locker = new SimulatedLocker(new LockerConfig("L-0004", SHEPHERD_7,
                Demo.lockerToken("L-0004"), LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(300)))) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0004 welcomed by shepherd-7");
            // the link event travelled from the Shepherd's server to the Core's queue over the network
            Await.until("L-0004 online through shepherd-7", WAIT, () -> Optional.of(
                    Http.get(OPERATOR_AREA + "lockers/L-0004/health", operator).json())
                    .filter(h -> h.getBoolean("online") && "shepherd-7".equals(h.getString("connectedVia", null))));
            // the command went the other way, from the Core's broker to the Shepherd's MDB, and the door events back
            assertEquals("DOOR_CLOSED",
                    LockerChecks.openAndAwaitEnd("partner-bravo", "L-0004", "A1", "it-add-shepherd"));
            assertEquals(1, shepherd(operator, "shepherd-7").orElseThrow().getInt("connected"));
        } finally {
            assign(operator, "L-0004", "shepherd-2", "shepherd-1");
        }

        Launcher.Result again = addedBefore ? added
                : Launcher.run(LAUNCHER_PATIENCE, "add-shepherd", "7", "--separate-process");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("shepherd-7 is up to date"), "a second add changes nothing: "
                + again.output());
    }

    /**
     * The broker user of a Shepherd in a server of its own (made by add-shepherd, its password kept in the launcher's
     * state) reaches the Core's broker over the network, as that server does: it may read its own command queue, and
     * neither another Shepherd's commands, nor the Core's queues, nor the state topic the apps listen to.
     */
    @Test
    void aSeparateShepherdsBrokerUserMayReadOnlyItsOwnCommandsAndSendOnlyToTheCore() throws Exception {
        Shepherd7 added = Shepherd7.added();
        // consumerWindowSize=0: a consumer opened here takes no command the Shepherd's own consumer is waiting for
        try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(CORE_BROKER + "&consumerWindowSize=0");
             JMSContext shepherd7 = added.broker(broker)) {
            shepherd7.createConsumer(shepherd7.createQueue("shepherd.7.commands")).close();

            assertRefused(() -> shepherd7.createConsumer(shepherd7.createQueue("shepherd.1.commands")));
            assertRefused(() -> shepherd7.createConsumer(shepherd7.createQueue("lockernet.realtime")));
            assertRefused(() -> shepherd7.createProducer().send(shepherd7.createQueue("shepherd.1.commands"), "open"));
            assertRefused(() -> shepherd7.createProducer().send(shepherd7.createTopic("lockernet.state"), "{}"));
            assertRefused(() -> shepherd7.createProducer().send(shepherd7.createQueue("lockernet.callbacks"), "{}"));
        }
    }

    /**
     * The broker lets every Shepherd send to the Core's realtime and history queues, so a message's {@code shepherd}
     * property is only a claim. Through shepherd-7's broker user, as a Shepherd server in the wrong hands would: a
     * message naming shepherd-1 without a credential, with shepherd-7's own token, or with a forged one, shepherd-7
     * speaking for a locker it does not carry, and an alarm without a credential other than a refused-callers report,
     * are each dropped and counted on one FORGED_MESSAGE alarm per queue; the locker's link and round trips stay as
     * they were.
     */
    @Test
    void aShepherdCanSpeakNeitherAsAnotherNorForALockerItDoesNotCarry() throws Exception {
        Shepherd7 added = Shepherd7.added();
        String token7 = added.token();
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        JsonObject before = Http.get(OPERATOR_AREA + "lockers/L-0003/health", operator).json();
        long realtimeBefore = OperatorAlarms.times("FORGED_MESSAGE", "forged messages on lockernet.realtime");
        long historyBefore = OperatorAlarms.times("FORGED_MESSAGE", "forged messages on lockernet.history");

        try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(CORE_BROKER);
             JMSContext shepherd7 = added.broker(broker)) {
            Queue realtime = shepherd7.createQueue("lockernet.realtime");
            online(shepherd7, realtime, "shepherd-1", null);
            online(shepherd7, realtime, "shepherd-1", token7);
            online(shepherd7, realtime, "shepherd-1", Forgeries.unsigned("shepherd-1", "bravo"));
            online(shepherd7, realtime, "shepherd-7", token7);
            Hello hello = new Hello("L-0003", 1, Instant.now(), "forged", "forged",
                    LockerConfig.DEFAULT_COMPARTMENTS);
            shepherd7.createProducer()
                    .setProperty(Headers.KIND, Headers.Kind.DEVICE)
                    .setProperty(Headers.LOCKER, "L-0003")
                    .setProperty(Headers.SHEPHERD, "shepherd-7")
                    .setProperty(Headers.CREDENTIAL, token7)
                    .setProperty(Headers.CONNECTION, "forged")
                    .send(realtime, MessageCodec.write(hello));
            // deployments report refused callers without a credential; nothing else may come that way
            shepherd7.createProducer()
                    .setProperty(Headers.KIND, Headers.Kind.ALARM)
                    .setProperty(Headers.ALARM, "PERSON_INSIDE")
                    .setProperty(Headers.ALARM_SUBJECT, "it-forged-person-inside")
                    .setProperty(Headers.REASON, "made up")
                    .send(realtime, "");
            shepherd7.createProducer()
                    .setProperty(Headers.KIND, Headers.Kind.LINK_STATS)
                    .setProperty(Headers.SHEPHERD, "shepherd-7")
                    .setProperty(Headers.CREDENTIAL, token7)
                    .setProperty(Headers.AT, System.currentTimeMillis())
                    .send(shepherd7.createQueue("lockernet.history"), "{\"locker\":\"L-0003\",\"samples\":999,"
                            + "\"p50Ms\":12345.0,\"p99Ms\":12345.0,\"maxMs\":12345.0}");
        }

        OperatorAlarms.awaitTimes("FORGED_MESSAGE", "forged messages on lockernet.realtime", realtimeBefore + 6);
        assertEquals(0, OperatorAlarms.times("PERSON_INSIDE", "it-forged-person-inside"));
        OperatorAlarms.awaitTimes("FORGED_MESSAGE", "forged messages on lockernet.history", historyBefore + 1);
        JsonObject after = Http.get(OPERATOR_AREA + "lockers/L-0003/health", operator).json();
        assertEquals(before.getBoolean("online"), after.getBoolean("online"), after.toString());
        assertEquals(before.get("connectedVia"), after.get("connectedVia"), after.toString());
        assertEquals(before.get("roundTripP50Ms"), after.get("roundTripP50Ms"), after.toString());
    }

    private static void online(JMSContext jms, Queue realtime, String claimed, String credential) {
        link(jms, realtime, "L-0003", claimed, true, System.currentTimeMillis(), credential);
    }

    /** A link message as a Shepherd sends it, in the locker's message group (its messages are consumed in order). */
    private static void link(JMSContext jms, Queue realtime, String locker, String claimed, boolean online, long at,
                             String credential) {
        JMSProducer producer = jms.createProducer()
                .setProperty(Headers.KIND, Headers.Kind.LINK)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.SHEPHERD, claimed)
                .setProperty(Headers.ONLINE, online)
                .setProperty(Headers.AT, at)
                .setProperty("JMSXGroupID", locker);
        if (credential != null) {
            producer.setProperty(Headers.CREDENTIAL, credential);
        }
        producer.send(realtime, "");
    }

    /**
     * A locker's link state follows what its Shepherds report, in the order they sent it (one locker's messages are
     * one message group): a Shepherd whose clock stepped back still takes its locker offline. And once an operator
     * moves the locker away from the Shepherd holding its link, that Shepherd may no longer connect it, even if it
     * ignores the release; what it still reports for a while (an undeliverable command) is believed without an alarm.
     */
    @Test
    void aLockerMovedAwayFromAShepherdCannotBeClaimedBackByIt() throws Exception {
        Shepherd7 added = Shepherd7.added();
        String token7 = added.token();
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        long forgedBefore = OperatorAlarms.times("FORGED_MESSAGE", "forged messages on lockernet.realtime");
        assign(operator, "L-0004", "shepherd-7", "shepherd-2");
        long now = System.currentTimeMillis();
        try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(CORE_BROKER);
             JMSContext shepherd7 = added.broker(broker)) {
            Queue realtime = shepherd7.createQueue("lockernet.realtime");
            link(shepherd7, realtime, "L-0004", "shepherd-7", true, now, token7);
            awaitHealth(operator, "L-0004 online through shepherd-7",
                    h -> h.getBoolean("online") && "shepherd-7".equals(h.getString("connectedVia", null)));
            link(shepherd7, realtime, "L-0004", "shepherd-7", false, now - 60_000, token7); // its clock stepped back
            awaitHealth(operator, "L-0004 offline, as shepherd-7 said last", h -> !h.getBoolean("online"));
            link(shepherd7, realtime, "L-0004", "shepherd-7", true, now - 59_000, token7);
            awaitHealth(operator, "L-0004 online again", h -> h.getBoolean("online"));

            assign(operator, "L-0004", "shepherd-2", "shepherd-1");
            awaitHealth(operator, "L-0004 offline once moved away", h -> !h.getBoolean("online"));
            link(shepherd7, realtime, "L-0004", "shepherd-7", true, now + 1_000, token7); // ignoring its release
            // consumed after the one above (same group): once it is counted, that one has been handled
            link(shepherd7, realtime, "L-0004", "shepherd-1", false, now, null);
            OperatorAlarms.awaitTimes("FORGED_MESSAGE", "forged messages on lockernet.realtime", forgedBefore + 1);

            JsonObject health = Http.get(OPERATOR_AREA + "lockers/L-0004/health", operator).json();
            assertFalse(health.getBoolean("online"), health.toString());
            assertFalse(health.containsKey("connectedVia") && !health.isNull("connectedVia"), health.toString());
            assertEquals(forgedBefore + 1, OperatorAlarms.times("FORGED_MESSAGE",
                    "forged messages on lockernet.realtime"), "shepherd-7's late news was no forgery");
        } finally {
            assign(operator, "L-0004", "shepherd-2", "shepherd-1");
        }
    }

    private static void awaitHealth(String operator, String what, java.util.function.Predicate<JsonObject> test) {
        Await.until(what, WAIT, () -> Optional.of(Http.get(OPERATOR_AREA + "lockers/L-0004/health", operator).json())
                .filter(test));
    }

    /**
     * The Core's broker, reached as a Shepherd in a server of its own reaches it: HTTP upgrade on the HTTPS port, TLS
     * trusting the local CA (the failsafe JVM's truststore), the host name checked.
     */
    private static final String CORE_BROKER = "tcp://localhost:8443?httpUpgradeEnabled=true"
            + "&httpUpgradeEndpoint=https-acceptor&sslEnabled=true&verifyHost=true&enable1xPrefixes=true";

    /** The broker over plain HTTP, as it was reached before TLS: no longer there. */
    @Test
    void theBrokerIsNotReachedOverPlainHttp() throws Exception {
        Shepherd7 added = Shepherd7.added();
        try (ActiveMQConnectionFactory plain = new ActiveMQConnectionFactory("tcp://localhost:8080?"
                + "httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true")) {
            assertThrows(jakarta.jms.JMSRuntimeException.class, () -> added.broker(plain).close());
        }
    }

    /**
     * shepherd-7 in a server of its own (add-shepherd changes nothing when it is there already): the password of its
     * broker user and an access token of its own, both from the launcher's state, as an attacker holding that server
     * would have them.
     */
    private record Shepherd7(String brokerPassword, String token) {
        /** Whether a test of this class has added shepherd-7 already (each launcher run costs ~17 s of CI). */
        private static volatile boolean running;

        static Shepherd7 added() throws IOException {
            if (!running) {
                Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-shepherd", "7", "--separate-process");
                assertEquals(0, added.exitCode(), added.output());
                running = true;
            }
            Path run = Path.of(System.getProperty("lockernet.it.home"), "run", "shepherd-7");
            String secret = Files.readAllLines(run.resolve("cli.properties")).stream()
                    .filter(l -> l.startsWith("shepherd.secret=")).findFirst().orElseThrow().substring(16);
            return new Shepherd7(Files.readString(run.resolve("broker-password")).strip(),
                    Http.clientToken("shepherd-7", secret));
        }

        JMSContext broker(ActiveMQConnectionFactory broker) {
            return broker.createContext("shepherd-7-broker", brokerPassword);
        }
    }

    private static void assertRefused(Runnable asked) {
        JMSSecurityRuntimeException refused = assertThrows(JMSSecurityRuntimeException.class, asked::run);
        assertTrue(refused.getMessage().contains("does not have permission"), refused.getMessage());
    }

    @Test
    void aShepherdRegistersOnlyItselfAndOnlyOperatorsListShepherds() {
        String shepherd1 = Http.clientToken("shepherd-1");
        JsonObject description = Json.createObjectBuilder().add("description", "impostor").build();
        Http.Reply impostor = Http.putJson(Demo.APP + "/core/api/shepherd/instances/shepherd-2", shepherd1,
                description);
        assertEquals(403, impostor.status(), impostor.body());
        assertTrue(impostor.contentType().startsWith("application/problem+json"), impostor.contentType());
        assertTrue(impostor.body().contains("may register only itself"), impostor.body());

        Http.Reply partner = Http.putJson(Demo.APP + "/core/api/shepherd/instances/partner-acme",
                Http.clientToken("partner-acme"), description);
        assertEquals(403, partner.status(), partner.body());
        assertEquals(403, Http.get(OPERATOR_AREA + "shepherds", Http.clientToken("partner-acme")).status());

        String operator = Http.userToken("lockernet-admin-panel", "operator");
        assertTrue(shepherd(operator, "shepherd-2").orElseThrow().getString("description").contains("shepherd-2"),
                "the impostor changed nothing");
    }

    private static Optional<JsonObject> shepherd(String operator, String id) {
        return Http.get(OPERATOR_AREA + "shepherds", operator).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> id.equals(s.getString("id"))).findFirst();
    }

    private static void assign(String operator, String locker, String primary, String fallback) {
        Http.Reply reply = Http.putJson(OPERATOR_AREA + "lockers/" + locker + "/assignment", operator,
                Json.createObjectBuilder().add("shepherd", primary).add("fallback", fallback).build());
        assertEquals(200, reply.status(), reply.body());
    }
}
