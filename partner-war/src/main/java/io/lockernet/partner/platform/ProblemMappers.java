package io.lockernet.partner.platform;

import io.lockernet.api.problem.Problem;
import io.lockernet.api.rest.Problems;
import io.lockernet.api.web.Callers;
import io.lockernet.api.web.Refusal;
import io.lockernet.api.web.RefusalTally;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the partner API as {@code application/problem+json}; the Core's problems pass through as they are.
 * Store staff refused another store's things are counted as refused requests (an operator alarm per caller).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = (thrown instanceof CompletionException || thrown instanceof EJBException)
                && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof StoreScope.OutsideStores || e instanceof StoreScope.HiddenOutsideStores) {
            RefusalTally.note(request, new Refusal(Refusal.Kind.FORBIDDEN, Callers.of(request),
                    "another store's order, return, locker or report"));
        }
        Problem problem = problem(e);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problem(Throwable e) {
        if (e instanceof CoreProblemException core) {
            return core.problem();
        }
        if (e instanceof ConflictException) {
            return Problem.of(409, "Conflict", e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return Problem.of(400, "Bad request", e.getMessage());
        }
        return Problems.ofPlatform(e).orElseGet(() -> {
            LOG.log(Level.SEVERE, "unexpected error in a partner API call", e);
            return Problem.of(500, "Internal error", "The request could not be completed; it is logged.");
        });
    }
}
