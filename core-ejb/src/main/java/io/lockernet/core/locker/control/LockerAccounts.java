package io.lockernet.core.locker.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Lockers' accounts in Keycloak, made through the Keycloak admin client as the Core's own client
 * {@code lockernet-provisioner}: a locker's client {@code locker-<id>} (client credentials only, tokens for the
 * Shepherds with the {@code locker_id} claim the Shepherd admits it by), its service account with the realm role
 * {@code locker}, in the Keycloak group of the locker's region. The secret is handed out once and kept nowhere here.
 */
@ApplicationScoped
public class LockerAccounts {

    private static final Logger LOG = Logger.getLogger(LockerAccounts.class.getName());
    private static final String CLIENT_PREFIX = "locker-";
    private static final String PROVISIONER = "lockernet-provisioner";
    private static final String REGIONS = "/regions";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url")
    Optional<String> realmUrl;

    @Inject
    @ConfigProperty(name = "lockernet.secret." + PROVISIONER)
    Optional<String> secret;

    private Keycloak keycloak;

    /** A locker's client id and its new secret, to be shown once, and where it gets its tokens with them. */
    public record Issued(String clientId, String secret, String tokenUrl, boolean created) {
    }

    /**
     * Makes the locker's client if it has none (and gives it a first secret) or gives it a new secret (the old one stops
     * working at once), and puts its account into the region's group (out of any other region's).
     */
    public Issued issue(String locker, String region) {
        try {
            return issueNow(locker, region);
        } catch (WebApplicationException | ProcessingException e) {
            throw new AccountsUnavailableException("Keycloak did not make the account of " + locker, e);
        }
    }

    private Issued issueNow(String locker, String region) {
        RealmResource realm = realm();
        String clientId = CLIENT_PREFIX + locker;
        String newSecret = randomSecret();
        List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
        boolean created = found.isEmpty();
        ClientResource client;
        if (created) {
            try (Response response = realm.clients().create(client(locker, newSecret))) {
                client = realm.clients().get(CreatedResponseUtil.getCreatedId(response));
            }
        } else {
            client = realm.clients().get(found.get(0).getId());
            ClientRepresentation changed = client.toRepresentation();
            changed.setSecret(newSecret);
            changed.setEnabled(true); // a new secret also ends a suspension
            client.update(changed);
        }
        // both every time (adding a role it has changes nothing): a second try finishes what a failed first began
        UserResource account = account(realm, client);
        account.roles().realmLevel().add(List.of(realm.roles().get("locker").toRepresentation()));
        if (region != null) {
            placeIn(realm, account, region);
        }
        LOG.info(() -> (created ? "made the Keycloak client " : "gave a new secret to ") + clientId);
        return new Issued(clientId, newSecret, realmUrl.orElseThrow() + "/protocol/openid-connect/token", created);
    }

    /** Removes the locker's client: it gets no new token (one it holds runs out within minutes). False if none. */
    public boolean revoke(String locker) {
        try {
            RealmResource realm = realm();
            List<ClientRepresentation> found = realm.clients().findByClientId(CLIENT_PREFIX + locker);
            found.forEach(c -> realm.clients().get(c.getId()).remove());
            return !found.isEmpty();
        } catch (WebApplicationException | ProcessingException e) {
            throw new AccountsUnavailableException("Keycloak did not remove the account of " + locker, e);
        }
    }

    /**
     * Suspends the locker's client: Keycloak gives it no token, and refuses the one it holds when the Shepherd checks
     * it again at the locker's next reauth. A new secret ({@link #issue}) lifts the suspension. False if it has none.
     */
    public boolean suspend(String locker) {
        return enable(CLIENT_PREFIX + locker, false);
    }

