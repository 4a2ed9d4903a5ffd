package io.lockernet.partner.platform;

import io.lockernet.api.oidc.TokenClaims;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in member of staff, from the token the server verified (bearer call or browser session). */
@RequestScoped
public class StaffMember {

    @Inject
    HttpServletRequest request;

    @Inject
    PartnerConfig config;

    @Inject
    OwnLockers lockers;

    private TokenClaims claims;

    public TokenClaims claims() {
        if (claims == null) {
            claims = TokenClaims.of(request.getUserPrincipal());
        }
        return claims;
    }

    /** The stores of this retailer the member of staff serves. */
    public StoreScope scope() {
        return StoreScope.of(claims(), config.retailer());
    }

    public boolean reachesLocker(String locker) {
        return scope().reachesLocker(locker, lockers);
    }

    /** The lockers of this retailer at the member's stores; null when the member serves every store. */
    public Set<String> reachableLockers() {
        StoreScope scope = scope();
        return scope.everyStore() ? null : lockers.all().stream().filter(l -> scope.reachesLocker(l, lockers))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** 403 unless the locker stands at one of the member's stores. */
    public void checkLocker(String locker) {
        scope().checkLocker(locker, lockers);
    }
}
