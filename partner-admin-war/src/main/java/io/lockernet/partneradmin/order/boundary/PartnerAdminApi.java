package io.lockernet.partneradmin.order.boundary;

import io.lockernet.api.rest.OpenApiConventions;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Partner Admin's API, at /partner-admin-ID/api. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = OpenApiConventions.TITLE, version = OpenApiConventions.VERSION,
                description = OpenApiConventions.DESCRIPTION),
        tags = @Tag(name = "partner-admin", description = "A retailer's orders for its technical staff (role "
                + "partner-tech, customers masked) and its privacy officer (role partner-privacy, every answer "
                + "logged)"))
@SecurityScheme(securitySchemeName = OpenApiConventions.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = OpenApiConventions.BEARER_DESCRIPTION)
public class PartnerAdminApi extends Application {
}
