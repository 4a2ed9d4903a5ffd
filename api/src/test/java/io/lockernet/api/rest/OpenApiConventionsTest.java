package io.lockernet.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    @Test
    void aRetailersDeploymentsPrefixTheirOperationIdsWithTheirNames() {
        assertEquals("partner-acme.", OpenApiConventions.operationIdPrefix("deployment.partner-acme.war"));
        assertEquals("partner-admin-bravo.", OpenApiConventions.operationIdPrefix("deployment.partner-admin-bravo.war"));
    }

    @Test
    void theCoreAndABuildKeepThePlainIds() {
        assertEquals("", OpenApiConventions.operationIdPrefix("deployment.lockernet.ear"));
        assertEquals("", OpenApiConventions.operationIdPrefix("deployment.lockernet.ear.core.war"));
        assertEquals("", OpenApiConventions.operationIdPrefix(null));
        assertEquals("", OpenApiConventions.operationIdPrefix("app"));
    }
}
