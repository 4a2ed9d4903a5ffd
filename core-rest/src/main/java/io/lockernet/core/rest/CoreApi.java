package io.lockernet.core.rest;

import io.lockernet.api.rest.OpenApiConventions;
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
        info = @Info(title = OpenApiConventions.TITLE, version = OpenApiConventions.VERSION,
                description = OpenApiConventions.DESCRIPTION),
        tags = {
                @Tag(name = "core-partner", description = "Core area for retailers' systems and partner deployments "
                        + "(role partner-service, the client credentials of the retailer's client partner-<id>)"),
                @Tag(name = "core-shepherd", description = "Core area for Shepherd instances (role shepherd-service)"),
                @Tag(name = "core-courier", description = "Core area for couriers (role courier, a user in the group "
                        + "/carriers/<id> of the carrier it drives for): the shift, the route, opening compartments"),
                @Tag(name = "core-operator", description = "Core area for operators: installers, fleet operators, "
                        + "network admins and auditors, each operation as the README's role matrix allows it")
        })
@SecurityScheme(securitySchemeName = OpenApiConventions.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = OpenApiConventions.BEARER_DESCRIPTION)
public class CoreApi extends Application {
}
