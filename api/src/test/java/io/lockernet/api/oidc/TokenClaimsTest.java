package io.lockernet.api.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.Principal;
import java.util.List;
import java.util.Set;
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
    void aCourierDrivesForTheOneCarrierOfItsGroupAndNoneWhenItHasTwoOrAMalformedOne() {
        assertEquals("swift", claims("{\"groups\":[\"/carriers/swift\",\"/retailers/acme\"]}").carrier().orElseThrow());
        assertTrue(claims("{\"groups\":[\"/carriers/swift\",\"/carriers/rapid\"]}").carrier().isEmpty());
        assertTrue(claims("{\"groups\":[\"/carriers/swift/north\",\"/carriers/\"]}").carrier().isEmpty());
        assertTrue(claims("{\"groups\":[\"/retailers/acme\"]}").carrier().isEmpty());
    }

    @Test
    void aStoresGroupMakesItsMemberStaffOfTheRetailerForThatStoreOnly() {
        TokenClaims claims = claims("{\"groups\":[\"/retailers/acme/stores/acme-springfield\","
                + "\"/retailers/acme/stores/station-hall\",\"/retailers/bravo/stores/bravo-capital\"]}");
        assertEquals(List.of(), claims.retailers(), "no retailer as a whole: not Partner Admin, not the Core");
        assertEquals(List.of("acme", "bravo"), claims.storeRetailers());
        assertEquals(Set.of("acme-springfield", "station-hall"), claims.stores("acme").orElseThrow());
        assertEquals(Set.of("bravo-capital"), claims.stores("bravo").orElseThrow());
        assertEquals(Set.of(), claims.stores("other").orElseThrow());
    }

    @Test
    void theRetailersOwnGroupServesEveryStore() {
        TokenClaims claims = claims("{\"groups\":[\"/retailers/acme\",\"/retailers/acme/stores/acme-springfield\"]}");
        assertTrue(claims.stores("acme").isEmpty());
    }

    @Test
    void aGroupThatOnlyLooksLikeAStoreGivesNothing() {
        TokenClaims claims = claims("{\"groups\":[\"/retailers/acme/stores/\",\"/retailers/acme/stores/a/b\","
                + "\"/retailers/acme/other/x\",\"/retailers//stores/x\"]}");
        assertEquals(Set.of(), claims.stores("acme").orElseThrow());
        assertEquals(List.of(), claims.retailers());
        assertEquals(List.of(), claims.storeRetailers());
    }

    @Test
    void regionsComeFromTheRegionGroupsOnly() {
        TokenClaims claims = claims("{\"groups\":[\"/regions/north\",\"/regions/south\",\"/regions/\","
                + "\"/regions/north/x\",\"/retailers/acme\",\"/other/regions/east\"]}");
        assertEquals(Set.of("north", "south"), claims.regions());
        assertEquals(Set.of(), claims("{\"sub\":\"s-1\"}").regions());
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
