package io.lockernet.partner.platform;

import io.lockernet.api.oidc.TokenClaims;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in member of staff, from the token the server verified (bearer call or browser session). */
@RequestScoped
public class StaffMember {

    @Inject
    HttpServletRequest request;

    private TokenClaims claims;

    public TokenClaims claims() {
        if (claims == null) {
            claims = TokenClaims.of(request.getUserPrincipal());
        }
        return claims;
    }
}
