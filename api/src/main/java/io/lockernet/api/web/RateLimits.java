package io.lockernet.api.web;

import io.github.bucket4j.TimeMeter;
import io.lockernet.api.problem.Problem;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rate limits per verified caller (its Keycloak subject: a user or a client's service account), after the container
 * has authenticated the request: each caller has a {@link CallerBudget}; a request over it is answered 429 with
 * {@code Retry-After}, and a caller that keeps hammering is cut off for a while and noted once as a refusal, which the
 * operators see as one REFUSED_REQUEST alarm. Init parameters (per filter, in the application's {@code web.xml}):
 * {@code burst} (default 100), {@code per-second} (default 50), {@code cut-off-after} refused requests within 10 s
 * (default 100) and {@code cut-off-seconds} (default 60). Callers idle for ten minutes are forgotten.
 */
public class RateLimits extends HttpFilter {

    private static final long FORGET_AFTER_NANOS = Duration.ofMinutes(10).toNanos();
    private static final int TIDY_ABOVE = 10_000;
    private static final long TIDY_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final Map<String, CallerBudget> budgets = new ConcurrentHashMap<>();
    private final TimeMeter clock = TimeMeter.SYSTEM_NANOTIME;
    private final AtomicLong lastTidyNanos = new AtomicLong();
    private CallerBudget.Limits limits;

    @Override
    public void init() {
        limits = new CallerBudget.Limits(parameter("burst", 100), parameter("per-second", 50),
                (int) parameter("cut-off-after", 100), Duration.ofSeconds(parameter("cut-off-seconds", 60)));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        tidyNowAndThen();
        CallerBudget.Decision decision = budgets.computeIfAbsent(Callers.keyOf(request),
                key -> new CallerBudget(limits, clock)).take();
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        if (decision.cutOffNow()) {
            RefusalTally.note(request, new Refusal(Refusal.Kind.RATE_LIMITED, Callers.of(request), "cut off for "
                    + limits.cutOff().toSeconds() + " s after " + limits.cutOffAfter() + " requests over its limit"));
        }
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ProblemErrorPage.write(response, Problem.of(429, "Too Many Requests", "At most " + limits.perSecond()
                + " requests a second (bursts of " + limits.burst() + "); try again in " + decision.retryAfterSeconds()
                + " s. Callers that keep going over the limit are cut off for " + limits.cutOff().toSeconds() + " s."));
    }

    /** Forgets callers idle for a while, when there are many, at most once a minute. */
    private void tidyNowAndThen() {
        long now = clock.currentTimeNanos();
        long last = lastTidyNanos.get();
        if (budgets.size() > TIDY_ABOVE && now - last > TIDY_EVERY_NANOS && lastTidyNanos.compareAndSet(last, now)) {
            budgets.values().removeIf(b -> now - b.lastSeenNanos() > FORGET_AFTER_NANOS);
        }
    }

    private long parameter(String name, long fallback) {
        String value = getInitParameter(name);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
    }
}
