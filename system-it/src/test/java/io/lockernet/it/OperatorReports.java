package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** The Core's locker reports as an operator reads them: refreshed on request, waited for with a deadline. */
final class OperatorReports {

    static final String OPERATOR = Demo.APP + "/core/api/operator";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private OperatorReports() {
    }

    /** Asks for refreshes and waits for a report of the locker, refreshed from now on, that satisfies the condition. */
    static JsonObject awaitReport(String operator, String locker, Predicate<JsonObject> condition) {
        Instant asked = Instant.now().minusSeconds(1);
        Reasker refresh = new Reasker(OPERATOR + "/reports/lockers/refresh", operator);
        return Await.until("a report of " + locker + " refreshed after " + asked, WAIT, () -> {
            refresh.askNowAndThen();
            return Http.get(OPERATOR + "/reports/lockers", operator).structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("locker").equals(locker))
                    .filter(r -> Instant.parse(r.getString("refreshedAt")).isAfter(asked))
                    .filter(condition)
                    .findFirst();
        });
    }

    /** The number of vitals recorded for the locker in the last hour, once it is at least {@code atLeast}. */
    static int vitals1h(String operator, String locker, int atLeast) {
        return awaitReport(operator, locker, r -> r.getInt("vitals1h") >= atLeast).getInt("vitals1h");
    }

    /** Asks the Core for work on a slow tier at once, then every few seconds, not on every poll. */
    static final class Reasker {
        private final String url;
        private final String token;
        private Instant last = Instant.MIN;

        Reasker(String url, String token) {
            this.url = url;
            this.token = token;
        }

        void askNowAndThen() {
            if (last.plusSeconds(3).isBefore(Instant.now())) {
                assertEquals(202, Http.post(url, token).status(), url);
                last = Instant.now();
            }
        }
    }
}
