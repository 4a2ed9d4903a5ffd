package io.lockernet.core.rest;

import io.lockernet.core.locker.boundary.Lockers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the calling operator may do in this request: the permission {@link OperatorAccessFilter} granted by role, and
 * where (the object scope). A resource asks it about the locker an object belongs to before it reads or changes it,
 * and filters its lists through {@link #sees}. Roles and regions come from the verified token only ({@link Caller}).
 */
@RequestScoped
public class OperatorAccess {

    @Inject
    Caller caller;

    @EJB
    Lockers lockers;

    private Permission granted;
    private Map<String, String> regionsOfLockers;

    /** Grants the permission when one of the caller's roles has it; refuses the request (403) otherwise. */
    void grant(Permission permission) {
        if (roles().stream().noneMatch(role -> permission.reach(role) != Permission.Reach.NONE)) {
            throw new ForbiddenException("Your roles do not allow " + permission.operation() + ".");
        }
        granted = permission;
    }

    /**
     * Refuses (403) unless the caller's roles also have this permission, for a request whose effect reaches further than
     * its own permission on some objects (isolating a retailer's client from an alarm); the request's own permission
     * and its regions stay as they were.
     */
    public void requireAlso(Permission permission) {
        if (roles().stream().noneMatch(role -> permission.reach(role) != Permission.Reach.NONE)) {
            throw new ForbiddenException("Your roles do not allow " + permission.operation() + ", which this needs.");
        }
    }

    /** The permission of this request, once granted. */
    public Optional<Permission> granted() {
        return Optional.ofNullable(granted);
    }

    /** The regions the caller may act in for this request's permission; empty: every region. */
    public Optional<Set<String>> regions() {
        Permission permission = granted().orElseThrow(() -> new ForbiddenException("No permission was granted."));
        if (roles().stream().anyMatch(role -> permission.reach(role) == Permission.Reach.ALL)) {
            return Optional.empty();
        }
        return Optional.of(caller.claims().regions());
    }

    /** Refuses (403) unless the locker stands in one of the caller's regions; an unknown locker is refused the same. */
    public void requireLocker(String locker) {
        if (!sees(locker)) {
            throw new ForbiddenException("Locker " + locker + " is not in your regions.");
        }
    }

    /** Refuses (403) unless the caller may act in this region (a locker commissioned into it, say). */
    public void requireRegion(String region) {
        regions().ifPresent(mine -> {
            if (region == null || !mine.contains(region)) {
                throw new ForbiddenException("Name one of your regions " + mine.stream().sorted().toList() + ".");
            }
        });
    }

    /** Whether the caller may see or act on this locker (and what happens at it) for this request's permission. */
    public boolean sees(String locker) {
        Optional<Set<String>> mine = regions();
        if (mine.isEmpty()) {
            return true;
        }
        if (locker == null) {
            return false;
        }
        if (regionsOfLockers == null) {
            regionsOfLockers = lockers.regions();
        }
        String region = regionsOfLockers.get(locker);
        return region != null && mine.get().contains(region);
    }

    private Set<OperatorRole> roles() {
        Set<String> realmRoles = Set.copyOf(caller.claims().realmRoles());
        return Arrays.stream(OperatorRole.values()).filter(r -> realmRoles.contains(r.role()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
