package io.lockernet.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Core's REST areas under {@code /core/api}; each area has its own role (see web.xml). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Lockernet", version = "0.1",
                description = "The Core's REST areas and the retailers' partner APIs. Every operation needs a bearer "
                        + "token from the Keycloak realm 'lockernet'; errors are application/problem+json."),
        tags = {
                @Tag(name = "core-partner", description = "Core area for partner deployments (role partner-service)"),
                @Tag(name = "core-shepherd", description = "Core area for Shepherd instances (role shepherd-service)")
        })
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class CoreApi extends Application {
}
