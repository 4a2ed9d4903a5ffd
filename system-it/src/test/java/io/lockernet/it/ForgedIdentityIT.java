package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.TokenExpiry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Identity comes only from what the container verified, in every deployment that takes bearer tokens. The attack of
 * issue #11: a junk bearer header first and the caller's real token second made the Core read the retailer from the
 * junk (an unsigned token claiming bravo) while the container checked the real one (acme's). Each such request, and
 * each forged, tampered, expired or foreign token, is refused without data and counted on an operator alarm. Runs with
 * the H2 half of CI: nothing here depends on the database.
 */
class ForgedIdentityIT {

    /** One deployment's area: where it answers, with whose real token, and how operators see it named. */
    record Area(String name, String origin, String url, Supplier<String> token, String client) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Area> areas() {
        return Stream.of(
                new Area("Core partner area", "core.war", Demo.APP + "/core/api/partner/lockers",
                        () -> Http.clientToken("partner-acme"), "partner-acme"),
                new Area("Core Shepherd area", "core.war", Demo.APP + "/core/api/shepherd/lockers/L-0001/assignment",
                        () -> Http.clientToken("shepherd-1"), "shepherd-1"),
                new Area("Core operator area", "core.war", Demo.APP + "/core/api/operator/retailers",
                        () -> Http.userToken("lockernet-admin-panel", "operator"), "lockernet-admin-panel"),
                new Area("staff API", "partner-acme.war", Demo.APP + "/partner-acme/api/lockers",
                        () -> Http.userToken("partner-acme", "acme-employee"), "partner-acme"),
                new Area("Partner Admin API", "partner-admin-acme.war", Demo.APP + "/partner-admin-acme/api/orders",
                        () -> Http.userToken("partner-admin-acme", "acme-tech"), "partner-admin-acme"),
                new Area("Admin Panel", "admin.war", Demo.APP + "/admin/",
                        () -> Http.userToken("lockernet-admin-panel", "operator"), "lockernet-admin-panel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void aRealTokenBehindAJunkFirstHeaderIsRefusedWithoutData(Area area) {
        String token = area.token().get();
        assertEquals(200, Http.get(area.url(), token).status(), "the real token alone is accepted");
        String subject = area.origin() + ": malformed credentials from ";
        long before = OperatorAlarms.times(subject);

        Http.Reply reply = Http.getWithAuthorizations(area.url(), "Bearer " + Forgeries.junkFirstHeader("bravo"),
                "Bearer " + token);

        assertEquals(400, reply.status(), reply.body());
        assertProblemWithoutData(reply);
        assertTrue(reply.body().contains("one Authorization header"), reply.body());
        OperatorAlarms.awaitTimes(subject, before + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void unsignedTamperedAndForeignTokensAreRefusedAndCounted(Area area) {
        String subject = area.origin() + ": invalid credentials from unauthenticated callers";
        long before = OperatorAlarms.times(subject);
        Map<String, String> forgeries = Map.of(
                "unsigned", Forgeries.unsigned(area.client(), "bravo"),
                "tampered", Forgeries.tampered(area.token().get(), "bravo"),
                "other realm", Forgeries.otherRealm());

        forgeries.forEach((kind, forged) -> {
            Http.Reply reply = Http.get(area.url(), forged);
            assertEquals(401, reply.status(), kind + ": " + reply.body());
            assertProblemWithoutData(reply);
        });
        OperatorAlarms.awaitTimes(subject, before + forgeries.size());
        assertEquals(1, OperatorAlarms.count(subject), "one open alarm counts them all");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void aTokenInTheUrlIsRefused(Area area) {
        String token = area.token().get();
        Http.Reply both = Http.get(area.url() + "?access_token=" + token, token);
        assertEquals(400, both.status(), "a valid token in the URL is refused even beside a valid header: " + both.body());
        assertTrue(both.body().contains("not accepted in the URL"), both.body());
        assertProblemWithoutData(both);
    }

    @Test
    void expiredTokensAreRefusedEverywhere() {
        List<Area> areas = areas().toList();
        Map<String, String> lifespans = new java.util.HashMap<>();
        Map<Area, String> tokens = new java.util.LinkedHashMap<>();
        try {
            areas.stream().map(Area::client).distinct()
                    .forEach(client -> lifespans.put(client, KeycloakAdmin.tokenLifespan(client, "5")));
            areas.forEach(area -> tokens.put(area, area.token().get()));
        } finally {
            lifespans.forEach(KeycloakAdmin::tokenLifespan);
        }
        tokens.forEach((area, token) -> {
            Http.Reply reply = Http.get(area.url(), Forgeries.expired(token));
            assertEquals(401, reply.status(), area + ": " + reply.body());
            assertProblemWithoutData(reply);
        });
        Instant fresh = TokenExpiry.of(Http.clientToken("partner-acme"));
        assertTrue(fresh.isAfter(Instant.now().plusSeconds(60)), "the clients' lifespans are back: " + fresh);
    }

    private static void assertProblemWithoutData(Http.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertFalse(reply.body().contains("L-000"), "no locker of anyone's: " + reply.body());
    }

    /** A failed sign-in is recorded where operators can look it up (Keycloak's events, kept 30 days). */
    @Test
    void aFailedSignInIsRecordedByKeycloak() throws Exception {
        String who = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Demo.REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=password&client_id="
                                + "partner-acme&client_secret=" + Demo.secretOf("partner-acme") + "&username=" + who
                                + "&password=wrong"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body()); // OAuth's answer to a bad password grant
        assertTrue(refused.body().contains("invalid_grant"), refused.body());
        Await.until("the failed sign-in of " + who + " among Keycloak's events", java.time.Duration.ofSeconds(30),
                () -> KeycloakAdmin.events("LOGIN_ERROR").stream().map(jakarta.json.JsonValue::asJsonObject)
                        .filter(e -> e.containsKey("details")
                                && who.equals(e.getJsonObject("details").getString("username", null)))
                        .findFirst());
    }
}
