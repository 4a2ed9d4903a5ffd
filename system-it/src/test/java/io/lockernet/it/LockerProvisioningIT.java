package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Commissioning a locker through the Core's operator API only: an installer enters it in their region and the Core
 * makes its Keycloak client (with the Keycloak admin client) and hands out its secret once; with that secret a locker
 * gets tokens and its Shepherd admits it. A new secret replaces the old at once. {@code ./lockernet add-locker} does
 * the same from the shell.
 */
class LockerProvisioningIT {

    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration LAUNCHER_PATIENCE = Duration.ofMinutes(2);

    @Test
    void anInstallerCommissionsALockerThatThenConnectsWithItsOwnSecret() throws Exception {
        String installer = Http.userToken("lockernet-admin-panel", "installer-north");
        // no retailer may use it: the staff apps' lists, which other tests count, stay as they are
        Http.Reply entered = Http.putJson(AREA + "lockers/L-0961", installer, Json.createObjectBuilder()
                .add("name", "Commissioned in the north").add("store", "acme-springfield").add("region", "north")
                .add("shepherd", "shepherd-1").add("fallback", "shepherd-2").build());
        assertTrue(entered.status() == 201 || entered.status() == 200, entered.body());

        Http.Reply issued = Http.post(AREA + "lockers/L-0961/credentials", installer);
        assertTrue(issued.status() == 201 || issued.status() == 200, issued.body());
        JsonObject credentials = issued.json();
        assertEquals("locker-L-0961", credentials.getString("clientId"));
        String secret = credentials.getString("secret");
        assertTrue(secret.length() >= 32, "a strong secret");
        assertTrue(credentials.getString("tokenUrl").endsWith("/realms/lockernet/protocol/openid-connect/token"));

        connects("L-0961", 1, secret, installer);

        // a new secret replaces the old one at once: the old one gets no token any more
        Http.Reply renewed = Http.post(AREA + "lockers/L-0961/credentials", installer);
        assertEquals(200, renewed.status(), renewed.body());
        String newSecret = renewed.json().getString("secret");
        assertNotEquals(secret, newSecret);
        assertEquals(401, LockerTokens.status("locker-L-0961", secret), "the old secret is refused");
        assertEquals(200, LockerTokens.status("locker-L-0961", newSecret), "the new one works");
    }

    @Test
    void anInstallerGetsNoAccountForALockerOutsideTheirRegions() {
        String installer = Http.userToken("lockernet-admin-panel", "installer-north");
        Http.Reply refused = Http.post(AREA + "lockers/L-0003/credentials", installer);
        assertEquals(403, refused.status(), refused.body());
        assertEquals(403, Http.post(AREA + "lockers/L-0003/credentials",
                Http.userToken("lockernet-admin-panel", "fleet-north")).status(), "nor does a fleet operator");
        Http.Reply unknown = Http.post(AREA + "lockers/L-NOPE/credentials", Http.userToken("lockernet-admin-panel",
                "operator"));
        assertEquals(404, unknown.status(), "a locker must be entered first: " + unknown.body());
        Http.Reply badRegion = Http.putJson(AREA + "lockers/L-0963", Http.userToken("lockernet-admin-panel",
                "operator"), Json.createObjectBuilder().add("name", "x").add("store", "acme-springfield")
                .add("region", "../south").add("shepherd", "shepherd-1").build());
        assertEquals(400, badRegion.status(), badRegion.body());
        assertTrue(badRegion.body().contains("a region is 1 to 40 lower-case letters"), badRegion.body());
        assertEquals(404, Http.get(AREA + "lockers/L-0963", Http.userToken("lockernet-admin-panel", "operator"))
                .status(), "nothing was entered");
    }

    @Test
    void theLauncherCommissionsALockerThroughTheSameApi() throws Exception {
        Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-locker", "L-0962", "--name", "From the shell",
                "--store", "bravo-capital", "--region", "south", "--shepherd", "shepherd-2", "--retailers", "bravo");
        assertEquals(0, added.exitCode(), added.output());
        assertTrue(added.output().contains("client locker-L-0962"), added.output());
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        JsonObject entered = Http.get(AREA + "lockers/L-0962", operator).json();
        assertEquals("south", entered.getString("region"));
        assertEquals("bravo", entered.getJsonArray("retailers").getString(0));
        try {
            // the launcher kept the secret where the launcher's secrets are, for the locker (and the simulator)
            connects("L-0962", 2, Demo.secretOf("locker-L-0962"), operator);
        } finally {
            // bravo's staff apps, which other tests count, do not keep it
            Http.putJson(AREA + "lockers/L-0962", operator, Json.createObjectBuilder().add("name", "From the shell")
                    .add("store", "bravo-capital").add("shepherd", "shepherd-2").build());
        }
    }

    /** A simulated locker with this secret is admitted by its Shepherd, and the Core sees it online. */
    private static void connects(String id, int shepherd, String secret, String operator) {
        try (SimulatedLocker locker = Demo.locker(id, shepherd, TokenSource.clientCredentials(Demo.REALM,
                "locker-" + id, secret))) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), id + " welcomed by shepherd-" + shepherd);
            Await.until(id + " online", WAIT, () -> Optional.of(Http.get(AREA + "lockers/" + id + "/health", operator)
                    .json()).filter(h -> h.getBoolean("online")));
        }
    }
}
