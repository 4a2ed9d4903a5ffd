package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Partner Admin reads the retailer's own Partner DB: technicians see customers masked, the privacy officer sees
 * them in full, and each such view is logged where the privacy officer can read it.
 */
@OnEveryDatabase
class PartnerAdminIT {

    private static final String ADMIN = Demo.APP + "/partner-admin-acme/api/";

    @Test
    void techniciansSeeCustomersMaskedThePrivacyOfficerInFullAndLogged() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "ned-" + run + "@example.invalid";
        String reference = "PA-" + run;
        String employee = Http.userToken("partner-acme", "acme-employee");
        assertEquals(201, Http.putJson(Demo.APP + "/partner-acme/api/products/RAKE-" + run, employee,
                Json.createObjectBuilder().add("name", "Rake").add("lengthMm", 500).add("widthMm", 100)
                        .add("heightMm", 50).add("weightGrams", 700).build()).status());
        assertEquals(201, Http.postJson(Demo.APP + "/partner-acme/api/orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", "Ned Flanders").add("email", email)
                        .add("phone", "+1 555 0199"))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "RAKE-" + run)
                        .add("quantity", 1)))
                .build()).status());

        String tech = Http.userToken("partner-admin-acme", "acme-tech");
        Http.Reply masked = Http.get(ADMIN + "orders", tech);
        assertEquals(200, masked.status(), masked.body());
        JsonObject seenByTech = order(masked, reference);
        assertEquals("N** F*******", seenByTech.getString("customerName"));
        assertEquals("n" + "*".repeat(("ned-" + run).length() - 1) + "@*******.invalid",
                seenByTech.getString("customerEmail"));
        assertEquals("*********99", seenByTech.getString("customerPhone"));
        assertFalse(masked.body().contains(email), "the address appears nowhere in the technician's answer");
        assertEquals(403, Http.get(ADMIN + "privacy-log", tech).status(), "the log is not the technicians'");

        String privacy = Http.userToken("partner-admin-acme", "acme-privacy");
        JsonObject seenInFull = order(Http.get(ADMIN + "orders", privacy), reference);
        assertEquals("Ned Flanders", seenInFull.getString("customerName"));
        assertEquals(email, seenInFull.getString("customerEmail"));
        assertFalse(seenInFull.getBoolean("masked"));

        JsonObject logged = Http.get(ADMIN + "privacy-log", privacy).structure().asJsonArray().getJsonObject(0);
        assertEquals("acme-privacy", logged.getString("viewer"));
        assertTrue(logged.getString("orders").contains(reference), logged.toString());

        String bravoPrivacy = Http.userToken("partner-admin-acme", "bravo-privacy");
        assertEquals(403, Http.get(ADMIN + "orders", bravoPrivacy).status(), "bravo's privacy officer is not acme's");
    }

    private static JsonObject order(Http.Reply reply, String reference) {
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> reference.equals(o.getString("reference"))).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + reply.body()));
    }
}
