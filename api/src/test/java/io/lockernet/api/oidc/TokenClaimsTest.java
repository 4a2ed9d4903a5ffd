package io.lockernet.api.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    private static TokenClaims claims(String payload) {
        JsonObject json = Json.createReader(new StringReader(payload)).readObject();
        return TokenClaims.ofPayload(json);
    }

    @Test
    void theRetailerComesFromTheRetailerGroupOnly() {
        TokenClaims claims = claims("{\"sub\":\"s-1\",\"azp\":\"partner-acme\","
                + "\"groups\":[\"/retailers/acme\",\"/regions/north\",\"/retailers/acme/stores/x\"]}");
        assertEquals(List.of("acme"), claims.retailers());
        assertEquals("acme", claims.retailer().orElseThrow());
        assertEquals("partner-acme", claims.client());
    }

    @Test
    void someoneInTwoRetailersHasNoSingleRetailer() {
        assertTrue(claims("{\"groups\":[\"/retailers/acme\",\"/retailers/bravo\"]}").retailer().isEmpty());
    }

    @Test
    void realmRolesAreRead() {
        assertEquals(List.of("store-employee"), claims("{\"realm_access\":{\"roles\":[\"store-employee\"]}}").realmRoles());
    }

    @Test
    void aPrincipalTheContainerDidNotAuthenticateThroughOidcHasNoClaims() {
        Principal handMade = () -> "partner-bravo";
        assertThrows(TokenClaims.NotSignedInException.class, () -> TokenClaims.of(handMade));
        assertThrows(TokenClaims.NotSignedInException.class, () -> TokenClaims.of(null));
    }
}
