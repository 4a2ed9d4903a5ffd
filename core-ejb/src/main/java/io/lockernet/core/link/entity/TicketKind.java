package io.lockernet.core.link.entity;

/** Why a locker needs someone to look at it. */
public enum TicketKind {
    /** The link dropped again and again within a short window: antenna, SIM, power or cabling. */
    LINK_FLAPPING
}