    /**
     * Suspends or restores any client of the realm (a retailer's an operator isolated): while suspended, Keycloak gives
     * it no token. False if there is no such client.
     */
    public boolean enable(String clientId, boolean enabled) {
        try {
            RealmResource realm = realm();
            List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
            for (ClientRepresentation c : found) {
                ClientResource client = realm.clients().get(c.getId());
                ClientRepresentation changed = client.toRepresentation();
                changed.setEnabled(enabled);
                client.update(changed);
            }
            LOG.info(() -> (enabled ? "restored" : "suspended") + " the Keycloak client " + clientId);
            return !found.isEmpty();
        } catch (WebApplicationException | ProcessingException e) {
            throw new AccountsUnavailableException("Keycloak did not " + (enabled ? "restore" : "suspend")
                    + " the client " + clientId, e);
        }
    }

    /** Keycloak could not be reached, or refused the Core's provisioning account. */
    public static class AccountsUnavailableException extends RuntimeException {
        AccountsUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static UserResource account(RealmResource realm, ClientResource client) {
        return realm.users().get(client.getServiceAccountUser().getId());
    }

    private static void placeIn(RealmResource realm, UserResource account, String region) {
        String path = REGIONS + "/" + region;
        account.groups().stream().filter(g -> g.getPath().startsWith(REGIONS + "/") && !g.getPath().equals(path))
                .forEach(g -> account.leaveGroup(g.getId()));
        account.joinGroup(group(realm, region).getId());
    }

    /** The region's group, made under /regions if it is new. */
    private static GroupRepresentation group(RealmResource realm, String region) {
        try {
            return realm.getGroupByPath(REGIONS + "/" + region);
        } catch (NotFoundException missing) {
            GroupRepresentation regions = realm.getGroupByPath(REGIONS);
            GroupRepresentation made = new GroupRepresentation();
            made.setName(region);
            try (Response response = realm.groups().group(regions.getId()).subGroup(made)) {
                made.setId(CreatedResponseUtil.getCreatedId(response));
            }
            return made;
        }
    }

    /** As the demo realm's locker clients are: client credentials only, for the Shepherds, naming the locker. */
    private static ClientRepresentation client(String locker, String secret) {
        ClientRepresentation c = new ClientRepresentation();
        c.setClientId(CLIENT_PREFIX + locker);
        c.setName("Locker " + locker);
        c.setDescription("Parcel locker " + locker + ", commissioned through the operator area; connects to its "
                + "Shepherd with client credentials.");
        c.setEnabled(true);
        c.setProtocol("openid-connect");
        c.setPublicClient(false);
        c.setClientAuthenticatorType("client-secret");
        c.setSecret(secret);
        c.setStandardFlowEnabled(false);
        c.setImplicitFlowEnabled(false);
        c.setDirectAccessGrantsEnabled(false);
        c.setServiceAccountsEnabled(true);
        c.setFullScopeAllowed(true);
        c.setAttributes(Map.of("access.token.lifespan", "300"));
        c.setProtocolMappers(List.of(
                mapper("audience-lockernet-shepherd", "oidc-audience-mapper", Map.of(
                        "included.custom.audience", "lockernet-shepherd", "id.token.claim", "false",
                        "access.token.claim", "true", "introspection.token.claim", "true")),
                mapper("locker-id", "oidc-hardcoded-claim-mapper", Map.of(
                        "claim.name", "locker_id", "claim.value", locker, "jsonType.label", "String",
                        "id.token.claim", "false", "access.token.claim", "true", "userinfo.token.claim", "false",
                        "introspection.token.claim", "true"))));
        return c;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation m = new ProtocolMapperRepresentation();
        m.setName(name);
        m.setProtocol("openid-connect");
        m.setProtocolMapper(type);
        m.setConfig(config);
        return m;
    }

    private synchronized RealmResource realm() {
        String url = realmUrl.orElseThrow(() -> new IllegalStateException("lockernet.oidc.url is not set"));
        int at = url.indexOf("/realms/");
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder().serverUrl(url.substring(0, at)).realm(url.substring(at + 8))
                    .grantType("client_credentials").clientId(PROVISIONER)
                    .clientSecret(secret.orElseThrow(() -> new IllegalStateException(
                            "lockernet.secret." + PROVISIONER + " is not set")))
                    .build();
        }
        return keycloak.realm(url.substring(at + 8));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
