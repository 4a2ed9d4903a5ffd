package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store manager's report: after a deposit and a pickup at acme-shelbyville (L-0002) the store's report counts both
 * and shows the parcel's dwell time; employees are refused, unknown stores and bad periods too. The test system's
 * retailers report in UTC.
 */
@OnEveryDatabase
class StoreReportsIT {

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final String LOCKER = "L-0002";
    private static final String STORE = "acme-shelbyville";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("Pickup code: (\\d{6})");

    @Test
    void aDepositAndAPickupShowInTheStoresReportWithTheDwellTime() throws Exception {
        String manager = Http.userToken("partner-acme", "acme-manager");
        String employee = Http.userToken("partner-acme", "acme-employee");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // a day either side, so that midnight during the test changes nothing
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        JsonObject before = report(manager, period);

        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "apu-" + run + "@example.invalid";
        String reference = "SR-" + run;
        assertEquals(201, Http.putJson(ACME + "products/SAW-" + run, employee, Json.createObjectBuilder()
                .add("name", "Hand saw").add("lengthMm", 380).add("widthMm", 150).add("heightMm", 40)
                .add("weightGrams", 700).add("packaging", "BOX").build()).status());
        assertEquals(201, Http.postJson(ACME + "orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", STORE)
                .add("customer", Json.createObjectBuilder().add("name", "Apu Nahasapeemapetilon").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "SAW-" + run)
                        .add("quantity", 1)))
                .build()).status());
        try (SimulatedLocker locker = Demo.locker(LOCKER, 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), LOCKER + " welcomed");
            JsonObject proposal = Await.until("a proposal for " + reference, WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference + "/proposal?locker=" + LOCKER, employee))
                    .filter(r -> r.status() == 200).map(Http.Reply::json));
            Http.Reply deposit = Http.postJson(ACME + "orders/" + reference + "/deposit", employee,
                    Json.createObjectBuilder().add("locker", LOCKER)
                            .add("compartment", proposal.getString("compartment")).build());
            assertEquals(200, deposit.status(), deposit.body());
            MimeMessage mail = Await.until("the pickup e-mail to " + customer, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(customer)).findFirst());
            Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
            assertTrue(code.find(), GreenMailUtil.getBody(mail));
            locker.enterCode(code.group(1));
            Await.until(reference + " collected", WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference, employee).json())
                    .filter(o -> "COLLECTED".equals(o.getString("state"))));
        }

        JsonObject after = report(manager, period);
        assertEquals(before.getInt("deposits") + 1, after.getInt("deposits"), after.toString());
        assertEquals(before.getInt("pickups") + 1, after.getInt("pickups"), after.toString());
        JsonObject dwell = after.getJsonObject("dwell");
        assertEquals(before.getJsonObject("dwell").getInt("count") + 1, dwell.getInt("count"), dwell.toString());
        assertTrue(dwell.getJsonNumber("maxMinutes").doubleValue() > 0, "a dwell time: " + dwell);
        assertTrue(dwell.getJsonNumber("p50Minutes").doubleValue() <= dwell.getJsonNumber("p90Minutes").doubleValue()
                && dwell.getJsonNumber("p90Minutes").doubleValue() <= dwell.getJsonNumber("maxMinutes").doubleValue());
        JsonObject day = after.getJsonArray("days").stream().map(JsonValue::asJsonObject)
                .filter(d -> today.toString().equals(d.getString("date"))).findFirst().orElseThrow();
        assertTrue(day.getInt("deposits") >= 1 && day.getInt("pickups") >= 1, "today's row counts them: " + day);
        assertEquals(3, after.getJsonArray("days").size(), "one row per day of the period");
        assertEquals(Json.createArrayBuilder().add(LOCKER).build(), after.getJsonArray("lockers"));
        JsonObject occupancy = after.getJsonObject("occupancy");
        assertEquals(8, occupancy.getInt("compartments"), occupancy.toString());
        assertEquals(8, occupancy.getJsonObject("byState").values().stream()
                .mapToInt(v -> Integer.parseInt(v.toString())).sum(), "every compartment has a state: " + occupancy);

        Http.Reply forEmployee = Http.get(ACME + "reports/stores/" + STORE + period, employee);
        assertEquals(403, forEmployee.status(), "reports are for store managers: " + forEmployee.body());
        assertTrue(forEmployee.contentType().startsWith("application/problem+json"), forEmployee.contentType());
        assertEquals(404, Http.get(ACME + "reports/stores/bravo-ogdenville" + period, manager).status(),
                "a store of another retailer is unknown here");
        assertEquals(404, Http.get(ACME + "reports/stores/nowhere" + period, manager).status());
        for (String bad : new String[] {"?from=2026-13-01&to=2026-12-31", "?from=yesterday&to=2026-12-31",
                "?to=2026-12-31", "?from=2026-12-02&to=2026-12-01", "?from=2025-01-01&to=2026-01-02"}) {
            Http.Reply refused = Http.get(ACME + "reports/stores/" + STORE + bad, manager);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
    }

    private static JsonObject report(String manager, String period) {
        Http.Reply report = Http.get(ACME + "reports/stores/" + STORE + period, manager);
        assertEquals(200, report.status(), report.body());
        return report.json();
    }
}
