package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Command;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A roller-shutter compartment, laid out with the layout wizard's API and drawn so by the staff app's 3D model (in
 * Chromium): an open raises the shutter, which stays up
 * (the impulse stays DOOR_OPEN) until the retailer closes it; the close goes to the locker as a {@code close} command
 * with the same impulse id, and the shutter's door-closed ends the impulse. A hinged door is not closed by command.
 */
class RollerShutterIT {

    private static final String OPERATOR_AREA = Demo.APP + "/core/api/operator/";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LOCKER = "L-0974";

    @Test
    void aRaisedShutterStaysUpUntilItIsClosedByCommandWhichEndsItsImpulse() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        // bravo may use it while the test runs; its staff app's lists get it back as they were at the end
        enter(operator, true);
        try {
            String secret = Http.post(OPERATOR_AREA + "lockers/" + LOCKER + "/credentials", operator).json()
                    .getString("secret");
            Http.Reply laidOut = Http.postJsonText(OPERATOR_AREA + "lockers/" + LOCKER + "/layouts", operator,
                    "{\"modules\":[{\"kind\":\"control\",\"compartments\":[{\"name\":\"A1\",\"type\":\"m\"}]},"
                            + "{\"kind\":\"wide\",\"compartments\":[{\"name\":\"B1\",\"type\":\"roller-shutter\"}]}]}");
            assertEquals(201, laidOut.status(), laidOut.body());
            List<Command> commands = new CopyOnWriteArrayList<>();
            try (SimulatedLocker locker = Demo.locker(LOCKER, 1, TokenSource.clientCredentials(Demo.REALM,
                    "locker-" + LOCKER, secret)).onReceived(Command.class, commands::add)) {
                locker.connect().join();
                assertTrue(locker.awaitWelcome(WAIT), "welcomed");
                Await.until("the layout applied", WAIT, () -> Optional.of(Http.get(OPERATOR_AREA + "lockers/"
                        + LOCKER + "/layouts/current", operator).json()).filter(l -> l.getString("state")
                        .equals("APPLIED")));

                // the staff app's 3D model is drawn from the layout: two modules, the shutter in the second
                try (Browser browser = Browser.start()) {
                    browser.open(Demo.APP + "/partner-bravo/lockers.xhtml");
                    browser.signIn("bravo-employee", Demo.PASSWORD);
                    browser.click("the locker", By.xpath("//a[contains(@class,'locker-link') and text()='" + LOCKER
                            + "']"));
                    browser.untilScript("the 3D model of " + LOCKER + " drawn from its layout", "const v = "
                            + "window.lockerViews && window.lockerViews[arguments[0]]; return !!v && v.webgl "
                            + "&& v.frames > 10 && v.compartments.size === 2 && v.compartments.has('B1') "
                            + "&& v.compartments.get('B1').view.special === 'ROLLER_SHUTTER' "
                            + "&& v.compartments.get('B1').view.module === 2 "
                            + "&& v.compartments.get('B1').view.heightMm === 1800;", LOCKER);

                    String bravo = Http.clientToken("partner-bravo");
                    String shutter = open(bravo, "B1");
                    Await.until("the shutter up", WAIT, () -> state(bravo, shutter).filter("DOOR_OPEN"::equals));
                    String hinged = open(bravo, "A1");
                    List<String> up = Http.get(IMPULSES + "/raised-shutters?locker=" + LOCKER, bravo).structure()
                            .asJsonArray().stream().map(i -> i.asJsonObject().getString("id")).toList();
                    assertTrue(up.contains(shutter) && !up.contains(hinged), "the shutter is up, the hinged door "
                            + "is no shutter: " + up);
                    assertEquals(List.of(), Http.get(IMPULSES + "/raised-shutters?locker=" + LOCKER,
                            Http.clientToken("partner-acme")).structure().asJsonArray(), "not another retailer's");
                    Http.Reply unnamed = Http.get(IMPULSES + "/raised-shutters", bravo);
                    assertEquals(400, unnamed.status(), unnamed.body());
                    assertTrue(unnamed.contentType().startsWith("application/problem+json")
                            && unnamed.body().contains("name the locker"), unnamed.body());

                    Http.Reply refused = Http.post(IMPULSES + "/" + hinged + "/close", bravo);
                    assertEquals(409, refused.status(), refused.body());
                    assertTrue(refused.body().contains("has no roller shutter"), refused.body());
                    assertEquals("DOOR_OPEN", state(bravo, shutter).orElseThrow(), "still up: nobody closes it");

                    Http.Reply closed = Http.post(IMPULSES + "/" + shutter + "/close", bravo);
                    assertEquals(202, closed.status(), closed.body());
                    Await.until("the shutter down, its impulse ended", WAIT, () -> state(bravo, shutter)
                            .filter("DOOR_CLOSED"::equals));
                    assertEquals(List.of("open", "close"), commands.stream().filter(c -> c.impulse().equals(shutter))
                            .map(Command::action).toList(), "one impulse, raised and lowered");

                    Http.Reply again = Http.post(IMPULSES + "/" + shutter + "/close", bravo);
                    assertEquals(409, again.status(), "an ended impulse has no shutter up: " + again.body());
                    assertEquals(404, Http.post(IMPULSES + "/" + shutter + "/close", Http.clientToken("partner-acme"))
                            .status(), "another retailer's impulse is not found");

                    // a store employee lowers a shutter from the staff app
                    String raised = open(bravo, "B1");
                    Await.until("the shutter up again", WAIT, () -> state(bravo, raised).filter("DOOR_OPEN"::equals));
                    browser.open(Demo.APP + "/partner-bravo/lockers.xhtml?locker=" + LOCKER);
                    browser.click("Close the shutter", By.cssSelector("tr.shutter-B1 button"));
                    browser.text("the shutter closing", By.id("shutter-done"), "The shutter of " + LOCKER
                            + " B1 is closing");
                    Await.until("the shutter down", WAIT, () -> state(bravo, raised).filter("DOOR_CLOSED"::equals));
                    assertEquals(List.of("open", "close"), commands.stream().filter(c -> c.impulse().equals(raised))
                            .map(Command::action).toList(), "lowered by the staff app's button");
                }
            }
        } finally {
            enter(operator, false);
        }
    }

    private static String open(String bravo, String compartment) {
        Http.Reply opened = Http.postJson(IMPULSES, bravo, Json.createObjectBuilder().add("locker", LOCKER)
                .add("compartment", compartment).add("requestedBy", "it-roller-shutter").build());
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getString("id");
    }

    private static Optional<String> state(String token, String impulse) {
        JsonObject view = Http.get(IMPULSES + "/" + impulse, token).json();
        return Optional.of(view.getString("state"));
    }

    private static void enter(String operator, boolean forBravo) {
        var body = Json.createObjectBuilder().add("name", "Roller shutter").add("store", "bravo-capital")
                .add("region", "south").add("shepherd", "shepherd-1");
        if (forBravo) {
            body.add("retailers", Json.createArrayBuilder().add("bravo"));
        }
        Http.Reply entered = Http.putJson(OPERATOR_AREA + "lockers/" + LOCKER, operator, body.build());
        assertTrue(entered.status() == 201 || entered.status() == 200, entered.body());
    }
}
