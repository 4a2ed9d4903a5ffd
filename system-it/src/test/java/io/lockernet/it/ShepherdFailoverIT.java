package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.LockerListener;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Several Shepherds: a locker moves to its fallback when its primary goes down, an operator moves a connected
 * locker to another Shepherd, and commands always go through the Shepherd that holds the connection.
 */
@OnEveryDatabase
class ShepherdFailoverIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String OPERATOR_AREA = Demo.APP + "/core/api/operator/lockers/";

    @Test
    void whenItsPrimaryShepherdGoesDownALockerMovesToItsFallbackAndStillOpens() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        AtomicInteger welcomes = new AtomicInteger();
        try (SimulatedLocker locker = new SimulatedLocker(config("L-0002", 2, 1)).reconnecting(true)) {
            locker.onReceived(Welcome.class, w -> welcomes.incrementAndGet());
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            LockerChecks.awaitConnectedVia(operator, "L-0002", "shepherd-2");

            Management.cli("/deployment=shepherd-2.war:undeploy");
            try {
                Await.until("L-0002 welcomed by its fallback", WAIT, () -> Optional.of(welcomes.get())
                        .filter(n -> n >= 2 && locker.endpoint().equals(Demo.shepherd(1))));
                LockerChecks.awaitConnectedVia(operator, "L-0002", "shepherd-1");
                assertEquals("DOOR_CLOSED", LockerChecks.openAndAwaitEnd("partner-acme", "L-0002", "A1", "it-failover"),
                        "the command went through shepherd-1");
            } finally {
                Management.cli("/deployment=shepherd-2.war:deploy");
                Await.until("shepherd-2 ready again", WAIT, () -> Optional.of(Http.get(Demo.MANAGEMENT + "/health/ready",
                        null)).filter(r -> r.status() == 200 && r.body().contains("lockernet-shepherd-2")));
            }
        }
    }

    @Test
    void anOperatorMovesAConnectedLockerToAnotherShepherd() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        List<CloseInfo> closes = new CopyOnWriteArrayList<>();
        try (SimulatedLocker locker = new SimulatedLocker(config("L-0006", 2, 1)).reconnecting(true)) {
            locker.addListener(new LockerListener() {
                @Override
                public void closed(String lockerId, CloseInfo close) {
                    closes.add(close);
                }
            });
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            LockerChecks.awaitConnectedVia(operator, "L-0006", "shepherd-2");
            try {
                JsonObject moved = assign(operator, "L-0006", "shepherd-1", "shepherd-2");
                assertEquals("shepherd-1", moved.getString("shepherd"));
                CloseInfo released = Await.until("L-0006 released by shepherd-2", WAIT, () -> closes.stream()
                        .filter(c -> c.code() == CloseCodes.REASSIGNED).findFirst());
                assertTrue(released.reason().contains("reassigned to shepherd-1"), closes.toString());
                LockerChecks.awaitConnectedVia(operator, "L-0006", "shepherd-1");
                assertEquals("DOOR_CLOSED", LockerChecks.openAndAwaitEnd("partner-acme", "L-0006", "A2", "it-failover"),
                        "the command went through shepherd-1");
            } finally {
                assign(operator, "L-0006", "shepherd-2", "shepherd-1");
            }
            LockerChecks.awaitConnectedVia(operator, "L-0006", "shepherd-2");
        }
    }

    @Test
    void assignmentsAreForOperatorsAndNameKnownShepherds() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.Reply unknown = Http.putJson(OPERATOR_AREA + "L-0006/assignment", operator,
                Json.createObjectBuilder().add("shepherd", "shepherd-99").build());
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("shepherd-99"), unknown.body());
        Http.Reply same = Http.putJson(OPERATOR_AREA + "L-0006/assignment", operator,
                Json.createObjectBuilder().add("shepherd", "shepherd-1").add("fallback", "shepherd-1").build());
        assertEquals(400, same.status(), same.body());
        Http.Reply partner = Http.putJson(OPERATOR_AREA + "L-0006/assignment", Http.clientToken("partner-acme"),
                Json.createObjectBuilder().add("shepherd", "shepherd-1").build());
        assertEquals(403, partner.status(), partner.body());
        assertEquals("shepherd-2", Http.get(OPERATOR_AREA + "L-0006/assignment", operator).json().getString("shepherd"));
    }

    private static LockerConfig config(String locker, int primary, int fallback) {
        return new LockerConfig(locker, Demo.shepherd(primary), Demo.lockerToken(locker),
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(300)).withFallback(Demo.shepherd(fallback));
    }

    private static JsonObject assign(String operator, String locker, String primary, String fallback) {
        Http.Reply reply = Http.putJson(OPERATOR_AREA + locker + "/assignment", operator,
                Json.createObjectBuilder().add("shepherd", primary).add("fallback", fallback).build());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
