package io.lockernet.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RetailerScopeFilterTest {

    @Test
    void bothDeploymentsOfARetailerServeThatRetailer() {
        assertEquals("acme", RetailerScopeFilter.retailerOf("/partner-acme"));
        assertEquals("acme", RetailerScopeFilter.retailerOf("/partner-admin-acme"));
        assertEquals("admin-tools", RetailerScopeFilter.retailerOf("/partner-admin-admin-tools"));
    }

    @Test
    void aDeploymentWithoutARetailerInItsNameIsAMistake() {
        assertThrows(IllegalStateException.class, () -> RetailerScopeFilter.retailerOf("/partner-"));
        assertThrows(IllegalStateException.class, () -> RetailerScopeFilter.retailerOf("/shop"));
    }
}
