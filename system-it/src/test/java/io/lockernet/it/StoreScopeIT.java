package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff of one store reach that store only. The demo's {@code acme-springfield-employee} and
 * {@code acme-springfield-manager} are in the Keycloak group {@code /retailers/acme/stores/acme-springfield} (lockers
 * L-0001 and L-0006); {@code acme-employee} is in {@code /retailers/acme} and reaches every acme store, acme-shelbyville
 * (L-0002) among them. The live channel's share of this is in {@link StaffLiveIT}.
 */
@OnEveryDatabase
class StoreScopeIT {

    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final String SPRINGFIELD = "acme-springfield";
    private static final String SHELBYVILLE = "acme-shelbyville";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SPRINGFIELD_ORDER = "SS-SPR-" + RUN;
    private static final String SHELBYVILLE_ORDER = "SS-SHE-" + RUN;

    private static String headOffice;
    private static String springfield;
    private static String springfieldManager;

    @BeforeAll
    static void ordersAtTwoStores() {
        headOffice = Http.userToken("partner-acme", "acme-employee");
        springfield = Http.userToken("partner-acme", "acme-springfield-employee");
        springfieldManager = Http.userToken("partner-acme", "acme-springfield-manager");
        assertEquals(201, Http.putJson(ACME + "products/SS-" + RUN, headOffice, Json.createObjectBuilder()
                .add("name", "Pliers").add("lengthMm", 200).add("widthMm", 60).add("heightMm", 20)
                .add("weightGrams", 300).add("packaging", "BOX").build()).status());
        assertEquals(201, Http.postJson(ACME + "orders", headOffice, order(SPRINGFIELD_ORDER, SPRINGFIELD)).status());
        assertEquals(201, Http.postJson(ACME + "orders", headOffice, order(SHELBYVILLE_ORDER, SHELBYVILLE)).status());
    }

    @Test
    void storeStaffSeeOnlyTheirStoresLockers() {
        assertEquals(Set.of("L-0001", "L-0006"), lockerIds(springfield));
        assertTrue(lockerIds(headOffice).containsAll(Set.of("L-0001", "L-0002", "L-0006")), lockerIds(headOffice).toString());
    }

    @Test
    void storeStaffListOnlyTheirStoresOrdersAndAreRefusedAnotherStoresByName() {
        Set<String> listed = references(Http.get(ACME + "orders?state=OPEN", springfield));
        assertTrue(listed.contains(SPRINGFIELD_ORDER), listed.toString());
        assertTrue(!listed.contains(SHELBYVILLE_ORDER), listed.toString());
        assertTrue(references(Http.get(ACME + "orders?state=OPEN", headOffice)).contains(SHELBYVILLE_ORDER));

        assertForbidden(Http.get(ACME + "orders?state=OPEN&store=" + SHELBYVILLE, springfield), SHELBYVILLE);
        assertEquals(200, Http.get(ACME + "orders/" + SPRINGFIELD_ORDER, springfield).status());
        // another store's order is answered as one that does not exist: nothing to learn by trying references
        String none = Http.get(ACME + "orders/SS-NONE-" + RUN, springfield).json().getString("detail")
                .replace("SS-NONE-" + RUN, SHELBYVILLE_ORDER);
        assertHidden(Http.get(ACME + "orders/" + SHELBYVILLE_ORDER, springfield), none);
        assertHidden(Http.get(ACME + "orders/" + SHELBYVILLE_ORDER + "/proposal", springfield), none);
        assertHidden(Http.post(ACME + "orders/" + SHELBYVILLE_ORDER + "/extend", springfield), none);
        assertHidden(Http.post(ACME + "orders/" + SHELBYVILLE_ORDER + "/retrieve", springfield), none);
        assertHidden(Http.post(ACME + "orders/" + SHELBYVILLE_ORDER + "/return", springfield), none);
        assertHidden(Http.postJson(ACME + "orders/" + SHELBYVILLE_ORDER + "/deposit", springfield,
                Json.createObjectBuilder().add("locker", "L-0002").add("compartment", "A1").build()), none);
        assertEquals("OPEN", Http.get(ACME + "orders/" + SHELBYVILLE_ORDER, headOffice).json().getString("state"));
    }

    @Test
    void storeStaffCannotEnterAnOrderForAnotherStoreAndNothingIsWritten() {
        String reference = "SS-X-" + RUN;
        assertForbidden(Http.postJson(ACME + "orders", springfield, order(reference, SHELBYVILLE)), SHELBYVILLE);
        assertEquals(404, Http.get(ACME + "orders/" + reference, headOffice).status());
        assertEquals(201, Http.postJson(ACME + "orders", springfield, order(reference, SPRINGFIELD)).status());
    }

