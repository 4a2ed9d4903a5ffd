package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Hello;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A locker's layout from the operator API to the locker and back: saved as a version, sent in a {@code configure}
 * frame (at once to an online locker, after the {@code hello} of one that was offline), applied by the simulated
 * locker, which then reports the version in its {@code hello}; the Core's compartments become the layout's. A layout
 * that breaks a rule is answered 422 with every problem and nothing is kept.
 */
class LockerLayoutIT {

    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Commissioned once per run, in the north, used by no retailer (the staff apps' lists stay as they are). */
    private static final String LOCKER = "L-0971";
    private static String secret;

    @BeforeAll
    static void commission() {
        String installer = installer();
        Http.Reply entered = Http.putJson(AREA + "lockers/" + LOCKER, installer, Json.createObjectBuilder()
                .add("name", "Laid out in the north").add("store", "acme-springfield").add("region", "north")
                .add("shepherd", "shepherd-1").build());
        assertTrue(entered.status() == 201 || entered.status() == 200, entered.body());
        Http.Reply issued = Http.post(AREA + "lockers/" + LOCKER + "/credentials", installer);
        assertTrue(issued.status() == 201 || issued.status() == 200, issued.body());
        secret = issued.json().getString("secret");
    }

    @Test
    void aLayoutSavedForAnOnlineLockerIsAppliedThereAndReportedInItsNextHello() {
        List<Hello> hellos = new CopyOnWriteArrayList<>();
        try (SimulatedLocker locker = simulated().onSent(Hello.class, hellos::add)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "welcomed");

            Http.Reply saved = Http.postJsonText(AREA + "lockers/" + LOCKER + "/layouts", installer(), layout(
                    module("control", "xs", "s", "m", "low"), module("wide", "xl", "l", "low"),
                    module("wide", "roller-shutter")));
            assertEquals(201, saved.status(), saved.body());
            String version = saved.json().getString("configVersion");
            assertEquals("layout-v" + saved.json().getInt("version"), version);

            JsonObject applied = Await.until("the locker applies " + version, WAIT, () -> Optional.of(
                    Http.get(AREA + "lockers/" + LOCKER + "/layouts/current", installer()).json())
                    .filter(current -> current.getString("state").equals("APPLIED")));
            assertEquals(version, applied.getString("configVersion"));
            assertTrue(locker.receivedFrames().stream().anyMatch(f -> f.contains("\"type\":\"configure\"")
                    && f.contains(version)), "the locker was sent a configure frame");

            List<JsonObject> compartments = Http.get(AREA + "lockers/" + LOCKER + "/compartments", installer())
                    .structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
            assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "C1"), compartments.stream()
                    .map(c -> c.getString("name")).toList(), "the Core's compartments are the layout's, the default "
                    + "layout's B4 gone");
            JsonObject shutter = compartments.get(7);
            assertEquals("XXL", shutter.getString("size"));
            assertEquals("ROLLER_SHUTTER", shutter.getString("special"));
            assertEquals(3, shutter.getInt("module"));
            assertTrue(compartments.get(3).getBoolean("lowHeight"), "A4 is low");
            assertFalse(compartments.get(4).getBoolean("lowHeight"), "B1's top is 1440 mm up: out of a wheelchair "
                    + "user's reach");
            assertEquals(600, compartments.get(4).getInt("widthMm"), "B1 is in a wide module");

