package io.lockernet.api.web;

import io.lockernet.api.problem.Problem;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of every Lockernet web application, so that refusals made by the container itself (401 without a
 * valid token, 403 without the role, 404, 405, 413) are answered as {@code application/problem+json} like every other
 * error. Registered in each {@code web.xml}. A 401 for a request that did send a token, and every 403, is also noted
 * as a refusal: that is how operators learn of forged, tampered, expired or foreign tokens.
 */
public class ProblemErrorPage extends HttpServlet {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        noteRefusal(request, status);
        write(response, Problem.generic(status, title(status)));
    }

    /** Writes a problem document as the whole answer. */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        var json = JSON.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail());
        response.getWriter().write(json.build().toString());
    }

    private static void noteRefusal(HttpServletRequest request, int status) {
        if (status == 401 && (request.getHeader("Authorization") != null || RequestGuard.hasQueryToken(request))) {
            RefusalTally.note(request, new Refusal(Refusal.Kind.INVALID_CREDENTIALS, Callers.of(request),
                    "bearer token not accepted"));
        } else if (status == 403 && request.getUserPrincipal() != null) {
            RefusalTally.note(request, new Refusal(Refusal.Kind.FORBIDDEN, Callers.of(request), "role or scope refused"));
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }
}
