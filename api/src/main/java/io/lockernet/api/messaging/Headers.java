package io.lockernet.api.messaging;

/** JMS message property names. */
public final class Headers {

    /** What a message on the realtime queue carries: see {@link Kind}. */
    public static final String KIND = "kind";
    public static final String LOCKER = "locker";
    public static final String SHEPHERD = "shepherd";
    /**
     * With every message a Shepherd sends to the Core: its own client-credentials access token. The Core believes
     * {@link #SHEPHERD} only if it names the token's client, and a locker only if that Shepherd carries it.
     */
    public static final String CREDENTIAL = "credential";
    public static final String IMPULSE = "impulse";
    public static final String COMPARTMENT = "compartment";
    /**
     * With a command: what the locker is to do with the compartment, as the {@code command} frame's {@code action}
     * ({@code open}, or {@code close} for a roller shutter); a command without it is an {@code open}.
     */
    public static final String ACTION = "action";
    /** Epoch milliseconds after which a command must not fire. */
    public static final String DEADLINE = "deadline";
    public static final String ONLINE = "online";
    public static final String REASON = "reason";
    public static final String EXPIRED = "expired";
    public static final String RETAILER = "retailer";
    public static final String STATE = "state";
    /** With kind alarm: DUPLICATE_CONNECTION, IMPERSONATION or FLOODING. */
    public static final String ALARM = "alarm";
    /** With kind alarm, for alarms about something other than a locker: what it concerns (a deployment, a caller). */
    public static final String ALARM_SUBJECT = "alarmSubject";
    /** Epoch milliseconds at which the Shepherd observed what the message reports. */
    public static final String AT = "at";

    /** On the state topic: what changed, one of {@link Subject}. */
    public static final String SUBJECT = "subject";
    /**
     * Body of vitals and occupancy frames batched for the history tier: how many frames the batch holds; with kind
     * alarm: how many times it happened since the last report.
     */
    public static final String COUNT = "count";
    /**
     * With a {@code hello} frame, and with kind welcome: the Shepherd's id of the connection the hello came on, so
     * that a welcome reaches that connection and no later one.
     */
    public static final String CONNECTION = "connection";
    /** A layout's version as the locker reports it, on {@link Kind#CONFIGURE} (and a welcome that carries one). */
    public static final String CONFIG_VERSION = "configVersion";
    /** With kind release: the close code that ends the connection (4410, reassigned, when absent). */
    public static final String CLOSE_CODE = "closeCode";

    private Headers() {
    }

    /** What a message on the state topic is about. */
    public static final class Subject {
        public static final String IMPULSE = "impulse";
        public static final String COMPARTMENT = "compartment";
        /** A realtime alarm (a person inside a compartment, a forced door) for the store's staff and the operators. */
        public static final String ALARM = "alarm";
        /** A locker's link went up or down ({@link Headers#ONLINE}), for the operators' consoles. */
        public static final String LINK = "link";
        /**
         * An alarm of any kind was opened, for the operators' consoles: {@link Headers#ALARM} its kind,
         * {@link Headers#LOCKER} the locker it concerns (absent for an alarm about something else).
         */
        public static final String OPERATOR_ALARM = "operator-alarm";
        /**
         * A service ticket was opened, handled or closed, for the operators' consoles: {@link Headers#LOCKER} the
         * locker it is about.
         */
        public static final String TICKET = "ticket";

        private Subject() {
        }
    }

    /** Kinds of message on the realtime queue (and {@link #LINK_STATS} on the history queue). */
    public static final class Kind {
        /** Body: a locker protocol frame as received and validated by the Shepherd. */
        public static final String DEVICE = "device";
        /** A locker connected ({@code online=true}) or its connection ended. */
        public static final String LINK = "link";
        /** The Shepherd could not hand a command to the locker. */
        public static final String UNDELIVERED = "undelivered";
        /** A locker's connection misbehaved in a way operators must see ({@code alarm} names how). */
        public static final String ALARM = "alarm";
        /**
         * History queue: ping round trips per locker, one JSON object per line
         * ({@code locker, samples, p50Ms, p99Ms, maxMs}), measured up to {@code at}. A message without a kind on the
         * history queue is a batch of readings.
         */
        public static final String LINK_STATS = "link-stats";
        /**
         * On a Shepherd's command queue: end the locker's connection, it was reassigned ({@code reason} says to whom)
         * or it connected again through another Shepherd ({@link #CLOSE_CODE} 4409). A message there without a kind
         * is a command.
         */
        public static final String RELEASE = "release";
        /**
         * Core to Shepherd: send the locker a {@code configure} frame; the body is the layout ({@code LayoutJson}),
         * {@link #CONFIG_VERSION} its version. A {@link #WELCOME} may carry one the same way, to be sent right after it.
         */
        public static final String CONFIGURE = "configure";
        /**
         * On a Shepherd's command queue: the Core has recorded the locker's {@code hello} (it is online with the
         * compartments it announced, and can be opened); welcome it on {@link #CONNECTION}.
         */
        public static final String WELCOME = "welcome";

        private Kind() {
        }
    }
}
