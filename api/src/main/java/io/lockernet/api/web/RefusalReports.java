package io.lockernet.api.web;

import io.lockernet.api.messaging.Destinations;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Gives a web application its {@link RefusalTally} when it starts (a listener, so that it is there for the very first
 * request, even one the container refuses before any filter runs) and reports the tally every
 * {@value #REPORT_SECONDS} s to the Core's realtime queue, on the application's managed scheduler. Registered in each
 * {@code web.xml}.
 */
public class RefusalReports implements ServletContextListener {

    static final int REPORT_SECONDS = 1;

    private ScheduledFuture<?> reports;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String path = event.getServletContext().getContextPath();
        String origin = (path.isEmpty() ? "ROOT" : path.substring(1)) + ".war";
        try {
            var naming = new InitialContext();
            RefusalTally tally = new RefusalTally(new RefusalAlarms(
                    (ConnectionFactory) naming.lookup("java:/JmsXA"),
                    (Queue) naming.lookup(Destinations.REALTIME_JNDI), origin));
            tally.install(event.getServletContext());
            ScheduledExecutorService scheduler = (ScheduledExecutorService)
                    naming.lookup("java:comp/DefaultManagedScheduledExecutorService");
            reports = scheduler.scheduleWithFixedDelay(tally::report, REPORT_SECONDS, REPORT_SECONDS, TimeUnit.SECONDS);
        } catch (NamingException e) {
            throw new IllegalStateException("refusals of " + origin + " cannot reach the Core's broker", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (reports != null) {
            reports.cancel(false);
        }
    }
}
