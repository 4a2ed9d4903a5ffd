package io.lockernet.partneradmin.order.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The Partner Admin's API, at /partner-admin-ID/api. */
@ApplicationPath("/api")
public class PartnerAdminApi extends Application {
}
