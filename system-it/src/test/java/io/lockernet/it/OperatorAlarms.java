package io.lockernet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The Core's open alarms as an operator reads them through the operator API. */
final class OperatorAlarms {

    private static final String ALARMS = Demo.APP + "/core/api/operator/alarms";
    /** Renewed well before the token's 300 s run out. */
    private static final Duration TOKEN_KEPT = Duration.ofSeconds(200);
    private static String token;
    private static java.time.Instant tokenTaken = java.time.Instant.MIN;

    private OperatorAlarms() {
    }

    /** How often refusals of this subject were counted on open alarms so far (0 if there is none). */
    static long times(String subjectStart) {
        return times("REFUSED_REQUEST", subjectStart);
    }

    /** How often alarms of this kind about this subject were counted while open (0 if there is none). */
    static long times(String kind, String subjectStart) {
        return open(kind, a -> a.getString("subject", "").startsWith(subjectStart)).stream()
                .mapToLong(a -> a.getJsonNumber("times").longValue()).sum();
    }

    /** Waits until alarms of this subject have counted at least {@code atLeast} refusals. */
    static void awaitTimes(String subjectStart, long atLeast) {
        awaitTimes("REFUSED_REQUEST", subjectStart, atLeast);
    }

    static void awaitTimes(String kind, String subjectStart, long atLeast) {
        Await.until(atLeast + " counted on a " + kind + " alarm '" + subjectStart + "…'", Duration.ofSeconds(30),
                () -> times(kind, subjectStart) >= atLeast ? Optional.of(true) : Optional.empty());
    }

    /** How often alarms of this kind about this locker were counted while open (0 if there is none). */
    static long timesForLocker(String kind, String locker) {
        return open(kind, a -> locker.equals(a.getString("locker", null))).stream()
                .mapToLong(a -> a.getJsonNumber("times").longValue()).sum();
    }

    static void awaitTimesForLocker(String kind, String locker, long atLeast) {
        Await.until(atLeast + " counted on a " + kind + " alarm of " + locker, Duration.ofSeconds(30),
                () -> timesForLocker(kind, locker) >= atLeast ? Optional.of(true) : Optional.empty());
    }

    /** Waits for an open alarm of this kind about this locker. */
    static JsonObject awaitForLocker(String kind, String locker) {
        return Await.until("an open " + kind + " alarm for " + locker, Duration.ofSeconds(30),
                () -> open(kind, a -> locker.equals(a.getString("locker", null))).stream().findFirst());
    }

    /** How many open alarms there are for refusals of this subject. */
    static long count(String subjectStart) {
        return open("REFUSED_REQUEST", a -> a.getString("subject", "").startsWith(subjectStart)).size();
    }

    /** Resolves the open refusal alarms of this subject (a test's own caller, gone again). */
    static void resolve(String subjectStart, String resolution) {
        String operator = operatorToken();
        open("REFUSED_REQUEST", a -> a.getString("subject", "").startsWith(subjectStart))
                .forEach(a -> Http.postJson(ALARMS + "/" + a.getJsonNumber("id") + "/resolution", operator,
                        Json.createObjectBuilder().add("resolution", resolution).build()));
    }

    /** Resolves the open alarms of this kind about this locker (an earlier run's, or the test's own). */
    static void resolveForLocker(String kind, String locker, String resolution) {
        String operator = operatorToken();
        open(kind, a -> locker.equals(a.getString("locker", null)))
                .forEach(a -> Http.postJson(ALARMS + "/" + a.getJsonNumber("id") + "/resolution", operator,
                        Json.createObjectBuilder().add("resolution", resolution).build()));
    }

    private static List<JsonObject> open(String kind, Predicate<JsonObject> which) {
        return Http.get(ALARMS, operatorToken()).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals(kind))
                .filter(which)
                .toList();
    }

    /**
     * One sign-in serves many polls, as one operator's console would: a sign-in per poll (several a second while a
     * test waits) got the demo operator temporarily disabled by Keycloak's brute-force protection, once, with no
     * failed sign-in logged before it.
     */
    private static synchronized String operatorToken() {
        if (token == null || java.time.Instant.now().isAfter(tokenTaken.plus(TOKEN_KEPT))) {
            token = Http.userToken("lockernet-admin-panel", "operator");
            tokenTaken = java.time.Instant.now();
        }
        return token;
    }
}
