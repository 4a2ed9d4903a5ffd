package io.lockernet.api.web;

import io.lockernet.api.oidc.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a refused request came from, as an alarm names it: the verified identity, or "unauthenticated callers" for all
 * who have none. Not their addresses: each would be an alarm of its own, and anyone can send from many.
 */
public final class Callers {

    static final String UNAUTHENTICATED = "unauthenticated callers";

    private Callers() {
    }

    /** The stable key of a verified caller (its Keycloak subject), for budgets an attacker cannot multiply by name. */
    static String keyOf(HttpServletRequest request) {
        try {
            return TokenClaims.of(request.getUserPrincipal()).subject();
        } catch (TokenClaims.NotSignedInException e) {
            return request.getUserPrincipal().getName();
        }
    }

    public static String of(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            try {
                TokenClaims claims = TokenClaims.of(request.getUserPrincipal());
                return claims.username() + " (client " + claims.client() + ")";
            } catch (TokenClaims.NotSignedInException e) {
                return request.getUserPrincipal().getName();
            }
        }
        return UNAUTHENTICATED;
    }
}
