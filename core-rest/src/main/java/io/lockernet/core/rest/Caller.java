package io.lockernet.core.rest;

import io.lockernet.api.oidc.TokenClaims;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;

/**
 * Who is calling, from the principal the container authenticated (the bearer token it verified), never from a header.
 * The web.xml constraints admit only tokens with the area's role; this bean adds the object scope (the retailer group).
 */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    private TokenClaims claims;

    public TokenClaims claims() {
        if (claims == null) {
            claims = TokenClaims.of(request.getUserPrincipal());
        }
        return claims;
    }

    /** The retailer a partner deployment acts for; refused unless its client belongs to exactly one retailer. */
    public String retailer() {
        return claims().retailer().orElseThrow(() -> new ForbiddenException(
                "client '" + claims().client() + "' belongs to no single retailer group"));
    }

    /** The carrier a courier drives for; refused unless it belongs to exactly one carrier group. */
    public String carrier() {
        return claims().carrier().orElseThrow(() -> new ForbiddenException(
                "user '" + claims().username() + "' drives for no single carrier"));
    }

    public String client() {
        return claims().client();
    }
}
