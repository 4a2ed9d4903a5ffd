package io.lockernet.core.rest;

import static io.lockernet.core.rest.OperatorRole.AUDITOR;
import static io.lockernet.core.rest.OperatorRole.FLEET_OPERATOR;
import static io.lockernet.core.rest.OperatorRole.INSTALLER;
import static io.lockernet.core.rest.OperatorRole.NETWORK_ADMIN;

import java.util.List;

/**
 * The operator area's permission matrix: each operation, the roles that may do it, and whether its objects stand in
 * regions (then a role that works in regions may do it there only). The README's "Role matrix" is this table
 * ({@code PermissionMatrixDocTest} keeps them equal) and {@code RoleMatrixIT} checks the running system against it.
 * Every operator resource method names its permission with {@link Requires}; one without is refused.
 */
public enum Permission {
    READ_LOCKERS("locker.read", true, INSTALLER, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    COMMISSION_LOCKERS("locker.commission", true, INSTALLER, NETWORK_ADMIN),
    OPERATE_LOCKERS("locker.operate", true, FLEET_OPERATOR, NETWORK_ADMIN),
    READ_ALARMS("alarm.read", true, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    HANDLE_ALARMS("alarm.handle", true, FLEET_OPERATOR, NETWORK_ADMIN),
    READ_TICKETS("ticket.read", true, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    HANDLE_TICKETS("ticket.handle", true, FLEET_OPERATOR, NETWORK_ADMIN),
    READ_REVIEW_ITEMS("review.read", true, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    HANDLE_REVIEW_ITEMS("review.handle", true, FLEET_OPERATOR, NETWORK_ADMIN),
    READ_IMPULSES("impulse.read", true, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    READ_REPORTS("report.read", true, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    READ_SHEPHERDS("shepherd.read", false, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    MAINTAIN_FLEET("fleet.maintain", false, NETWORK_ADMIN),
    READ_RETAILERS("retailer.read", false, NETWORK_ADMIN, AUDITOR),
    MANAGE_RETAILERS("retailer.manage", false, NETWORK_ADMIN),
    READ_PLATFORM("platform.read", false, NETWORK_ADMIN, AUDITOR),
    READ_DELIVERIES("delivery.read", false, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR),
    READ_AUDIT_LOG("audit.read", false, NETWORK_ADMIN, AUDITOR),
    READ_SELF("self.read", false, INSTALLER, FLEET_OPERATOR, NETWORK_ADMIN, AUDITOR);

    private final String operation;
    private final boolean regional;
    private final List<OperatorRole> roles;

    Permission(String operation, boolean regional, OperatorRole... roles) {
        this.operation = operation;
        this.regional = regional;
        this.roles = List.of(roles);
    }

    /** Its name in the README, the audit log and refusals: {@code locker.read}. */
    public String operation() {
        return operation;
    }

    /** Whether its objects stand in regions (lockers, and what happens at them). */
    public boolean regional() {
        return regional;
    }

    public List<OperatorRole> roles() {
        return roles;
    }

    /** How far a role may do this: everywhere, in its regions, or not at all. */
    public Reach reach(OperatorRole role) {
        if (!roles.contains(role)) {
            return Reach.NONE;
        }
        return regional && role.inRegions() ? Reach.ITS_REGIONS : Reach.ALL;
    }

    /** A cell of the matrix, the widest first. */
    public enum Reach {
        ALL("all"), ITS_REGIONS("its regions"), NONE("–");

        private final String text;

        Reach(String text) {
            this.text = text;
        }

        /** As the README writes it. */
        public String text() {
            return text;
        }
    }
}
