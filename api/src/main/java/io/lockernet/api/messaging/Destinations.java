package io.lockernet.api.messaging;

/** Queue and topic names (the JMS names; JNDI entries are {@code java:/jms/queue/<name>} and {@code java:/jms/topic/<name>}). */
public final class Destinations {

    /** Realtime tier: device frames and link changes from every Shepherd to the Core. */
    public static final String REALTIME = "lockernet.realtime";
    /** Realtime tier, outward: impulse and compartment state changes for every application. */
    public static final String STATE_TOPIC = "lockernet.state";

    /** History tier: vitals and occupancy readings, each message a batch of frames from one Shepherd. */
    public static final String HISTORY = "lockernet.history";
    /** Reports tier: "refresh the aggregates", sent every minute. */
    public static final String REPORTS = "lockernet.reports";
    /** Off-peak tier: "reconcile now", sent by the nightly schedule or an operator. */
    public static final String OFFPEAK = "lockernet.offpeak";
    /** Callbacks tier: "attempt this delivery" (its id), sent with the change that made it or delayed for a retry. */
    public static final String CALLBACKS = "lockernet.callbacks";
    /** Positions tier: where a courier is now, from the courier app; stale within a minute, so never redelivered late. */
    public static final String POSITIONS = "lockernet.positions";

    public static final String REALTIME_JNDI = "java:/jms/queue/" + REALTIME;
    public static final String HISTORY_JNDI = "java:/jms/queue/" + HISTORY;
    public static final String REPORTS_JNDI = "java:/jms/queue/" + REPORTS;
    public static final String OFFPEAK_JNDI = "java:/jms/queue/" + OFFPEAK;
    public static final String CALLBACKS_JNDI = "java:/jms/queue/" + CALLBACKS;
    public static final String POSITIONS_JNDI = "java:/jms/queue/" + POSITIONS;
    public static final String STATE_TOPIC_JNDI = "java:/jms/topic/" + STATE_TOPIC;

    private Destinations() {
    }

    /** The command queue of one Shepherd instance, e.g. {@code shepherd.1.commands} for {@code shepherd-1}. */
    public static String commandsOf(String shepherd) {
        return "shepherd." + shepherd.substring(shepherd.lastIndexOf('-') + 1) + ".commands";
    }
}
