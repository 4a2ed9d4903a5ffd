package io.lockernet.api.web;

import io.lockernet.api.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The first filter of every Lockernet web application (first in each {@code web.xml}). It refuses, before any of the
 * application's code runs:
 * <ul>
 * <li>a request with more than one {@code Authorization} header (400): the container checks one of them, and nothing
 * may ever read the other;</li>
 * <li>an access token in the query string (400): URLs end up in logs and browser histories (the lockers' documented
 * fallback is the Shepherd's, which does not use this filter);</li>
 * <li>a body declared larger than 256 KiB (413; the server's {@code max-post-size} stops bodies that do not declare
 * their length).</li>
 * </ul>
 * Each refusal is noted on the application's {@link RefusalTally}, which the operators see as alarms.
 */
public class RequestGuard extends HttpFilter {

    /** Far above any body of ours (JSON bodies stop at 64 KiB), far below what could tie up a worker. */
    static final long MAX_BODY = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Collections.list(request.getHeaders("Authorization")).size() > 1) {
            refuse(request, response, "Send one Authorization header.");
            return;
        }
        if (hasQueryToken(request)) {
            refuse(request, response, "Access tokens are not accepted in the URL: send 'Authorization: Bearer <token>'.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            ProblemErrorPage.write(response, Problem.of(413, "Content Too Large",
                    "The body may have at most " + MAX_BODY + " bytes."));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the query string names {@code access_token}, however its name is encoded. */
    static boolean hasQueryToken(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // a name that does not decode is not the token's
            }
            if (name.strip().equalsIgnoreCase("access_token")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        RefusalTally.note(request, new Refusal(Refusal.Kind.MALFORMED_CREDENTIALS, Callers.of(request), detail));
        ProblemErrorPage.write(response, Problem.of(400, "Bad Request", detail));
    }
}
