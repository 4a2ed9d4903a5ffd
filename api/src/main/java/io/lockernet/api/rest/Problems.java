package io.lockernet.api.rest;

import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.api.problem.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The problems every Lockernet API shares: bodies that do not bind, failed Bean Validation, the JAX-RS runtime's own
 * refusals (no such path, wrong method, wrong media type, a parameter that does not convert), and callers the
 * container did not sign in. What the runtime and the binding say is rewritten: their messages carry class names,
 * message codes and internal addresses, none of which a client can act on or should see.
 */
public final class Problems {

    private static final Pattern RUNTIME_MESSAGE = Pattern.compile("^(RESTEASY\\d+|HTTP \\d{3}\\b).*", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("(Path|Query|Header|Form|Matrix|Cookie)Param\\(\"([^\"]{1,60})\"\\)");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property ([A-Za-z0-9_$-]{1,60}) can not be mapped");
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_$-]{1,60})'");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|jakarta|javax|org|io|com)\\.[a-z]\\w*\\.");

    private Problems() {
    }

    /** The problem for an error any API meets, or empty when the error is the API's own to answer. */
    public static Optional<Problem> ofPlatform(Throwable e) {
        if (e instanceof JsonbException || e instanceof ProcessingException && e.getCause() instanceof JsonbException) {
            return Optional.of(Problem.of(400, "Bad Request", binding(e)));
        }
        if (e instanceof ConstraintViolationException violations) {
            return Optional.of(Problem.of(400, "Bad Request", violations.getConstraintViolations().stream()
                    .map(Problems::violation).sorted().collect(Collectors.joining("; "))));
        }
        if (e instanceof WebApplicationException w) {
            Matcher parameter = w.getMessage() == null ? null : PARAMETER.matcher(w.getMessage());
            if (w.getResponse().getStatus() == 404 && parameter != null && parameter.find()
                    && parameter.group(1).equals("Query")) {
                // JAX-RS answers 404 for a query parameter it cannot convert; the address exists, the value is bad
                return Optional.of(Problem.of(400, "Bad Request", "The query parameter '" + parameter.group(2)
                        + "' has a value this operation cannot read."));
            }
            Response.StatusType status = w.getResponse().getStatusInfo();
            return Optional.of(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail(w)));
        }
        if (e instanceof TokenClaims.NotSignedInException) {
            return Optional.of(Problem.generic(401, "Unauthorized"));
        }
        if (e.getClass().getSimpleName().equals("RequestTooBigException")) {
            // Undertow's, when a body without a declared length passes max-post-size; named, so that the API does not
            // depend on the container's classes
            return Optional.of(Problem.generic(413, "Content Too Large"));
        }
        return Optional.empty();
    }

    private static String detail(WebApplicationException w) {
        String message = w.getMessage();
        int status = w.getResponse().getStatus();
        if (message == null || RUNTIME_MESSAGE.matcher(message).matches() || CLASS_NAME.matcher(message).find()) {
            Matcher parameter = message == null ? null : PARAMETER.matcher(message);
            if (parameter != null && parameter.find()) {
                return "The " + parameter.group(1).toLowerCase() + " parameter '" + parameter.group(2)
                        + "' has a value this operation cannot read.";
            }
            return Problem.genericDetail(status);
        }
        return message;
    }

    private static String binding(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null && messages.length() < 2_000; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        Matcher unknown = UNKNOWN_PROPERTY.matcher(messages);
        if (unknown.find()) {
            return "The body has a property this operation does not know: '" + unknown.group(1) + "' (see /openapi).";
        }
        Matcher property = PROPERTY.matcher(messages);
        String where = property.find() ? "property '" + property.group(1) + "'" : "a value";
        String why = messages.indexOf(StrictJsonb.EXPECTED_WHOLE_NUMBER) >= 0 ? ": expected a whole number"
                : messages.indexOf(StrictJsonb.EXPECTED_BOOLEAN) >= 0 ? ": expected true or false" : "";
        return "The body does not fit this operation: " + where + " has the wrong type or value" + why
                + " (see /openapi).";
    }

    private static String violation(ConstraintViolation<?> violation) {
        String field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY)
                .map(Path.Node::getName).collect(Collectors.joining("."));
        return (field.isEmpty() ? "the request" : field) + " " + violation.getMessage();
    }
}
