package io.lockernet.api.web;

import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.api.problem.Problem;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Admits only people of the retailer a deployment serves ({@code /partner-acme} and {@code /partner-admin-acme} serve
 * {@code acme}). Keycloak's single sign-on lets anyone of the realm sign in anywhere; the role says what they may
 * do, and their retailer group says for whom. Anyone else gets 403, noted as a refusal. Registered in each
 * per-retailer {@code web.xml}, after the container has authenticated the request. Members of one of the retailer's
 * stores' groups ({@code /retailers/acme/stores/…}) are admitted only where the filter's init parameter
 * {@value #STORE_STAFF} is {@code true} (the staff app, which narrows everything to their stores); elsewhere only
 * members of the retailer's own group are.
 */
public class RetailerScopeFilter extends HttpFilter {

    /** Init parameter: {@code true} admits staff of the retailer's stores too. */
    public static final String STORE_STAFF = "store-staff";

    private boolean storeStaff;

    @Override
    public void init() {
        storeStaff = Boolean.parseBoolean(getInitParameter(STORE_STAFF));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        String retailer = retailerOf(request.getContextPath());
        TokenClaims claims = TokenClaims.of(request.getUserPrincipal());
        if (claims.retailers().contains(retailer) || (storeStaff && claims.storeRetailers().contains(retailer))) {
            chain.doFilter(request, response);
            return;
        }
        RefusalTally.note(request, new Refusal(Refusal.Kind.FORBIDDEN, Callers.of(request),
                "not of the staff of the deployment's retailer"));
        ProblemErrorPage.write(response, Problem.of(403, "Forbidden",
                "You are not a member of staff of retailer '" + retailer + "'."));
    }

    /** The retailer of a per-retailer deployment, from its context path. */
    public static String retailerOf(String contextPath) {
        int dash = contextPath.lastIndexOf("partner-");
        if (dash < 0 || contextPath.length() == dash + "partner-".length()) {
            throw new IllegalStateException("deploy as partner-<retailer>.war or partner-admin-<retailer>.war, not at "
                    + contextPath);
        }
        String rest = contextPath.substring(dash + "partner-".length());
        return rest.startsWith("admin-") ? rest.substring("admin-".length()) : rest;
    }
}
