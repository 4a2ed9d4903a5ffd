package io.lockernet.partner.platform;

import io.lockernet.api.web.RetailerScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which retailer this deployment serves and where its peers are. The retailer is the deployment's context path
 * ({@code /partner-acme} serves {@code acme}), so one WAR serves every retailer without being rebuilt.
 */
@ApplicationScoped
public class PartnerConfig {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url", defaultValue = "https://localhost:8180/realms/lockernet")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "lockernet.core.url", defaultValue = "https://localhost:8443/core/api")
    String coreUrl;

    /** Where customers reach this server (the links in their e-mails), without a trailing slash. */
    @Inject
    @ConfigProperty(name = "lockernet.partner.public-url", defaultValue = "https://localhost:8443")
    String publicUrl;

    private String retailer;

    /** Learns the retailer when the web application starts, before any request or message arrives. */
    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        retailer = RetailerScopeFilter.retailerOf(context.getContextPath());
    }

    public String retailer() {
        return retailer;
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** This deployment's Keycloak client, which is also how it calls the Core. */
    public String clientId() {
        return "partner-" + retailer();
    }

    public String secret() {
        return config.getValue("lockernet.secret." + clientId(), String.class);
    }

    /**
     * How long a customer has to collect a parcel: {@code lockernet.partner.ID.pickup-window} for this retailer, else
     * {@code lockernet.partner.pickup-window}, else 48 hours (ISO-8601 durations, e.g. PT48H).
     */
    public Duration pickupWindow() {
        return duration("pickup-window", Duration.ofHours(48));
    }

    /** How long before the window ends the customer is reminded ({@code …reminder-before}, default 12 hours). */
    public Duration reminderBefore() {
        return duration("reminder-before", Duration.ofHours(12));
    }

    /**
     * How long a customer has to drop a return off, and the compartment stays held for it ({@code …return-window},
     * default 72 hours; the Core holds a compartment for at most 168 hours).
     */
    public Duration returnWindow() {
        return duration("return-window", Duration.ofHours(72));
    }

    /**
     * The carriers this retailer hands parcels to, offered in the staff app ({@code lockernet.partner.ID.carriers},
     * else {@code lockernet.partner.carriers}: comma-separated carrier ids, the Keycloak groups /carriers/&lt;id&gt;);
     * none by default. Parcels go only to these carriers, by the staff app and the API alike.
     */
    public List<String> carriers() {
        return config.getOptionalValue("lockernet.partner." + retailer() + ".carriers", String.class)
                .or(() -> config.getOptionalValue("lockernet.partner.carriers", String.class))
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The carrier, if it is one of this retailer's; else a 400 that names those it may use. */
    public String checkCarrier(String carrier) {
        if (!carriers().contains(carrier)) {
            throw new IllegalArgumentException("carrier " + carrier + " is not one of this retailer's carriers "
                    + carriers() + " (lockernet.partner.carriers)");
        }
        return carrier;
    }

    private Duration duration(String name, Duration fallback) {
        return config.getOptionalValue("lockernet.partner." + retailer() + "." + name, String.class)
                .or(() -> config.getOptionalValue("lockernet.partner." + name, String.class))
                .map(Duration::parse).orElse(fallback);
    }

    public String realmUrl() {
        return realmUrl;
    }

    public String coreUrl() {
        return coreUrl;
    }
}
