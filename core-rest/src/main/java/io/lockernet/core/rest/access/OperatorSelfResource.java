package io.lockernet.core.rest.access;

import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorRole;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the calling operator is to the Core: what a console shows them follows from it. */
@Path("/operator/me")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorSelfResource {

    @Inject
    Caller caller;

    /** The caller's name, operator roles, regions, and each operation of the role matrix they may do, and where. */
    public record Self(
            @Schema(example = "installer-north") String username,
            @Schema(example = "[\"installer\"]") List<String> roles,
            @Schema(example = "[\"north\"]") List<String> regions,
            @Schema(example = "[{\"operation\":\"locker.read\",\"reach\":\"its regions\"}]") List<Allowed> operations) {
    }

    /** One operation the caller may do: everywhere ("all") or in their regions ("its regions"). */
    public record Allowed(@Schema(example = "locker.commission") String operation,
                          @Schema(example = "its regions") String reach) {
    }

    @GET
    @Operation(operationId = "getOperatorSelf", summary = "Who the caller is, and what they may do",
            description = "The operations of the README's role matrix the caller's roles allow, each everywhere or "
                    + "in their regions. The Admin Panel shows what this lists.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(
            implementation = Self.class)))
    @Requires(Permission.READ_SELF)
    public Self me() {
        Set<String> realmRoles = Set.copyOf(caller.claims().realmRoles());
        List<OperatorRole> roles = Arrays.stream(OperatorRole.values()).filter(r -> realmRoles.contains(r.role()))
                .toList();
        List<Allowed> allowed = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            // Reach is ordered widest first: the widest any of the caller's roles gives
            Permission.Reach widest = roles.stream().map(permission::reach).min(Comparator.naturalOrder())
                    .orElse(Permission.Reach.NONE);
            if (widest != Permission.Reach.NONE) {
                allowed.add(new Allowed(permission.operation(), widest.text()));
            }
        }
        return new Self(caller.claims().username(), roles.stream().map(OperatorRole::role).toList(),
                caller.claims().regions().stream().sorted().toList(), allowed);
    }
}
