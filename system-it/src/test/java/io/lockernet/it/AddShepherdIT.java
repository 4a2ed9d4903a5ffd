package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private static final String OPERATOR_AREA = Demo.HTTP + "/core/api/operator/";
    /** The launcher's default port offset for a Shepherd server of its own is 200. */
    private static final URI SHEPHERD_7 = URI.create("ws://localhost:8280/shepherd-7/lockers");

    @Test
    void aShepherdInItsOwnServerRegistersWithTheCoreAndOpensALockerAssignedToIt() {
        Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-shepherd", "7", "--separate-process");
        assertEquals(0, added.exitCode(), added.output());
        assertTrue(added.output().contains(SHEPHERD_7.toString()), added.output());

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

        Launcher.Result again = Launcher.run(LAUNCHER_PATIENCE, "add-shepherd", "7", "--separate-process");
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
        Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-shepherd", "7", "--separate-process");
        assertEquals(0, added.exitCode(), added.output());
        String password = Files.readString(Path.of(System.getProperty("lockernet.it.home"), "run", "shepherd-7",
                "broker-password")).strip();
        // consumerWindowSize=0: a consumer opened here takes no command the Shepherd's own consumer is waiting for
        try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory("tcp://localhost:8080?"
                + "httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true&consumerWindowSize=0");
             JMSContext shepherd7 = broker.createContext("shepherd-7-broker", password)) {
            shepherd7.createConsumer(shepherd7.createQueue("shepherd.7.commands")).close();

            assertRefused(() -> shepherd7.createConsumer(shepherd7.createQueue("shepherd.1.commands")));
            assertRefused(() -> shepherd7.createConsumer(shepherd7.createQueue("lockernet.realtime")));
            assertRefused(() -> shepherd7.createProducer().send(shepherd7.createQueue("shepherd.1.commands"), "open"));
            assertRefused(() -> shepherd7.createProducer().send(shepherd7.createTopic("lockernet.state"), "{}"));
            assertRefused(() -> shepherd7.createProducer().send(shepherd7.createQueue("lockernet.callbacks"), "{}"));
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
        Http.Reply impostor = Http.putJson(Demo.HTTP + "/core/api/shepherd/instances/shepherd-2", shepherd1,
                description);
        assertEquals(403, impostor.status(), impostor.body());
        assertTrue(impostor.contentType().startsWith("application/problem+json"), impostor.contentType());
        assertTrue(impostor.body().contains("may register only itself"), impostor.body());

        Http.Reply partner = Http.putJson(Demo.HTTP + "/core/api/shepherd/instances/partner-acme",
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
