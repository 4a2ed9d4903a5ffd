package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.simulator.locker.LockerListener;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The slow tiers, black-box: readings go through the history tier, figures come from the reports tier, and the
 * off-peak reconciliation files what it finds for an operator, through the Core's operator REST area.
 */
@OnEveryDatabase
class TiersIT {

    private static final String OPERATOR = OperatorReports.OPERATOR;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void vitalsAreRecordedOnceThoughReplayedAndShowInTheLockerReport() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        List<String> sent = new CopyOnWriteArrayList<>();
        try (SimulatedLocker locker = Demo.locker("L-0004", 2)) {
            locker.addListener(new LockerListener() {
                @Override
                public void frameSent(String lockerId, String frame) {
                    if (frame.contains("\"type\":\"vitals\"")) {
                        sent.add(frame);
                    }
                }
            });
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            int before = OperatorReports.vitals1h(operator, "L-0004", 0);
            for (int i = 0; i < 10; i++) {
                locker.reportVitals(20.0 + i, 24.0, 90, -70);
            }
            Await.until("10 vitals in the history", Duration.ofSeconds(30), () -> sent.size() == 10
                    ? Optional.of(sent) : Optional.empty());
            int recorded = OperatorReports.vitals1h(operator, "L-0004", before + 10);
            assertEquals(before + 10, recorded);

            sent.forEach(locker::sendRaw);  // a locker replaying its buffer after an outage
            locker.reportVitals(42.5, 24.0, 88, -70);
            JsonObject report = OperatorReports.awaitReport(operator, "L-0004",
                    r -> r.getInt("vitals1h") >= before + 11);
            assertEquals(before + 11, report.getInt("vitals1h"), "the replayed frames were recorded once");
            assertEquals(42.5, report.getJsonNumber("lastTemperatureC").doubleValue(), 0.001);
        }
    }

    @Test
    void theReconciliationFilesADisagreementOnceAndAnOperatorResolvesIt() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        try (SimulatedLocker locker = Demo.locker("L-0004", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            // the occupancy sensor sees something in B2, which the Core has as AVAILABLE
            locker.sense("B2", SensorEvent.Kind.OCCUPANCY, true);
            JsonObject item = awaitReviewItem(operator, "L-0004/B2");
            assertEquals("OCCUPANCY_MISMATCH", item.getString("kind"));

            // a later run finds B3 as well (so it has run), and files B2 no second time
            locker.sense("B3", SensorEvent.Kind.OCCUPANCY, true);
            awaitReviewItem(operator, "L-0004/B3");
            assertEquals(1, openItems(operator, "L-0004/B2"), "the same finding is filed once");

            Http.Reply resolved = Http.postJson(OPERATOR + "/review-items/" + item.getJsonNumber("id").longValue()
                    + "/resolution", operator, Json.createObjectBuilder()
                    .add("resolution", "checked on site: a forgotten umbrella, removed").build());
            assertEquals(200, resolved.status(), resolved.body());
            assertEquals("operator", resolved.json().getString("resolvedBy"));
            assertEquals(0, openItems(operator, "L-0004/B2"));

            locker.sense("B2", SensorEvent.Kind.OCCUPANCY, false);
            locker.sense("B3", SensorEvent.Kind.OCCUPANCY, false);
        }
    }

    @Test
    void theOperatorAreaIsForOperatorsOnly() {
        assertEquals(401, Http.get(OPERATOR + "/review-items", null).status());
        Http.Reply employee = Http.get(OPERATOR + "/review-items", Http.clientToken("partner-acme"));
        assertEquals(403, employee.status(), employee.body());
        assertTrue(employee.contentType().startsWith("application/problem+json"), employee.contentType());
    }

    /** Waits for a finding, starting a reconciliation now and again (the readings reach the Core asynchronously). */
    private static JsonObject awaitReviewItem(String operator, String subject) {
        OperatorReports.Reasker reconcile = new OperatorReports.Reasker(OPERATOR + "/reconciliations", operator);
        return Await.until("an open review item for " + subject, WAIT, () -> {
            reconcile.askNowAndThen();
            return openItemsOf(operator, subject).stream().findFirst();
        });
    }

    private static int openItems(String operator, String subject) {
        return openItemsOf(operator, subject).size();
    }

    private static List<JsonObject> openItemsOf(String operator, String subject) {
        return Http.get(OPERATOR + "/review-items?open=true", operator).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> subject.equals(i.getString("subject", null)))
                .toList();
    }
}
