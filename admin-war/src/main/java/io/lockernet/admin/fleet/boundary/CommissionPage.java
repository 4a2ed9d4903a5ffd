package io.lockernet.admin.fleet.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.LockerCredentials;
import io.lockernet.api.core.LockerRegistration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * Backs the commissioning page: an installer (or a network admin) enters a locker and has the Core make its Keycloak
 * account; the secret is shown on the answer page, this once, and kept nowhere by the panel. The same people take a
 * locker out of the fleet again (decommission it).
 */
@Named
@RequestScoped
public class CommissionPage {

    @Inject
    OperatorApi core;

    private String id;
    private String name;
    private String store;
    private String region;
    private String shepherd = "shepherd-1";
    private String fallback;
    private String retailers;
    private LockerCredentials issued;
    private String decommissionId;

    public void commission() {
        try {
            List<String> usedBy = retailers == null || retailers.isBlank() ? List.of()
                    : Arrays.stream(retailers.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
            boolean created = core.enter(id.strip(), new LockerRegistration(name, store, blankToNull(region), shepherd,
                    blankToNull(fallback), usedBy, null));
            issued = core.credentials(id.strip());
            Messages.info("Locker " + id.strip() + (created ? " entered" : " changed") + " and its Keycloak client "
                    + issued.clientId() + " ready: give the locker the secret below, which is shown only now.");
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    /**
     * Takes a locker out of the fleet (its Keycloak client removed, its link ended, no retailer may use it); the Core
     * refuses while it is in use and names the compartments.
     */
    public void decommission() {
        String locker = decommissionId.strip();
        try {
            String path = "lockers/" + OperatorApi.encode(locker);
            core.exchange("DELETE", path, null, Void.class, 204);
            Messages.info("Locker " + locker + " is decommissioned: its Keycloak client is removed and its link "
                    + "ended; its history stays.");
            decommissionId = null;
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** The account made by this request; null before. */
    public LockerCredentials getIssued() {
        return issued;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStore() { return store; }
    public void setStore(String store) { this.store = store; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getShepherd() { return shepherd; }
    public void setShepherd(String shepherd) { this.shepherd = shepherd; }
    public String getFallback() { return fallback; }
    public void setFallback(String fallback) { this.fallback = fallback; }
    public String getRetailers() { return retailers; }
    public String getDecommissionId() { return decommissionId; }
    public void setDecommissionId(String decommissionId) { this.decommissionId = decommissionId; }
    public void setRetailers(String retailers) { this.retailers = retailers; }
}
