package io.lockernet.admin.ticket.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.RequestParams;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.admin.platform.PanelUser;
import io.lockernet.api.core.Assignee;
import io.lockernet.api.core.Comment;
import io.lockernet.api.core.Resolution;
import io.lockernet.api.core.ServiceTicketView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Backs the service tickets page: the open tickets the operator may see, each taken to closure here (acknowledged,
 * taken, commented, resolved with what was done), one ticket's history ({@code ?ticket=id}) and the latest closed
 * tickets. It calls the Core's operator API through {@link OperatorApi}'s generic requests.
 */
@Named
@RequestScoped
public class TicketsPage {

    private static final String TICKETS = "service-tickets";

    @Inject
    OperatorApi core;

    @Inject
    PanelUser user;

    private List<ServiceTicketView> open;
    private List<ServiceTicketView> closed;
    private Long shown;
    private ServiceTicketView detail;

    public List<ServiceTicketView> getTickets() {
        if (open == null) {
            open = List.of(core.read(TICKETS + "?state=open", ServiceTicketView[].class));
        }
        return open;
    }

    public List<ServiceTicketView> getClosed() {
        if (closed == null) {
            closed = List.of(core.read(TICKETS + "?state=closed", ServiceTicketView[].class));
        }
        return closed;
    }

    /** The shown ticket with its history ({@code ?ticket=id}); null when none is asked for or it cannot be read. */
    public ServiceTicketView getDetail() {
        if (shown == null) {
            shown = RequestParams.asked("ticket", "service ticket");
        }
        if (detail == null && shown != null) {
            try {
                detail = core.read(TICKETS + "/" + shown, ServiceTicketView.class);
            } catch (CoreRefusal refused) {
                Messages.error(refused.getMessage());
                shown = null;
            }
        }
        return detail;
    }

    public void acknowledge() {
        clicked().ifPresent(id -> act(id, "Service ticket " + id + " acknowledged.", "POST", "acknowledgement", null));
    }

    /** Gives the ticket to the signed-in operator. */
    public void take() {
        clicked().ifPresent(id -> act(id, "Service ticket " + id + " is yours.", "PUT", "assignee",
                new Assignee(user.username())));
    }

    public void comment() {
        clicked().ifPresent(id -> {
            String text = RequestParams.typed("comment-" + id);
            if (text.isEmpty()) {
                Messages.error("Write a comment first.");
                return;
            }
            act(id, "Comment added to service ticket " + id + ".", "POST", "comments", new Comment(text));
        });
    }

    public void resolve() {
        clicked().ifPresent(id -> {
            String resolution = RequestParams.typed("resolution-" + id);
            if (resolution.isEmpty()) {
                Messages.error("Say what was done before resolving service ticket " + id + ".");
                return;
            }
            act(id, "Service ticket " + id + " resolved.", "POST", "resolution", new Resolution(resolution));
        });
    }

    /** The service ticket whose button was clicked: the button sends its id, whatever row it is in now. */
    private static Optional<Long> clicked() {
        return RequestParams.clicked("ticket-id", "service ticket");
    }

    private void act(long id, String done, String method, String step, Object body) {
        try {
            detail = core.exchange(method, TICKETS + "/" + id + "/" + step, body, ServiceTicketView.class, 200);
            shown = id;
            open = null;
            closed = null;
            Messages.info(done);
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }
}
