package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How often the demo signs its managers in: Keycloak disabled a demo user that signed in many times a second, so a
 * token is kept, refreshed while the session lasts, and a refused sign-in is not repeated at once.
 */
class StaffTokenTest {

    private static final Instant START = Instant.parse("2026-12-03T12:00:00Z");

    private final List<Map<String, String>> grants = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private boolean refuse;
    private int issued;

    private final StaffToken token = new StaffToken(form -> {
        grants.add(form);
        if (refuse) {
            throw new StaffApiException("Keycloak refused: HTTP 401", 401);
        }
        issued++;
        return response("token-" + issued, 300, 1800);
    }, "partner-acme", () -> "client-secret", "acme-manager", () -> "demo-password", clock);

    @Test
    void aTokenIsKeptUntilShortlyBeforeItExpires() {
        assertEquals("token-1", token.bearer());
        clock.now = START.plusSeconds(300).minus(StaffToken.RENEW_BEFORE_EXPIRY).minusSeconds(1);

        assertEquals("token-1", token.bearer());
        assertEquals(1, grants.size());
        assertEquals(Map.of("grant_type", "password", "client_id", "partner-acme", "client_secret", "client-secret",
                "username", "acme-manager", "password", "demo-password"), grants.get(0));
    }

    @Test
    void anExpiringTokenIsRenewedWithTheRefreshTokenNotThePassword() {
        token.bearer();
        clock.now = START.plusSeconds(290);

        assertEquals("token-2", token.bearer());
        assertEquals("refresh_token", grants.get(1).get("grant_type"));
        assertEquals("refresh-token-1", grants.get(1).get("refresh_token"));
    }

    @Test
    void afterTheSessionEndsTheManagerSignsInAgain() {
        token.bearer();
        clock.now = START.plusSeconds(1800);

        assertEquals("token-2", token.bearer());
        assertEquals("password", grants.get(1).get("grant_type"));
    }

    @Test
    void aRefusedSignInIsNotRepeatedForAMinute() {
        refuse = true;
        assertThrows(StaffApiException.class, token::bearer);
        clock.now = START.plus(StaffToken.AFTER_FAILURE).minusSeconds(1);
        refuse = false;

        assertThrows(StaffApiException.class, token::bearer);
        assertEquals(1, grants.size(), "Keycloak was not asked again");
        clock.now = START.plus(StaffToken.AFTER_FAILURE);
        assertEquals("token-1", token.bearer());
    }

    @Test
    void aTokenTheApiRefusedIsForgotten() {
        token.bearer();
        token.forget();

        assertEquals("token-2", token.bearer());
        assertEquals("password", grants.get(1).get("grant_type"));
    }

    @Test
    void aGrantWithoutARefreshTokenIsRenewedBySigningIn() {
        StaffToken.Grant grant = StaffToken.Grant.of(Json.createObjectBuilder().add("access_token", "a")
                .add("expires_in", 60).build(), START);

        assertEquals(null, grant.refresh());
        assertEquals(START.plusSeconds(60).minus(StaffToken.RENEW_BEFORE_EXPIRY), grant.accessRenewAt());
    }

    private JsonObject response(String access, int expiresIn, int refreshExpiresIn) {
        return Json.createObjectBuilder().add("access_token", access).add("expires_in", expiresIn)
                .add("refresh_token", "refresh-" + access).add("refresh_expires_in", refreshExpiresIn).build();
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
