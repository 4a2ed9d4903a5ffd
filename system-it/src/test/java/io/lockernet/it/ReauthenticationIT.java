package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenExpiry;
import io.lockernet.simulator.locker.TokenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A locker's token is checked on the open link too: a locker renews it with {@code reauth} before it expires, or
 * the Shepherd ends the link. Locker L-0003's tokens live 8 s during this test (set through Keycloak's admin API).
 */
class ReauthenticationIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static String lifespan;

    @BeforeAll
    static void shortTokens() {
        lifespan = KeycloakAdmin.tokenLifespan("locker-L-0003", "8");
    }

    @AfterAll
    static void usualTokens() {
        KeycloakAdmin.tokenLifespan("locker-L-0003", lifespan.isBlank() ? "300" : lifespan);
    }

    @Test
    void aLinkWhoseTokenExpiresIsClosedWith4401() {
        try (SimulatedLocker locker = Demo.locker("L-0003", 1).reauthenticating(false)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            CloseInfo close = locker.awaitClosed(WAIT).orElseThrow(() -> new AssertionError("the link stayed open"));
            assertEquals(CloseCodes.UNAUTHENTICATED, close.code(), close.toString());
            assertTrue(close.reason().contains("expired"), close.reason());
        }
    }

    @Test
    void theFirstFrameAfterTheTokenExpiredIsNotAnsweredButEndsTheLinkWith4401() {
        String token = Http.clientToken("locker-L-0003");
        Instant expiry = expiryOf(token);
        try (SimulatedLocker locker = Demo.locker("L-0003", 1, TokenSource.fixed(token)).reauthenticating(false)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            Await.until("the token to have expired", WAIT, () -> Optional.of(Instant.now())
                    .filter(now -> now.isAfter(expiry.plusMillis(20))));
            // ping rounds close such a link too, but only every 2 s: the frame comes first (or, rarely, after them)
            locker.ping("after-expiry");
            CloseInfo close = locker.awaitClosed(WAIT).orElseThrow(() -> new AssertionError("the link stayed open"));
            assertEquals(CloseCodes.UNAUTHENTICATED, close.code(), close.toString());
            assertTrue(close.reason().startsWith("token expired at"), close.reason());
            assertTrue(locker.receivedFrames().stream().noneMatch(f -> f.contains("after-expiry")),
                    "a frame after expiry was answered: " + locker.receivedFrames());
        }
    }

    @Test
    void aLockerThatReauthenticatesOutlivesItsFirstToken() {
        Instant firstExpiry = expiryOf(Http.clientToken("locker-L-0003"));
        try (SimulatedLocker locker = Demo.locker("L-0003", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            Await.until("the link to outlive its first token by 5 s", WAIT, () -> Optional.of(Instant.now())
                    .filter(now -> now.isAfter(firstExpiry.plusSeconds(5)) || !locker.isConnected()));
            assertTrue(locker.isConnected(), "still connected: " + locker.awaitClosed(Duration.ZERO));
            assertTrue(locker.receivedFrames().stream().anyMatch(f -> f.contains("\"reauthenticated\"")));
        }
    }

    @Test
    void reauthenticatingWithAnotherLockersTokenIsClosedWith4403() {
        try (SimulatedLocker locker = Demo.locker("L-0005", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            locker.sendRaw("{\"v\":1,\"type\":\"reauth\",\"locker\":\"L-0005\",\"seq\":" + System.currentTimeMillis() * 1000
                    + ",\"ts\":\"" + Instant.now() + "\",\"token\":\"" + Http.clientToken("locker-L-0006") + "\"}");
            CloseInfo close = locker.awaitClosed(WAIT).orElseThrow(() -> new AssertionError("the link stayed open"));
            assertEquals(CloseCodes.FORBIDDEN, close.code(), close.toString());
        }
        Operators.awaitAlarm("IMPERSONATION", "L-0005");
    }

    private static Instant expiryOf(String token) {
        return TokenExpiry.of(token);
    }
}
