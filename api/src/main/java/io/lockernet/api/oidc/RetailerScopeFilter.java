package io.lockernet.api.oidc;

import io.lockernet.api.problem.Problem;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcPrincipal;
import jakarta.json.spi.JsonProvider;

/**
 * Admits only people of the retailer a deployment serves ({@code /partner-acme} and {@code /partner-admin-acme} serve
 * {@code acme}). Keycloak's single sign-on lets anyone of the realm sign in anywhere; the role says what they may
 * do, and their retailer group says for whom. Anyone else gets 403, logged. Registered in each per-retailer
 * {@code web.xml}, after the container has authenticated the request.
 */
public class RetailerScopeFilter extends HttpFilter {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(RetailerScopeFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        String retailer = retailerOf(request.getContextPath());
        TokenClaims claims = claimsOf(request.getUserPrincipal());
        if (claims.retailers().contains(retailer)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "refused " + claims.username() + " (groups " + claims.groups() + ") at " + request.getMethod()
                + " " + request.getRequestURI() + ": not of retailer " + retailer);
        response.setStatus(403);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder()
                .add("type", "about:blank").add("title", "Forbidden").add("status", 403)
                .add("detail", "You are not a member of staff of retailer '" + retailer + "'.")
                .build().toString());
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

    /** The claims of the signed-in caller (bearer call or browser session), from the token the server verified. */
    public static TokenClaims claimsOf(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc) {
            return TokenClaims.ofVerifiedToken(oidc.getOidcSecurityContext().getTokenString());
        }
        throw new IllegalStateException("not signed in through OIDC: " + principal);
    }
}
