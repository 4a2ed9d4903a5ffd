package io.lockernet.shepherd.link.boundary;

import io.lockernet.api.web.RefusalReports;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts this Shepherd's refusal tally with the application, as the other applications' {@code web.xml} do; the
 * Shepherd has no {@code web.xml}, so it is declared here.
 */
@WebListener
public class ShepherdRefusalReports extends RefusalReports {
}
