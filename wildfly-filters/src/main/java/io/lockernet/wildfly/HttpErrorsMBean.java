package io.lockernet.wildfly;

/**
 * The server's HTTP answers that went wrong in the last hour, as JMX attributes of {@code io.lockernet:type=HttpErrors}
 * (the Core's state page reads them).
 */
public interface HttpErrorsMBean {

    /** Answers with a status of 500 or more, every application of this server together. */
    long getServerErrorsLastHour();

    /** Answers with a status of 400 to 499 (refused, not found, unauthenticated, bad input). */
    long getClientErrorsLastHour();

    /** When counting began, in epoch milliseconds: the last hour, or since the server started if it is younger. */
    long getCountingSince();
}
