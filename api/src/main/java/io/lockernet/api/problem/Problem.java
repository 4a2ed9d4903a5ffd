package io.lockernet.api.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code impulseId} is set when the problem concerns an impulse that exists, so
 * that a caller can trace it.
 */
@Schema(name = "Problem", requiredProperties = {"type", "title", "status"}, description = "An RFC 9457 problem "
        + "document, the body of every error answer (application/problem+json). The detail is written for a person; "
        + "it names no class, library or internal address.")
public record Problem(
        @Schema(description = "Always about:blank: the status and the title say what happened",
                example = "about:blank") String type,
        @Schema(description = "The status's reason phrase, or a short name of the problem", example = "Conflict")
        String title,
        @Schema(description = "The HTTP status of the answer", example = "409") int status,
        @Schema(description = "What happened and, where it helps, what to do about it",
                example = "the door did not open: REFUSED (compartment A2 of L-0001 is busy)") String detail,
        @Schema(description = "The impulse the problem concerns, when there is one: follow it with GET …/impulses/{id}",
                example = "3f1c9a0e-52d7-4c1b-9e47-0b6f7c2a8d15") String impulseId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> GENERIC_DETAILS = Map.of(
            400, "The request could not be read.",
            401, "Authentication required: send a valid bearer token from the lockernet realm.",
            403, "Your roles or your scope do not allow this operation.",
            404, "There is nothing at this address.",
            405, "This method is not allowed here.",
            406, "This resource answers application/json (and application/problem+json for errors).",
            413, "The body is too large.",
            415, "This operation takes a body of type application/json.",
            500, "The request could not be completed; it is logged.");

    /** A problem of this status with a detail that says what the status means to a client, and nothing more. */
    public static Problem generic(int status, String title) {
        return of(status, title, genericDetail(status));
    }

    /** What a status means to a client, for answers whose own message may not be shown. */
    public static String genericDetail(int status) {
        return GENERIC_DETAILS.getOrDefault(status, "The request could not be served.");
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public Problem withImpulse(String impulseId) {
        return new Problem(type, title, status, detail, impulseId);
    }
}
