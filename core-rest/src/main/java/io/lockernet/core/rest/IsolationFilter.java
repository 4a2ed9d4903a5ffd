package io.lockernet.core.rest;

import io.lockernet.core.locker.control.IsolatedClients;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A client an operator isolated (from an alarm on an attempt beyond its retailer's scope) is refused everything with 403,
 * the tokens it still holds included: Keycloak stops issuing new ones, and this stops the old ones at once.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 10)
public class IsolationFilter implements ContainerRequestFilter {

    @Inject
    HttpServletRequest http;

    @Inject
    Caller caller;

    @Inject
    IsolatedClients isolated;

    @Override
    public void filter(ContainerRequestContext request) {
        if (http.getUserPrincipal() != null && isolated.isolated(caller.client())) {
            throw new ForbiddenException("Client '" + caller.client() + "' is isolated by an operator: the Core "
                    + "answers none of its requests until an operator lifts the isolation.");
        }
    }
}
