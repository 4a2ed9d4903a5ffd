package io.lockernet.partneradmin.platform;

import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.api.web.RetailerScopeFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What every page of Partner Admin shows in its header, and what the signed-in user may do. */
@Named
@RequestScoped
public class AdminApp {

    /** Technical staff: manage the callback endpoints; see customers' personal data masked. */
    public static final String TECHNICIAN = "partner-tech";
    /** The privacy officer: sees personal data in full, every view logged. */
    public static final String PRIVACY_OFFICER = "partner-privacy";

    @Inject
    HttpServletRequest request;

    public String retailer() {
        return RetailerScopeFilter.retailerOf(request.getContextPath());
    }

    public String username() {
        return request.getUserPrincipal() == null ? "" : TokenClaims.of(request.getUserPrincipal()).username();
    }

    public boolean technician() {
        return request.isUserInRole(TECHNICIAN);
    }

    public boolean privacyOfficer() {
        return request.isUserInRole(PRIVACY_OFFICER);
    }
}
