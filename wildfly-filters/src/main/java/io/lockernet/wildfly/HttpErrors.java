package io.lockernet.wildfly;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Counts the server's answers of 400 and more over the last hour, every application together (60-web.cli registers
 * this handler on the whole host), and publishes the counts as the MBean {@code io.lockernet:type=HttpErrors}. Undertow's
 * own listener statistics count only the status 500 exactly, and only since the server started.
 */
public class HttpErrors implements HttpHandler {

    static final String NAME = "io.lockernet:type=HttpErrors";
    private static final Logger LOG = Logger.getLogger(HttpErrors.class.getName());
    private static final HttpErrorWindow WINDOW = publish(new HttpErrorWindow(System::currentTimeMillis));

    private final HttpHandler next;

    public HttpErrors(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            WINDOW.record(done.getStatusCode());
            nextListener.proceed();
        });
        next.handleRequest(exchange);
    }

    private static HttpErrorWindow publish(HttpErrorWindow window) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) { // a handler module loaded again (the server reloaded): the new one counts
                server.unregisterMBean(name);
            }
            server.registerMBean(new StandardMBean(window, HttpErrorsMBean.class), name);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "cannot publish the HTTP error counts as " + NAME, e);
        }
        return window;
    }
}
