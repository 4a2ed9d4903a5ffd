package io.lockernet.it;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;

/** The Core's open alarms as an operator reads them through the operator API. */
final class OperatorAlarms {

    private OperatorAlarms() {
    }

    /** How often refusals of this subject were counted on open alarms so far (0 if there is none). */
    static long times(String subjectStart) {
        return Http.get(Demo.HTTP + "/core/api/operator/alarms", Http.userToken("lockernet-admin-panel", "operator"))
                .structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals("REFUSED_REQUEST"))
                .filter(a -> a.getString("subject", "").startsWith(subjectStart))
                .mapToLong(a -> a.getJsonNumber("times").longValue()).sum();
    }

    /** Waits until alarms of this subject have counted at least {@code atLeast} refusals. */
    static void awaitTimes(String subjectStart, long atLeast) {
        Await.until(atLeast + " refusals counted on an alarm '" + subjectStart + "…'", Duration.ofSeconds(30),
                () -> times(subjectStart) >= atLeast ? Optional.of(true) : Optional.empty());
    }

    /** Resolves the open refusal alarms of this subject (a test's own caller, gone again). */
    static void resolve(String subjectStart, String resolution) {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.get(Demo.HTTP + "/core/api/operator/alarms", operator).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("subject", "").startsWith(subjectStart))
                .forEach(a -> Http.postJson(Demo.HTTP + "/core/api/operator/alarms/" + a.getJsonNumber("id") + "/resolution",
                        operator, Json.createObjectBuilder().add("resolution", resolution).build()));
    }

    /** How many open alarms there are for refusals of this subject. */
    static long count(String subjectStart) {
        return Http.get(Demo.HTTP + "/core/api/operator/alarms", Http.userToken("lockernet-admin-panel", "operator"))
                .structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals("REFUSED_REQUEST"))
                .filter(a -> a.getString("subject", "").startsWith(subjectStart))
                .count();
    }
}
