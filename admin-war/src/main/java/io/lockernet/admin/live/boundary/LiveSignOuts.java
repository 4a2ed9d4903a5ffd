package io.lockernet.admin.live.boundary;

import io.lockernet.admin.live.control.LiveSessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * An HTTP session that ends (signed out, timed out) takes all its live channels with it. The container means to do
 * the same, but its listener stops at the first channel of a session that has several (a concurrent modification,
 * logged by Undertow): a second tab would go on hearing.
 */
@WebListener
public class LiveSignOuts implements HttpSessionListener {

    @Inject
    LiveSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.httpSessionEnded(event.getSession().getId());
    }
}
