package io.lockernet.partneradmin.order.boundary;

import io.lockernet.api.problem.Problem;
import io.lockernet.api.rest.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the Partner Admin API as {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Problem problem = Problems.ofPlatform(e).orElseGet(() -> {
            LOG.log(Level.SEVERE, "unexpected error in a Partner Admin call", e);
            return Problem.of(500, "Internal error", "The request could not be completed; it is logged.");
        });
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
