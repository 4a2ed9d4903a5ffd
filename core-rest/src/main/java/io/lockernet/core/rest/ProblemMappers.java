package io.lockernet.core.rest;

import io.lockernet.api.problem.Problem;
import io.lockernet.api.rest.Problems;
import io.lockernet.core.alarm.control.AlarmStateException;
import io.lockernet.core.impulse.control.CloseRefusedException;
import io.lockernet.core.link.control.TicketStateException;
import io.lockernet.core.idempotency.boundary.IdempotentRequests;
import io.lockernet.core.locker.control.LockerAccounts;
import io.lockernet.core.locker.control.OutOfScopeException;
import io.lockernet.core.delivery.control.UnknownConsignmentException;
import io.lockernet.core.locker.control.UnknownCompartmentException;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.reservation.control.ReservationConflictException;
import io.lockernet.core.reservation.control.UnknownReservationException;
import io.lockernet.core.callback.control.UnknownEndpointException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the Core's REST areas as {@code application/problem+json}. */
@Provider
public class ProblemMappers implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable e = exception instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : exception;
        return of(problem(e));
    }

    private static Problem problem(Throwable e) {
        if (e instanceof UnknownLockerException) {
            return Problem.of(404, "Unknown locker", e.getMessage());
        }
        if (e instanceof UnknownCompartmentException) {
            return Problem.of(404, "Unknown compartment", e.getMessage());
        }
        if (e instanceof UnknownReservationException) {
            return Problem.of(404, "Unknown reservation", e.getMessage());
        }
        if (e instanceof UnknownEndpointException) {
            return Problem.of(404, "Unknown callback endpoint", e.getMessage());
        }
        if (e instanceof UnknownConsignmentException) {
            return Problem.of(404, "Unknown consignment", e.getMessage());
        }
        if (e instanceof ReservationConflictException) {
            return Problem.of(409, "Reservation conflict", e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return Problem.of(400, "Bad request", e.getMessage());
        }
        if (e instanceof IdempotentRequests.KeyReusedException) {
            return Problem.of(422, "Idempotency-Key reused", e.getMessage());
        }
        if (e instanceof IdempotentRequests.KeyInUseException) {
            return Problem.of(409, "Idempotency-Key in use", e.getMessage());
        }
        if (e instanceof LockerAccounts.AccountsUnavailableException) {
            LOG.log(Level.WARNING, e.getMessage(), e.getCause());
            return Problem.of(502, "Keycloak unavailable", e.getMessage() + "; try again: a second try finishes what the first began.");
        }
        if (e instanceof CloseRefusedException) {
            return Problem.of(409, "Close refused", e.getMessage());
        }
        if (e instanceof AlarmStateException) {
            return Problem.of(409, "Alarm state", e.getMessage());
        }
        if (e instanceof TicketStateException) {
            return Problem.of(409, "Service ticket state", e.getMessage());
        }
        if (e instanceof OutOfScopeException) {
            return Problem.of(403, "Out of scope", e.getMessage());
        }
        return Problems.ofPlatform(e).orElseGet(() -> {
            LOG.log(Level.SEVERE, "unexpected error in a Core REST call", e);
            return Problem.of(500, "Internal error", "The Core could not complete the request; it is logged.");
        });
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
