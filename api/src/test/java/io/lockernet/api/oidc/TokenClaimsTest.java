package io.lockernet.api.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    private static String jwt(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void theRetailerComesFromTheRetailerGroupOnly() {
        TokenClaims claims = TokenClaims.ofVerifiedToken(jwt("{\"sub\":\"s-1\",\"azp\":\"partner-acme\","
                + "\"groups\":[\"/retailers/acme\",\"/regions/north\",\"/retailers/acme/stores/x\"]}"));
        assertEquals(List.of("acme"), claims.retailers());
        assertEquals("acme", claims.retailer().orElseThrow());
        assertEquals("partner-acme", claims.client());
    }

    @Test
    void someoneInTwoRetailersHasNoSingleRetailer() {
        TokenClaims claims = TokenClaims.ofVerifiedToken(jwt("{\"groups\":[\"/retailers/acme\",\"/retailers/bravo\"]}"));
        assertTrue(claims.retailer().isEmpty());
    }

    @Test
    void realmRolesAreRead() {
        TokenClaims claims = TokenClaims.ofVerifiedToken(jwt("{\"realm_access\":{\"roles\":[\"store-employee\"]}}"));
        assertEquals(List.of("store-employee"), claims.realmRoles());
        assertTrue(TokenClaims.ofAuthorizationHeader("Basic abc").isEmpty());
    }
}
