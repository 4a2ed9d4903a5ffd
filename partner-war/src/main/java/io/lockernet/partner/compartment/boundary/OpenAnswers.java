package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.problem.Problem;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * How every API that opens a compartment answers (an open, an emergency open, a deposit, a retrieval): 200 with the
 * impulse once the door was seen open; 409 when the door did not open (refused, expired, failed); 504 when the
 * locker did not confirm in time. Problems carry the impulse id.
 */
public final class OpenAnswers {

    private OpenAnswers() {
    }

    public static void resumeWhenOpen(CompletionStage<ImpulseView> opened, AsyncResponse response) {
        opened.whenComplete((impulse, error) -> {
            if (error != null) {
                response.resume(error);
            } else if (CompartmentOpener.OPENED.contains(impulse.state())) {
                response.resume(Response.ok(impulse).build());
            } else {
                response.resume(notOpened(impulse));
            }
        });
    }

    private static Response notOpened(ImpulseView impulse) {
        boolean gaveUp = !Set.of("REFUSED", "EXPIRED", "FAILED").contains(impulse.state());
        int status = gaveUp ? 504 : 409;
        String detail = gaveUp
                ? "the locker did not confirm the door open in time; the impulse is " + impulse.state()
                : "the door did not open: " + impulse.state() + (impulse.reason() == null ? "" : " (" + impulse.reason() + ")");
        Problem problem = Problem.of(status, gaveUp ? "Not confirmed" : "Not opened", detail).withImpulse(impulse.id());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
