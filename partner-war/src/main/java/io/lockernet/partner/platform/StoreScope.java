package io.lockernet.partner.platform;

import io.lockernet.api.core.LockerView;
import io.lockernet.api.oidc.TokenClaims;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stores of this retailer a member of staff serves. Staff of one store are in the Keycloak group
 * {@code /retailers/<retailer>/stores/<store>} and reach that store's orders, parcels, returns, lockers, reports and
 * live events only; staff in the retailer's own group {@code /retailers/<retailer>} (head office, and the retailer's
 * service accounts) reach every store. A store is a locker's {@code store} in the Core and an order's {@code store}
 * here.
 */
public final class StoreScope {

    private final Set<String> stores;

    private StoreScope(Set<String> stores) {
        this.stores = stores;
    }

    /** The scope of the caller whose verified claims these are, in the deployment of {@code retailer}. */
    public static StoreScope of(TokenClaims claims, String retailer) {
        return new StoreScope(claims.stores(retailer).orElse(null));
    }

    public boolean everyStore() {
        return stores == null;
    }

    public boolean reaches(String store) {
        return stores == null || (store != null && stores.contains(store));
    }

    /** 403 unless the store is one of the caller's; {@code what} says what was asked for ("order A-1"). */
    public void check(String store, String what) {
        if (!reaches(store)) {
            throw new OutsideStores(what + " is at store '" + store + "', which you do not serve (your stores: "
                    + String.join(", ", new TreeSet<>(stores)) + ")");
        }
    }

    /** Whether the locker stands at one of the caller's stores (the Core decides whether the retailer may use it). */
    public boolean reachesLocker(String locker, OwnLockers lockers) {
        return stores == null || reaches(lockers.storeOf(locker).orElse(null));
    }

    /**
     * For something looked up by its id or reference (an order, a return, an impulse): 404 with the answer a missing
     * one gets ({@code missing}, "no order A-1") unless it is at one of the caller's stores, so that staff of one store
     * cannot find out what another store has.
     */
    public void checkFound(String store, String missing) {
        if (!reaches(store)) {
            throw new HiddenOutsideStores(missing);
        }
    }

    /** 403 unless the locker stands at one of the caller's stores (the Core decides whether the retailer may use it). */
    public void checkLocker(String locker, OwnLockers lockers) {
        if (stores != null) {
            check(lockers.storeOf(locker).orElse(null), "locker " + locker);
        }
    }

    /** The lockers of those given that stand at the caller's stores. */
    public List<LockerView> reachable(List<LockerView> lockers) {
        return stores == null ? lockers : lockers.stream().filter(l -> reaches(l.store())).toList();
    }

    /**
     * The stores a list is narrowed to: the one asked for (403 if not the caller's), or without one every store the
     * caller serves; null means every store of the retailer.
     */
    public Collection<String> narrow(String asked) {
        if (asked != null && !asked.isBlank()) {
            check(asked, "what you asked for");
            return List.of(asked);
        }
        return stores;
    }

    /** Store staff asked for another store's things by name: 403, and counted as a refused request. */
    public static final class OutsideStores extends ForbiddenException {
        OutsideStores(String message) {
            super(message);
        }
    }

    /**
     * Store staff looked up another store's order, return or impulse by reference: answered like a missing one (404),
     * and counted as a refused request all the same, so that operators see someone trying references.
     */
    public static final class HiddenOutsideStores extends NotFoundException {
        HiddenOutsideStores(String message) {
            super(message);
        }
    }
}
