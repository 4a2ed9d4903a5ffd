package io.lockernet.api.rest;

import io.lockernet.api.problem.Problem;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Failed Bean Validation of a request, as a problem naming each field and its rule. Without it the JAX-RS runtime's
 * own mapper answers in its format, which echoes the rejected value (ten thousand characters of it, if sent).
 */
public class ViolationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Problem problem = Problems.ofPlatform(exception).orElseThrow();
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
