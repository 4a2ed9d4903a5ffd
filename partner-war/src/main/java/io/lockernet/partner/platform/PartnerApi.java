package io.lockernet.partner.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A retailer's API under {@code /partner-<id>/api}: the same operations as the staff app. */
@ApplicationPath("/api")
@Tag(name = "partner", description = "A retailer's partner API (roles store-employee, store-manager; the caller must "
        + "belong to the retailer of the deployment)")
public class PartnerApi extends Application {
}
