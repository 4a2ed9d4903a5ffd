package io.lockernet.api.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts refusals by kind and caller and hands the counts on in one report per caller and period, so that a client
 * hammering with a bad token costs the operators one alarm with a count, not one message per request. At most
 * {@value #MAX_CALLERS} callers are tracked between two reports; refusals of further callers are counted together.
 * An increment that races with the report of a count that just reached zero may be lost: the tally is for alarms,
 * not for billing. Each refusal is logged at FINE; the report logs each caller's count once, so that a flood of refusals
 * cannot flood the log.
 */
public final class RefusalTally {

    static final int MAX_CALLERS = 1_000;
    private static final String ATTRIBUTE = RefusalTally.class.getName();
    private static final Logger LOG = Logger.getLogger(RefusalTally.class.getName());

    private final Map<Refusal, LongAdder> counts = new ConcurrentHashMap<>();
    private final RefusalSink sink;

    public RefusalTally(RefusalSink sink) {
        this.sink = sink;
    }

    /** Notes a refusal of this request with the tally of its web application, if it has one (it is always logged). */
    public static void note(ServletRequest request, Refusal refusal) {
        note(request.getServletContext(), refusal);
    }

    /** Notes a refusal made outside a request (a WebSocket refused at its opening). */
    public static void note(ServletContext application, Refusal refusal) {
        LOG.fine(() -> "refused " + refusal.caller() + " at " + application.getContextPath() + ": "
                + refusal.kind() + ", " + refusal.detail());
        if (application.getAttribute(ATTRIBUTE) instanceof RefusalTally tally) {
            tally.note(refusal);
        }
    }

    void install(ServletContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    void note(Refusal refusal) {
        Refusal key = counts.containsKey(refusal) || counts.size() < MAX_CALLERS ? refusal
                : new Refusal(refusal.kind(), "more callers than tracked (" + MAX_CALLERS + ")", refusal.detail());
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Reports what was counted since the last report; called every few seconds. */
    void report() {
        counts.forEach((refusal, adder) -> {
            long times = adder.sumThenReset();
            if (times == 0) {
                counts.remove(refusal, adder);
                return;
            }
            LOG.warning(() -> "refused " + refusal.caller() + " " + times + " times: " + refusal.kind() + ", "
                    + refusal.detail());
            try {
                sink.refused(refusal, times);
            } catch (RuntimeException e) {
                adder.add(times);
                LOG.log(Level.WARNING, "cannot report " + times + " refusals of " + refusal.caller() + " yet", e);
            }
        });
    }
}
