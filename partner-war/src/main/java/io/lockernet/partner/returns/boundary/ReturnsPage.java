package io.lockernet.partner.returns.boundary;

import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code returns.xhtml[?state=…]}: returns in one state, newest first, and taking dropped-off ones out of the locker,
 * as {@code GET /returns} and {@code POST /returns/{id}/retrieve} do. After the open the page asks every second until
 * the closing door has made the return RETRIEVED. A dropped-off return may instead be handed to a carrier, whose
 * courier takes it out ({@code POST /returns/{id}/carrier}).
 */
@Named
@ViewScoped
public class ReturnsPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    @EJB
    Returns returns;

    @Inject
    ReturnDropOffs dropOffs;

    @Inject
    StaffMember staff;

    @Inject
    PartnerConfig config;

    private String state = CustomerReturn.State.DROPPED_OFF.name();
    /** Returns whose compartment was opened for staff, with where: the page waits for their doors to close. */
    private final Map<Long, String> open = new LinkedHashMap<>();
    private String notice;
    private String done;
    private transient List<ReturnDocument> shown;

    @PostConstruct
    void init() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("state");
        if (states().contains(asked)) {
            state = asked;
        }
    }

    public List<String> states() {
        return Arrays.stream(CustomerReturn.State.values()).map(Enum::name).toList();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = CustomerReturn.State.valueOf(state).name();
        shown = null;
    }

    public List<ReturnDocument> returns() {
        if (shown == null) {
            shown = returns.list(CustomerReturn.State.valueOf(state), staff.scope().narrow(null)).stream().map(ReturnDocument::of).toList();
        }
        return shown;
    }

    /** Opens the compartment the customer dropped the return into, for the employee to take it out. */
    public void retrieve(ReturnDocument r) {
        String where = r.locker() + " " + r.compartment();
        PageOpens.Outcome outcome = PageOpens.open(() -> dropOffs.retrieve(r.id(), staff.claims()), where);
        done = null;
        notice = outcome.notice();
        if (outcome.mayBeOpen()) {
            open.put(r.id(), where);
        }
        shown = null;
    }

    /** The carriers this retailer may ask to collect a return (none: no such buttons). */
    public List<String> carriers() {
        return config.carriers();
    }

    /** Hands the dropped-off return to the carrier, whose courier takes it out of the locker instead of staff. */
    public void handOver(ReturnDocument r, String carrier) {
        done = null;
        notice = null;
        try {
            dropOffs.collect(r.id(), carrier);
            done = "The return of order " + r.reference() + " is handed to " + carrier + ": its courier takes it out "
                    + "of " + r.locker() + " " + r.compartment() + ".";
        } catch (RuntimeException e) {
            notice = "The return of order " + r.reference() + " was not handed to " + carrier + ": "
                    + PageOpens.message(e) + ".";
        }
        shown = null;
    }

    /** Asked every second while a door is open: has it closed, and the return become RETRIEVED? */
    public void refresh() {
        for (var waiting : List.copyOf(open.entrySet())) {
            CustomerReturn r = returns.get(waiting.getKey());
            if (r.state() != CustomerReturn.State.DROPPED_OFF) {
                open.remove(waiting.getKey());
                notice = null;
                done = "The return of order " + r.order().reference() + " was taken out of " + waiting.getValue()
                        + " and is " + r.state().name().toLowerCase().replace('_', ' ') + ".";
                shown = null;
            }
        }
    }

    public String openNow() {
        return String.join(", ", open.values());
    }

    public boolean opened(long id) {
        return open.containsKey(id);
    }

    public boolean polling() {
        return !open.isEmpty();
    }

    public String notice() {
        return notice;
    }

    public String done() {
        return done;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
