package io.lockernet.core.rest;

/**
 * The operators' realm roles. Installers and fleet operators work in their regions (Keycloak groups
 * {@code /regions/<region>}); network admins and auditors see the whole fleet.
 */
public enum OperatorRole {
    INSTALLER("installer", true),
    FLEET_OPERATOR("fleet-operator", true),
    NETWORK_ADMIN("network-admin", false),
    AUDITOR("auditor", false);

    private final String role;
    private final boolean inRegions;

    OperatorRole(String role, boolean inRegions) {
        this.role = role;
        this.inRegions = inRegions;
    }

    /** The realm role's name in Keycloak. */
    public String role() {
        return role;
    }

    /** Whether it works only in the caller's regions. */
    public boolean inRegions() {
        return inRegions;
    }
}
