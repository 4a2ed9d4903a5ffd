package io.lockernet.core.device.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Who sent a message to the Core's queues. The broker lets every Shepherd send to the realtime and history queues,
 * so the {@code shepherd} property of a message is only a claim: a Shepherd in a server of its own could name
 * another. Every Shepherd therefore attaches its own client-credentials access token ({@code credential}); the sender
 * is the token's client ({@code azp}), believed only when the token is signed by the realm's key, issued by the realm,
 * an access token ({@code typ} Bearer) and carries the role {@value #ROLE}.
 * <p>
 * A token is checked for who sent it more than for how fresh it is: a message may wait in the queue while the Core
 * redeploys, and a Shepherd that cannot reach Keycloak sends its last token; so a token expired up to
 * {@code lockernet.core.sender-token-grace-minutes} (default 60) ago is still believed. Only the Core reads these
 * queues. Tokens checked once are remembered with their expiry, so the signature is verified once per token (a
 * Shepherd renews its token every few minutes), not once per message, and a remembered token is refused once its
 * grace is over too. The realm's keys, once fetched, are kept through a Keycloak outage.
 */
@ApplicationScoped
public class MessageSenders {

    static final String ROLE = "shepherd-service";
    private static final int REMEMBERED = 256;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url", defaultValue = "https://localhost:8180/realms/lockernet")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "lockernet.core.sender-token-grace-minutes", defaultValue = "60")
    int graceMinutes;

    private Duration grace;
    private JwtConsumer consumer;
    private final Map<String, Sender> verified = new ConcurrentHashMap<>();
    @Inject
    Clock clock;

    /** A verified token's client and the moment after which it is no longer believed (its expiry and the grace). */
    private record Sender(String client, Instant until) {
    }

    public MessageSenders() {
    }

    /** For unit tests: the realm's keys given, not fetched. */
    MessageSenders(String realmUrl, Duration grace, VerificationKeyResolver keys, Clock clock) {
        this.grace = grace;
        this.clock = clock;
        this.consumer = consumer(realmUrl, grace, keys);
    }

    @PostConstruct
    void init() {
        grace = Duration.ofMinutes(graceMinutes);
        HttpsJwks keys = new HttpsJwks(realmUrl + "/protocol/openid-connect/certs");
        keys.setRetainCacheOnErrorDuration(Duration.ofDays(7).toSeconds());
        consumer = consumer(realmUrl, grace, new HttpsJwksVerificationKeyResolver(keys));
    }

    private static JwtConsumer consumer(String realmUrl, Duration grace, VerificationKeyResolver keys) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds((int) grace.toSeconds())
                .setExpectedIssuer(realmUrl)
                .setSkipDefaultAudienceValidation()
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /**
     * The Shepherd that sent a message claiming to come from {@code claimed}.
     *
     * @throws ForgedMessageException when the credential is missing or not valid, or is another Shepherd's
     * @throws IllegalStateException when the realm's keys cannot be fetched (the message is to be tried again)
     */
    public String shepherd(String credential, String claimed) {
        if (credential == null || credential.isBlank()) {
            throw new ForgedMessageException("it carries no credential");
        }
        Sender sender = verified.get(credential);
        if (sender == null) {
            sender = verify(credential);
            if (verified.size() >= REMEMBERED) {
                verified.clear();
            }
            verified.put(credential, sender);
        } else if (clock.instant().isAfter(sender.until())) {
            verified.remove(credential);
            throw new ForgedMessageException(expired());
        }
        if (!sender.client().equals(claimed)) {
            throw new ForgedMessageException("its credential is " + sender.client() + "'s");
        }
        return sender.client();
    }

    private String expired() {
        return "its credential expired more than " + grace.toMinutes() + " min ago";
    }

    private Sender verify(String credential) {
        try {
            JwtClaims claims = consumer.processToClaims(credential);
            String client = claims.getStringClaimValue("azp");
            if (client == null || !"Bearer".equals(claims.getClaimValue("typ")) || !roles(claims).contains(ROLE)) {
                throw new ForgedMessageException("its credential is not a Shepherd's");
            }
            return new Sender(client, Instant.ofEpochSecond(claims.getExpirationTime().getValue()).plus(grace));
        } catch (InvalidJwtException e) {
            if (causedByIo(e)) {
                throw new IllegalStateException("cannot fetch the realm's keys to check a message's sender", e);
            }
            throw new ForgedMessageException(e.hasExpired() ? expired() : "its credential is not a valid token of the realm");
        } catch (MalformedClaimException e) {
            throw new ForgedMessageException("its credential has claims of the wrong type");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(JwtClaims claims) {
        Object access = claims.getClaimValue("realm_access");
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof List<?> roles) {
            return (List<String>) roles;
        }
        return List.of();
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