            hellos.clear();
            locker.outage(Duration.ofMillis(200));
            Hello next = Await.until("the hello after the outage", WAIT, () -> hellos.stream().findFirst());
            assertEquals(version, next.configVersion(), "the locker reports the version it applied");
            assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "C1"), next.compartments().stream()
                    .map(c -> c.name()).toList());
            Await.until("the Core records the version from the hello", WAIT, () -> Optional.of(
                    Http.get(AREA + "lockers/" + LOCKER, installer()).json())
                    .filter(l -> version.equals(l.getString("configVersion", null))));
        }
    }

    @Test
    void aLockerThatWasOfflineGetsItsLayoutAfterItsHello() {
        Http.Reply saved = Http.postJsonText(AREA + "lockers/" + LOCKER + "/layouts", installer(), layout(
                module("control", "s", "s", "m", "l"), module("narrow", "m", "m", "l", "l")));
        assertEquals(201, saved.status(), saved.body());
        String version = saved.json().getString("configVersion");
        assertEquals("SENT", saved.json().getString("state"), "not applied while the locker is away");

        // a locker that does not have it (a new one, or one that lost its memory) says hello with another version
        try (SimulatedLocker locker = simulated()) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "welcomed");
            Await.until("the locker applies " + version + " after its hello", WAIT, () -> Optional.of(
                    Http.get(AREA + "lockers/" + LOCKER + "/layouts/current", installer()).json())
                    .filter(current -> current.getString("state").equals("APPLIED")));
            List<String> names = Http.get(AREA + "lockers/" + LOCKER + "/compartments", installer())
                    .structure().asJsonArray().stream().map(c -> c.asJsonObject().getString("name")).toList();
            assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4"), names);
        }
    }

    @Test
    void aLayoutThatBreaksRulesIsAnsweredWithEveryProblemAndNothingIsKept() {
        Http.Reply before = Http.get(AREA + "lockers/" + LOCKER + "/layouts/current", installer());
        // two control modules, an XL in a narrow module, a name against the rule, a module that overflows
        String broken = layout(module("control", "xs"), module("narrow", "xl"),
                Json.createObjectBuilder().add("kind", "control").add("compartments", Json.createArrayBuilder()
                        .add(compartment("C9", "m"))).build(),
                module("wide", "xl", "xl", "xl", "m"));
        Http.Reply refused = Http.postJsonText(AREA + "lockers/" + LOCKER + "/layouts", installer(), broken);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        List<String> problems = refused.json().getJsonArray("problems").getValuesAs(JsonString::getString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("exactly one control module")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("B1 is XL, which needs a wide module")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("named 'C9'") && p.contains("it is C1")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("module D is 1800 mm high inside")),
                problems.toString());

        Http.Reply checked = Http.postJsonText(AREA + "lockers/" + LOCKER + "/layouts/check", installer(), broken);
        assertEquals(200, checked.status(), checked.body());
        assertEquals(problems, checked.json().getJsonArray("problems").getValuesAs(JsonString::getString),
                "the check finds what saving finds");

        Http.Reply after = Http.get(AREA + "lockers/" + LOCKER + "/layouts/current", installer());
        assertEquals(before.status(), after.status());
        if (before.status() == 200) {
            assertEquals(before.json().getInt("version"), after.json().getInt("version"), "no version was added");
        }
    }

    @Test
    void hostileBodiesAreAnsweredWithAProblemThatNamesNoClass() {
        String url = AREA + "lockers/" + LOCKER + "/layouts";
        for (String body : List.of("{\"modules\":[{\"kind\":\"control\",\"compartm", "{\"modules\":\"all of them\"}",
                "[1,2,3]", "{\"modules\":[{\"kind\":7,\"compartments\":{}}]}", "")) {
            Http.Reply reply = Http.postJsonText(url, installer(), body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals("application/problem+json", reply.contentType(), body);
            assertFalse(reply.body().matches("(?s).*\\b(java|jakarta|io\\.lockernet|org)\\.[a-z].*"),
                    "names no class: " + reply.body());
        }
        // names of any length or content are only names that break the rule, shortened in the answer
        String hostileName = "<script>alert(1)</script>" + "x".repeat(5000);
        Http.Reply named = Http.postJsonText(url, installer(), layout(Json.createObjectBuilder().add("kind", "control")
                .add("compartments", Json.createArrayBuilder().add(compartment(hostileName, "s"))).build()));
        assertEquals(422, named.status(), named.body());
        assertTrue(named.body().length() < 2000, "the answer does not echo the whole name");
        // a locker with more modules than letters
        JsonObject[] many = new JsonObject[40];
        java.util.Arrays.fill(many, module("narrow", "s"));
        Http.Reply tooMany = Http.postJsonText(url, installer(), layout(many));
        assertEquals(422, tooMany.status(), tooMany.body());
        assertTrue(tooMany.body().contains("at most 26 modules"), tooMany.body());
        // an oversized body is refused before it is read
        String huge = "{\"modules\":[" + ",{\"kind\":\"narrow\",\"compartments\":[]}".repeat(40_000).substring(1) + "]}";
        Http.Reply oversized = Http.postJsonText(url, installer(), huge);
        assertTrue(oversized.status() == 413 || oversized.status() == 422, oversized.status() + " " + oversized.body());
        assertEquals(200, Http.get(AREA + "lockers/" + LOCKER, installer()).status(), "and the Core goes on serving");
    }

    @Test
    void onlyThoseWhoCommissionLockersInItsRegionMayLayOutALocker() {
        String good = layout(module("control", "s", "m"));
        assertEquals(403, Http.postJsonText(AREA + "lockers/L-0003/layouts", installer(), good).status(),
                "not in the installer's region");
        assertEquals(403, Http.postJsonText(AREA + "lockers/" + LOCKER + "/layouts", Http.userToken(
                "lockernet-admin-panel", "fleet-north"), good).status(), "fleet operators do not commission");
        assertEquals(403, Http.postJsonText(AREA + "lockers/" + LOCKER + "/layouts", Http.userToken(
                "lockernet-admin-panel", "auditor"), good).status(), "auditors change nothing");
        int read = Http.get(AREA + "lockers/" + LOCKER + "/layouts/current", Http.userToken("lockernet-admin-panel",
                "auditor")).status();
        assertTrue(read == 200 || read == 404, "auditors read: " + read);
    }

    private static SimulatedLocker simulated() {
        return Demo.locker(LOCKER, 1, TokenSource.clientCredentials(Demo.REALM, "locker-" + LOCKER, secret));
    }

    private static String installer() {
        return Http.userToken("lockernet-admin-panel", "installer-north");
    }

    /** A module whose compartments are named by the rule once its letter is known: see {@link #layout}. */
    private static JsonObject module(String kind, String... types) {
        JsonArrayBuilder compartments = Json.createArrayBuilder();
        for (String type : types) {
            compartments.add(compartment("?", type));
        }
        return Json.createObjectBuilder().add("kind", kind).add("compartments", compartments).build();
    }

    private static JsonObject compartment(String name, String type) {
        return Json.createObjectBuilder().add("name", name).add("type", type).build();
    }

    /** The layout's JSON, each compartment named "?" named by the rule (letter of its module, number from the top). */
    private static String layout(JsonObject... modules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int m = 0; m < modules.length; m++) {
            JsonArrayBuilder compartments = Json.createArrayBuilder();
            int number = 0;
            for (JsonValue c : modules[m].getJsonArray("compartments")) {
                number++;
                String name = c.asJsonObject().getString("name");
                compartments.add(compartment(name.equals("?") ? String.valueOf((char) ('A' + m)) + number : name,
                        c.asJsonObject().getString("type")));
            }
            array.add(Json.createObjectBuilder().add("kind", modules[m].getString("kind"))
                    .add("compartments", compartments));
        }
        return Json.createObjectBuilder().add("modules", array).build().toString();
    }
}
