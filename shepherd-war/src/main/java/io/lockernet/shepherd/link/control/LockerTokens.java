package io.lockernet.shepherd.link.control;

import java.time.Instant;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Checks a locker's access token: signed by the realm's current key (fetched from its JWKS and cached), issued by
 * the realm, an access token (not an ID or refresh token), for the Shepherd audience, not expired, carrying the {@code locker} role and a {@code locker_id}. The
 * Shepherd checks tokens itself, not the container, so that a refusal can be a WebSocket close with a reason, and so
 * that a token can be checked again on an open connection.
 */
public class LockerTokens {

    static final String AUDIENCE = "lockernet-shepherd";
    static final String ROLE = "locker";
    /** Keycloak's {@code typ} of an access token (an ID token says {@code ID}, a refresh token {@code Refresh}). */
    static final String ACCESS_TOKEN = "Bearer";

    private final JwtConsumer consumer;

    public LockerTokens(String realmUrl) {
        this(realmUrl, new HttpsJwksVerificationKeyResolver(
                new HttpsJwks(realmUrl + "/protocol/openid-connect/certs")));
    }

    public LockerTokens(String realmUrl, VerificationKeyResolver keys) {
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(10)
                .setRequireSubject()
                .setExpectedIssuer(realmUrl)
                .setExpectedAudience(AUDIENCE)
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    public LockerIdentity verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no bearer token: send 'Authorization: Bearer <token>' or ?access_token=");
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            if (!ACCESS_TOKEN.equals(claims.getClaimValue("typ"))) {
                throw new InvalidTokenException("not an access token");
            }
            if (!roles(claims).contains(ROLE)) {
                throw new InvalidTokenException("token lacks the role '" + ROLE + "'");
            }
            String locker = claims.getStringClaimValue("locker_id");
            if (locker == null || locker.isBlank()) {
                throw new InvalidTokenException("token names no locker (claim locker_id)");
            }
            return new LockerIdentity(locker, Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (InvalidJwtException e) {
            throw new InvalidTokenException(reason(e));
        } catch (MalformedClaimException e) {
            throw new InvalidTokenException("token claims of the wrong type");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(JwtClaims claims) {
        Object access = claims.getClaimValue("realm_access");
        if (access instanceof java.util.Map<?, ?> map && map.get("roles") instanceof List<?> roles) {
            return (List<String>) roles;
        }
        return List.of();
    }

    /**
     * Why a token was refused, in words a locker maker can act on and nothing more: the library's own messages name
     * its classes and echo the token's content.
     */
    static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "token expired";
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return "token signature not valid";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "token not issued by the lockernet realm";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "token not meant for the Shepherd (audience " + AUDIENCE + ")";
        }
        return "token not valid";
    }
}
