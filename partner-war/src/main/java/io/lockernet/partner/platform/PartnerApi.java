package io.lockernet.partner.platform;

import io.lockernet.api.rest.OpenApiConventions;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A retailer's API under {@code /partner-<id>/api}: the same operations as the staff app. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = OpenApiConventions.TITLE, version = OpenApiConventions.VERSION,
                description = OpenApiConventions.DESCRIPTION),
        tags = @Tag(name = "partner", description = "A retailer's partner API (roles store-employee, store-manager; "
                + "the caller must belong to the retailer of the deployment)"))
@SecurityScheme(securitySchemeName = OpenApiConventions.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = OpenApiConventions.BEARER_DESCRIPTION)
public class PartnerApi extends Application {
}
