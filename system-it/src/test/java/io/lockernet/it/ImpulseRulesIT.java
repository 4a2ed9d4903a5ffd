package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.api.protocol.Command;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.LockerListener;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Core's rules for impulses, black-box over its partner REST area (as a partner deployment calls it, with the
 * partner-acme client's own credentials) and the lockers' WebSocket links.
 */
@OnEveryDatabase
class ImpulseRulesIT {

    private static final String CORE = Demo.APP + "/core/api/partner/impulses";
    private static final int PAIRS = 500;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void ofEachOfFiveHundredConcurrentPairsOfOpensExactlyOneWinsAndEachWinnerFiresTheLockOnce() {
        List<SimulatedLocker> lockers = List.of(fast("L-0001", 1), fast("L-0005", 1), fast("L-0006", 2));
        try {
            lockers.forEach(SimulatedLocker::connect);
            lockers.forEach(l -> assertTrue(l.awaitWelcome(WAIT), l.lockerId() + " welcomed"));
            String token = Http.clientToken("partner-acme");
            awaitOnline(lockers.stream().map(SimulatedLocker::lockerId).toList(), token);
            List<String> winners = new ArrayList<>();
            int pairs = 0;
            while (pairs < PAIRS) {
                List<String> round = openEveryCompartmentTwiceAtOnce(lockers, token);
                pairs += round.size();
                winners.addAll(round);
                round.forEach(id -> awaitState(id, "DOOR_CLOSED", token));
            }

            Map<String, Long> fired = lockers.stream().flatMap(l -> l.receivedCommands().stream())
                    .collect(Collectors.groupingBy(Command::impulse, Collectors.counting()));
            assertEquals(winners.size(), fired.size(), "one impulse reached a lock per winner");
            assertTrue(fired.values().stream().allMatch(n -> n == 1), "no lock fired twice: " + fired);
            assertEquals(Set.copyOf(winners), fired.keySet());
        } finally {
            lockers.forEach(SimulatedLocker::close);
        }
    }

    @Test
    void aReplayedDeviceFrameChangesNothing() {
        List<String> sent = new CopyOnWriteArrayList<>();
        try (SimulatedLocker locker = new SimulatedLocker(new LockerConfig("L-0002", Demo.shepherd(2),
                Demo.lockerToken("L-0002"), LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofSeconds(2)))) {
            locker.addListener(new LockerListener() {
                @Override
                public void frameSent(String lockerId, String frame) {
                    sent.add(frame);
                }
            });
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            String token = Http.clientToken("partner-acme");
            awaitOnline(List.of("L-0002"), token);

            locker.openDoorWithoutImpulse("B4");
            awaitCompartment("L-0002", "B4", "OPEN", token);
            awaitCompartment("L-0002", "B4", "AVAILABLE", token);
            String doorOpened = sent.stream().filter(f -> f.contains("\"door\"") && f.contains("\"B4\"")
                    && f.contains("\"open\"")).findFirst().orElseThrow();

            locker.sendRaw(doorOpened);
            // frames of one locker are applied in order: once this later one shows, the replay has been handled
            locker.openDoorWithoutImpulse("B3");
            awaitCompartment("L-0002", "B3", "OPEN", token);

            assertEquals("AVAILABLE", compartmentState("L-0002", "B4", token).orElseThrow(),
                    "the replayed 'door open' of B4 was recorded once, the first time");
        }
    }

    /** One round: two concurrent opens of every compartment; returns the winners' impulse ids. */
    private static List<String> openEveryCompartmentTwiceAtOnce(List<SimulatedLocker> lockers, String token) {
        Map<String, List<CompletableFuture<Http.Reply>>> pairs = new HashMap<>();
        for (SimulatedLocker locker : lockers) {
            for (CompartmentInfo compartment : LockerConfig.DEFAULT_COMPARTMENTS) {
                JsonObject body = Json.createObjectBuilder().add("locker", locker.lockerId())
                        .add("compartment", compartment.name()).add("requestedBy", "it-subject").build();
                pairs.put(locker.lockerId() + "/" + compartment.name(),
                        List.of(Http.postJsonAsync(CORE, token, body), Http.postJsonAsync(CORE, token, body)));
            }
        }
        List<String> winners = new ArrayList<>();
        pairs.forEach((compartment, replies) -> {
            List<Http.Reply> pair = replies.stream().map(CompletableFuture::join).toList();
            List<Integer> statuses = pair.stream().map(Http.Reply::status).sorted().toList();
            assertEquals(List.of(201, 409), statuses, compartment + ": " + pair);
            Http.Reply loser = pair.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertTrue(loser.json().getString("detail").startsWith("conflict"), loser.body());
            winners.add(pair.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().getString("id"));
        });
        return winners;
    }

    /**
     * A locker whose doors stay open 1.5 s: the winner of a pair holds its compartment at least that long, so the two
     * opens of a pair overlap even when the server takes one of them up a few hundred milliseconds after the other (with
     * 20 ms, a first open could end before the second arrived, and both rightly won).
     */
    private static SimulatedLocker fast(String locker, int shepherd) {
        return new SimulatedLocker(new LockerConfig(locker, Demo.shepherd(shepherd), Demo.lockerToken(locker),
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(1500)));
    }

    private static void awaitState(String impulse, String state, String token) {
        Await.until("impulse " + impulse + " " + state, WAIT, () -> {
            JsonObject now = Http.get(CORE + "/" + impulse, token).json();
            return state.equals(now.getString("state")) ? Optional.of(now) : Optional.empty();
        });
    }

    private static void awaitOnline(Collection<String> lockers, String token) {
        Await.until(lockers + " online with their compartments", WAIT, () -> {
            Map<String, JsonObject> known = lockerViews(token);
            boolean ready = lockers.stream().map(known::get).allMatch(l -> l != null && l.getBoolean("online")
                    && l.getJsonArray("compartments").size() == LockerConfig.DEFAULT_COMPARTMENTS.size());
            return ready ? Optional.of(true) : Optional.empty();
        });
    }

    private static void awaitCompartment(String locker, String compartment, String state, String token) {
        Await.until(locker + "/" + compartment + " " + state, WAIT,
                () -> compartmentState(locker, compartment, token).filter(state::equals));
    }

    private static Optional<String> compartmentState(String locker, String compartment, String token) {
        return Optional.ofNullable(lockerViews(token).get(locker))
                .flatMap(l -> l.getJsonArray("compartments").stream().map(JsonValue::asJsonObject)
                        .filter(c -> c.getString("name").equals(compartment)).findFirst())
                .map(c -> c.getString("state"));
    }

    private static Map<String, JsonObject> lockerViews(String token) {
        return Http.get(Demo.APP + "/core/api/partner/lockers", token).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(l -> l.getString("id"), Function.identity()));
    }
}
