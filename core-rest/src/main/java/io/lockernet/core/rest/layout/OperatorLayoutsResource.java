package io.lockernet.core.rest.layout;

import io.lockernet.api.core.LayoutCheck;
import io.lockernet.api.core.LayoutCompartmentView;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.problem.Problem;
import io.lockernet.core.layout.control.LayoutRejectedException;
import io.lockernet.core.layout.control.Layouts;
import io.lockernet.core.layout.entity.LayoutVersion;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The layout wizard's side of the Core: a layout is checked against the rules (and against compartments in use),
 * saved as the locker's next version and sent to it; the locker's answer shows in the version's state.
 */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorLayoutsResource {

    @EJB
    Layouts layouts;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @POST
    @Path("lockers/{id}/layouts/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkLockerLayout", summary = "Check a layout for a locker without saving it",
            description = "The rules: exactly one control module; compartments and the walls between them fit their "
                    + "module; XL and roller shutters in wide modules, a roller shutter alone; low compartments at "
                    + "the bottom; modules lettered A, B … from the left and compartments named by letter and number "
                    + "from the top (B3). Compartments in use may not be removed or resized.")
    @APIResponse(responseCode = "200", description = "The problems (none: it may be saved) and, without problems, "
            + "where each compartment stands", content = @Content(schema = @Schema(implementation = LayoutCheck.class)))
    @APIResponse(responseCode = "400", description = "Not a layout")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.COMMISSION_LOCKERS)
    public LayoutCheck check(@PathParam("id") String id, LockerLayout layout) {
        access.requireLocker(id);
        List<String> problems = layouts.check(id, required(layout));
        return new LayoutCheck(problems, problems.isEmpty() ? placed(layout) : List.of());
    }

    @POST
    @Path("lockers/{id}/layouts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveLockerLayout", summary = "Save a layout as the locker's next version and send it",
            description = "Kept as version n+1 (configVersion layout-v<n+1>) in state SENT and sent to the locker in a "
                    + "configure frame: at once when it is online, else after its next hello. The locker's answer "
                    + "makes it APPLIED (the Core's compartments become the layout's) or REJECTED.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(
            implementation = LayoutView.class)))
    @APIResponse(responseCode = "400", description = "Not a layout")
    @APIResponse(responseCode = "404", description = "No such locker")
    @APIResponse(responseCode = "422", description = "The layout breaks rules; the problem's `problems` lists each, "
            + "nothing was saved", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @Requires(Permission.COMMISSION_LOCKERS)
    public Response save(@PathParam("id") String id, LockerLayout layout) {
        access.requireLocker(id);
        try {
            LayoutVersion saved = layouts.save(id, required(layout), caller.claims().username());
            return Response.status(Response.Status.CREATED).entity(view(saved)).build();
        } catch (LayoutRejectedException e) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            e.problems().forEach(problems::add);
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(Json.createObjectBuilder()
                    .add("type", "about:blank").add("title", "Layout breaks rules").add("status", 422)
                    .add("detail", e.getMessage()).add("problems", problems).build().toString()).build();
        }
    }

    @GET
    @Path("lockers/{id}/layouts/current")
    @Operation(operationId = "getCurrentLockerLayout", summary = "The locker's current layout and its state")
    @APIResponse(responseCode = "200", description = "The newest version", content = @Content(schema = @Schema(
            implementation = LayoutView.class)))
    @APIResponse(responseCode = "404", description = "No such locker, or it has no layout yet")
    @Requires(Permission.READ_LOCKERS)
    public LayoutView current(@PathParam("id") String id) {
        access.requireLocker(id);
        return layouts.current(id).map(OperatorLayoutsResource::view)
                .orElseThrow(() -> new NotFoundException("locker " + id + " has no layout yet"));
    }

    private static LockerLayout required(LockerLayout layout) {
        if (layout == null || layout.modules() == null) {
            throw new BadRequestException("the body must be a layout: {\"modules\":[{\"kind\":\"control\","
                    + "\"compartments\":[{\"name\":\"A1\",\"type\":\"s\"}]}]}");
        }
        return layout;
    }

    private static List<LayoutCompartmentView> placed(LockerLayout layout) {
        return LayoutRules.place(layout).stream().map(LayoutCompartmentView::of).toList();
    }

    private static LayoutView view(LayoutVersion v) {
        LockerLayout layout = v.layout();
        return new LayoutView(v.locker(), v.version(), v.configVersion(), v.state().name(), v.reason(),
                v.createdBy(), v.createdAt(), v.appliedAt(), layout, placed(layout));
    }
}