    @Test
    void storeStaffCannotOpenAnotherStoresLockerNorDepositIntoIt() {
        assertForbidden(Http.post(ACME + "lockers/L-0002/compartments/A1/open", springfield), "L-0002");
        assertForbidden(Http.postJson(ACME + "lockers/L-0002/compartments/A1/emergency-open", springfieldManager,
                Json.createObjectBuilder().add("reason", "a customer's child is shut inside").build()), "L-0002");
        // their own store's order, but another store's locker
        assertForbidden(Http.postJson(ACME + "orders/" + SPRINGFIELD_ORDER + "/deposit", springfield,
                Json.createObjectBuilder().add("locker", "L-0002").add("compartment", "A1").build()), "L-0002");
        // their own store's locker is theirs to open: whatever the Core answers (offline, say), the store scope let it by
        Http.Reply own = Http.post(ACME + "lockers/L-0006/compartments/A1/open", springfield);
        assertNotEquals(403, own.status(), own.body());
    }

    /**
     * Trying another store's things, by name or by reference, is counted for the operators like any refused request
     * (one alarm per caller), though the reference lookup is answered as if nothing were there.
     */
    @Test
    void storeStaffTryingAnotherStoresThingsAreCountedForTheOperators() {
        String subject = "partner-acme.war: forbidden from acme-springfield-employee";
        long before = OperatorAlarms.times(subject);
        assertForbidden(Http.get(ACME + "orders?state=OPEN&store=" + SHELBYVILLE, springfield), SHELBYVILLE);
        assertEquals(404, Http.get(ACME + "orders/" + SHELBYVILLE_ORDER, springfield).status());
        OperatorAlarms.awaitTimes(subject, before + 2);
    }

    @Test
    void storeManagersReportOnTheirStoresOnly() {
        String period = "?from=2026-01-01&to=2026-01-31";
        assertEquals(200, Http.get(ACME + "reports/stores/" + SPRINGFIELD + period, springfieldManager).status());
        assertForbidden(Http.get(ACME + "reports/stores/" + SHELBYVILLE + period, springfieldManager), SHELBYVILLE);
    }

    @Test
    void returnsAndTheRetrievalListAreNarrowedToTheirStores() {
        assertForbidden(Http.get(ACME + "returns?store=" + SHELBYVILLE, springfield), SHELBYVILLE);
        assertForbidden(Http.get(ACME + "parcels/expired?store=" + SHELBYVILLE, springfield), SHELBYVILLE);
        Http.Reply returns = Http.get(ACME + "returns", springfield);
        assertEquals(200, returns.status(), returns.body());
        assertTrue(returns.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .allMatch(r -> SPRINGFIELD.equals(r.getString("store", SPRINGFIELD))), returns.body());
        Http.Reply expired = Http.get(ACME + "parcels/expired", springfield);
        assertEquals(200, expired.status(), expired.body());
        assertTrue(expired.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .allMatch(p -> SPRINGFIELD.equals(p.getString("store"))), expired.body());
    }

    @Test
    void staffOfAStoreDoNotReachTheRetailerWideAdministration() {
        String username = "ss-tech-" + RUN;
        String id = KeycloakAdmin.createUser(username, "partner-tech", "/retailers/acme/stores/" + SPRINGFIELD);
        try {
            Http.Reply refused = Http.get(Demo.APP + "/partner-admin-acme/api/orders",
                    Http.userToken("partner-admin-acme", username));
            assertEquals(403, refused.status(), refused.body());
        } finally {
            KeycloakAdmin.deleteUser(id);
        }
    }

    private static void assertHidden(Http.Reply reply, String asIfMissing) {
        assertEquals(404, reply.status(), reply.body());
        assertEquals(asIfMissing, reply.json().getString("detail"), reply.body());
        assertTrue(!reply.body().contains(SHELBYVILLE), reply.body());
    }

    private static void assertForbidden(Http.Reply reply, String naming) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.json().getString("detail").contains(naming), reply.body());
    }

    private static Set<String> lockerIds(String token) {
        Http.Reply reply = Http.get(ACME + "lockers", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().stream().map(l -> l.asJsonObject().getString("id"))
                .collect(Collectors.toSet());
    }

    private static Set<String> references(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().stream().map(o -> o.asJsonObject().get("reference"))
                .map(v -> ((JsonString) v).getString()).collect(Collectors.toSet());
    }

    private static JsonObject order(String reference, String store) {
        return Json.createObjectBuilder().add("reference", reference).add("store", store)
                .add("customer", Json.createObjectBuilder().add("name", "Cletus Spuckler")
                        .add("email", "cletus-" + RUN + "@example.invalid"))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "SS-" + RUN)
                        .add("quantity", 1)))
                .build();
    }
}
