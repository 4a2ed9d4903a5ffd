package io.lockernet.partner.platform;

import io.lockernet.api.problem.Problem;
import io.lockernet.api.web.Callers;
import io.lockernet.api.web.ProblemErrorPage;
import io.lockernet.api.web.Refusal;
import io.lockernet.api.web.RefusalTally;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The staff API changes things (opens doors, enters orders) only for a caller that sends its token in the
 * {@code Authorization} header. A browser sends the staff app's session cookie with any request to this site, also one
 * that another page on the same site made it send (a body-less {@code POST …/open} needs no permission from anyone):
 * with the cookie alone, the API may only be read. The staff app's own pages change things through their forms, whose
 * view state a foreign page cannot know.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiChangesNeedBearer extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (READS.contains(request.getMethod())
                || (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))) {
            chain.doFilter(request, response);
            return;
        }
        RefusalTally.note(request, new Refusal(Refusal.Kind.FORBIDDEN, Callers.of(request),
                "a change through the API with the session cookie only"));
        ProblemErrorPage.write(response, Problem.of(403, "Forbidden", "Changes through the API take a bearer token "
                + "(Authorization: Bearer …); a browser's session may only read it."));
    }
}
