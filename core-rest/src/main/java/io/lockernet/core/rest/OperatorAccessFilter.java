package io.lockernet.core.rest;

import io.lockernet.core.audit.boundary.AuditLog;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator area's gate and its audit log. Before a method of an operator resource runs, the caller's roles must
 * grant the permission it {@link Requires} (a method that names none is refused: the matrix is deny-by-default); the
 * method then checks the object's region through {@link OperatorAccess}. After it, every change, and every refusal,
 * is written to the audit log with who asked.
 */
@Provider
public class OperatorAccessFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(OperatorAccessFilter.class.getName());
    private static final String OPERATOR_AREA = "/operator";
    private static final String UNLISTED = "unlisted";

    @Context
    ResourceInfo resource;

    @Inject
    OperatorAccess access;

    @Inject
    Caller caller;

    @EJB
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!inOperatorArea()) {
            return;
        }
        Requires requires = resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires == null) {
            throw new ForbiddenException("This operation is not in the role matrix.");
        }
        access.grant(requires.value());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean refused = response.getStatus() == Response.Status.FORBIDDEN.getStatusCode();
        if (resource.getResourceMethod() == null || !inOperatorArea()
                || HttpMethod.GET.equals(request.getMethod()) && !refused) {
            return;
        }
        try {
            String permission = access.granted().map(Permission::operation).orElseGet(() -> {
                Requires requires = resource.getResourceMethod().getAnnotation(Requires.class);
                return requires == null ? UNLISTED : requires.value().operation();
            });
            String target = request.getUriInfo().getPath();
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            audit.record(caller.claims().username(), permission, request.getMethod(),
                    query == null ? target : target + "?" + query, response.getStatus());
        } catch (RuntimeException e) {
            // the answer stands; a lost audit line is logged where an administrator looks
            LOG.log(Level.SEVERE, "could not write the audit log for " + request.getMethod() + " "
                    + request.getUriInfo().getPath(), e);
        }
    }

    private boolean inOperatorArea() {
        Class<?> type = resource.getResourceClass();
        Path path = type == null ? null : type.getAnnotation(Path.class);
        return path != null && path.value().startsWith(OPERATOR_AREA);
    }
}
