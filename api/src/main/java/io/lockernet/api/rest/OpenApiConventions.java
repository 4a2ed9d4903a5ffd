package io.lockernet.api.rest;

import io.lockernet.api.problem.Problem;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the OpenAPI document of every Lockernet API says alike, written once here rather than on each operation. An
 * operation's annotations describe what its own code answers; this filter adds what the platform answers before that
 * code runs ({@link io.lockernet.api.web.RequestGuard}, the container's bearer-token check and role constraints,
 * {@link io.lockernet.api.web.RateLimits}, {@link JsonBodies}), and gives every error answer its body, a
 * {@link Problem} document. The {@code info} every deployment declares is in {@link #TITLE} and its neighbours:
 * WildFly merges the documents of all deployments into one {@code /openapi} and keeps the title and version only when
 * all of them agree.
 * <p>
 * WildFly keeps operation ids as they are, and a retailer's WARs are deployed once per retailer: in a
 * {@code partner-<id>} or {@code partner-admin-<id>} deployment the ids start with the deployment's name
 * ({@code partner-acme.listLockers}), so that each stays unique in the merged document. A document built with the WAR
 * has the plain ids.
 * <p>
 * Registered as {@code mp.openapi.filter} in each API's {@code META-INF/microprofile-config.properties}, and in the
 * SmallRye plugin that builds the documents with the WARs.
 */
public class OpenApiConventions implements OASFilter {

    public static final String TITLE = "Lockernet";
    public static final String VERSION = "0.1";
    public static final String DESCRIPTION = "The APIs of a Lockernet system: each retailer's partner API "
            + "(/partner-<id>/api: orders, products, deposits, pickups, returns) and Partner Admin API "
            + "(/partner-admin-<id>/api), and the Core's REST areas (/core/api/partner for retailers' systems, "
            + "/core/api/shepherd for Shepherd instances, /core/api/operator for operators). Every operation needs a "
            + "bearer token from the Keycloak realm lockernet, issued to the deployment's own client; an API client "
            + "sends Accept: application/json. Every error is an RFC 9457 problem document "
            + "(application/problem+json).";
    /** The security scheme every operation requires: the bearer token of a Keycloak client of the realm. */
    public static final String BEARER = "keycloak";
    /**
     * What {@link #BEARER} is, the same words in every deployment: WildFly's merged document keeps one scheme of that
     * name for all of them (the server's {@code component-key-format} is the plain name).
     */
    public static final String BEARER_DESCRIPTION = "An access token of the Keycloak realm lockernet, issued through the "
            + "client of the deployment the path belongs to: partner-<id> for a retailer's staff on /partner-<id>/api, "
            + "partner-admin-<id> for its technicians and privacy officer on /partner-admin-<id>/api; on /core/api a "
            + "retailer's client credentials (partner area), a Shepherd's (shepherd area) or an operator's login "
            + "(operator area)";

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String PER_RETAILER = "deployment.partner-";

    /** The answers any operation can get before its own code runs, unless the operation describes them itself. */
    private static final Map<String, String> PLATFORM = Map.of(
            "400", "A malformed request: more than one Authorization header, an access token in the query string, or "
                    + "a parameter this operation cannot read",
            "401", "No valid bearer token: none, expired, or issued to another deployment's client",
            "403", "The caller's roles or scope do not allow this operation",
            "429", "Over the caller's request budget: try again after the seconds in Retry-After");
    /** The answers of operations that take a body, besides {@link #PLATFORM}. */
    private static final Map<String, String> BODY = Map.of(
            "400", "A malformed request: a body that is not the JSON this operation reads (a property it does not "
                    + "know, a wrong type, a failed constraint), more than one Authorization header, or an access "
                    + "token in the query string",
            "413", "The body is too large (JSON bodies are at most 64 KiB)",
            "415", "The body is not application/json");

    private final String idPrefix = operationIdPrefix(getClass().getClassLoader().getName());

    /** The operations this API serves; the webhooks, requests the Core sends to retailers' systems, are theirs. */
    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(this::document));
        }
    }

    private void document(Operation operation) {
        if (operation.getOperationId() != null) {
            operation.setOperationId(idPrefix + operation.getOperationId());
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, APIResponse> answers = new TreeMap<>(responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses());
        if (operation.getRequestBody() != null) {
            BODY.forEach((status, description) -> answers.putIfAbsent(status, answer(description)));
        }
        PLATFORM.forEach((status, description) -> answers.putIfAbsent(status, answer(description)));
        answers.computeIfPresent("429", (status, answer) -> answer.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before the next request").schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER))));
        answers.forEach((status, answer) -> {
            if (!status.startsWith("2") && !status.startsWith("3") && answer.getContent() == null) {
                answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
            }
        });
        responses.setAPIResponses(answers);
    }

    private static APIResponse answer(String description) {
        return OASFactory.createAPIResponse().description(description);
    }

    /**
     * How the operation ids of the deployment whose class loader has this name begin: with the deployment's name and
     * a dot for a retailer's deployment on WildFly ({@code deployment.partner-acme.war}), with nothing elsewhere (the
     * Core's, which is deployed once, and a build).
     */
    static String operationIdPrefix(String classLoaderName) {
        if (classLoaderName == null || !classLoaderName.startsWith(PER_RETAILER) || !classLoaderName.endsWith(".war")) {
            return "";
        }
        return classLoaderName.substring("deployment.".length(), classLoaderName.length() - ".war".length()) + ".";
    }
}
