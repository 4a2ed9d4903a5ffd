package io.lockernet.api.problem;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import jakarta.json.spi.JsonProvider;

/**
 * The error page of every Lockernet web application, so that refusals made by the container itself (401 without a
 * token, 403 without the role, 404, 405) are answered as {@code application/problem+json} like every other error.
 * Registered in each {@code web.xml}.
 */
public class ProblemErrorPage extends HttpServlet {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Map<Integer, String> DETAILS = Map.of(
            401, "Authentication required: send a valid bearer token from the lockernet realm.",
            403, "Your roles or your scope do not allow this operation.",
            404, "There is nothing at this address.",
            405, "This method is not allowed here.");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status))
                .add("status", status)
                .add("detail", DETAILS.getOrDefault(status, "The request could not be served."))
                .add("instance", path)
                .build().toString());
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Error";
        };
    }
}
