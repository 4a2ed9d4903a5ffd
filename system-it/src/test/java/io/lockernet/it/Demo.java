package io.lockernet.it;

import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import java.net.URI;
import java.time.Duration;

/**
 * The system started by {@code ./lockernet up} for these tests: its addresses and the demo identities of the
 * realm (demo secrets, never used outside a local system).
 */
final class Demo {

    static final String REALM = "http://localhost:8180/realms/lockernet";
    static final String HTTP = "http://localhost:8080";
    static final String MANAGEMENT = "http://localhost:9990";
    static final String PASSWORD = "demo";

    private Demo() {
    }

    static String secretOf(String clientId) {
        return "demo-" + clientId + "-secret";
    }

    static URI shepherd(int number) {
        return URI.create("ws://localhost:8080/shepherd-" + number + "/lockers");
    }

    static TokenSource lockerToken(String locker) {
        return TokenSource.clientCredentials(REALM, "locker-" + locker, secretOf("locker-" + locker));
    }

    /** A simulated locker with its own credentials, on the given Shepherd; the door stays open for a moment. */
    static SimulatedLocker locker(String locker, int shepherd) {
        return new SimulatedLocker(new LockerConfig(locker, shepherd(shepherd), lockerToken(locker),
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(300)));
    }

    static SimulatedLocker locker(String locker, int shepherd, TokenSource tokens) {
        return new SimulatedLocker(new LockerConfig(locker, shepherd(shepherd), tokens,
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(300)));
    }
}
