package io.lockernet.partner.deposit.boundary;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.LockerView;
import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.deposit.control.CompartmentFit;
import io.lockernet.partner.deposit.control.DepositProposals;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.control.Deposits;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deposit wizard, {@code deposit.xhtml?order=REF}: the employee says which locker they stand at, takes the proposed
 * compartment or picks another free one (on the 3D view or in the list), the compartment is reserved and opens, and
 * once the door closes the order is deposited and the customer has been e-mailed the code. The same steps as the
 * REST API ({@code /orders/{ref}/proposal}, {@code /orders/{ref}/deposit}), through the same controls.
 */
@Named
@ViewScoped
public class DepositWizard implements Serializable {

    /** Where the deposit stands, as the page shows it. */
    public enum Step { CHOOSE, OPEN, DEPOSITED, NOT_WAITING }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @EJB
    Orders orders;

    @EJB
    Parcels parcels;

    @Inject
    DepositProposals proposals;

    @Inject
    Deposits deposits;

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    private String reference;
    private String locker;
    private String compartment;
    private String size;
    private boolean chosenByHand;
    private boolean otherLocker;
    private Step step = Step.NOT_WAITING;
    private String notice;
    private String orderState;
    private String store;
    private String customer;
    private boolean lowCompartment;
    private String items;
    private String codeSentAt;
    /** How often the page asked whether the customer's e-mail went out; after a minute the sweep's retries are left to the orders page. */
    private int mailPolls;
    private static final int MAX_MAIL_POLLS = 60;

    @PostConstruct
    void init() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        reference = parameters.get("order");
        Optional<CustomerOrder> order = reference == null ? Optional.empty() : orders.order(reference);
        if (order.isEmpty()) {
            notice = "There is no order " + (reference == null ? "" : reference) + ": pick one from the orders.";
            return;
        }
        if (!staff.scope().reaches(order.get().store())) {
            // another store's order looks like no order at all
            notice = "There is no order " + reference + ": pick one from the orders.";
            reference = null;
            return;
        }
        CustomerOrder o = order.get();
        store = o.store();
        customer = o.customer().name();
        lowCompartment = o.customer().lowCompartment();
        items = o.lines().stream().map(l -> l.quantity() + " × " + l.product().name()).reduce((a, b) -> a + ", " + b)
                .orElse("");
        follow(o);
        if (step == Step.CHOOSE) {
            // the locker the employee says they stand at, else the store's first online one
            List<LockerView> here = storeLockers();
            locker = here.stream().map(LockerView::id).filter(id -> id.equals(parameters.get("locker"))).findFirst()
                    .or(() -> here.stream().filter(LockerView::online).map(LockerView::id).findFirst())
                    .orElse(here.isEmpty() ? null : here.get(0).id());
            propose();
        }
    }

    /** The lockers of the order's store this retailer may use. */
    public List<LockerView> storeLockers() {
        return core.lockers().stream().filter(l -> store.equals(l.store()))
                .sorted(Comparator.comparing(LockerView::id)).toList();
    }

    /** The smallest free compartment the order fits, at the employee's locker first. */
    public void propose() {
        Optional<CustomerOrder> order = orders.order(reference);
        if (order.isEmpty() || order.get().state() != CustomerOrder.State.OPEN) {
            order.ifPresent(this::follow);
            return;
        }
        Optional<CompartmentFit.Proposal> proposal = proposals.propose(order.get().packing(), store, locker,
                lowCompartment);
        chosenByHand = false;
        String before = locker;
        if (proposal.isPresent()) {
            locker = proposal.get().locker();
            compartment = proposal.get().compartment();
            size = proposal.get().size();
            otherLocker = proposal.get().otherLocker();
            notice = null;
        } else {
            compartment = null;
            size = null;
            notice = "No free compartment at " + store + " fits this order" + (lowCompartment ? " (low ones only)" : "")
                    + ". One may come free; choose by hand if you know better.";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && before != null && !before.equals(locker)) {
            // the fit is at another locker of the store: show that one (its model and its list), as a new page
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/deposit.xhtml?order=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                        + "&locker=" + URLEncoder.encode(locker, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The employee picked a compartment on the 3D view or in the list: it must be free in the chosen locker. */
    public void choose() {
        if (step != Step.CHOOSE) {
            return;
        }
        String picked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("compartment");
        Optional<CompartmentView> free = storeLockers().stream().filter(l -> l.id().equals(locker))
                .flatMap(l -> l.compartments().stream())
                .filter(c -> c.name().equals(picked) && "AVAILABLE".equals(c.state())).findFirst();
        if (free.isEmpty()) {
            notice = "Compartment " + picked + " of " + locker + " is not free.";
            return;
        }
        compartment = free.get().name();
        size = free.get().size();
        chosenByHand = true;
        otherLocker = false;
        notice = null;
    }

    /** Reserves the compartment and opens it; answers when the locker has seen the door open (or not). */
    public void open() {
        if (step != Step.CHOOSE || compartment == null) {
            return;
        }
        PageOpens.Outcome outcome = PageOpens.open(
                () -> deposits.deposit(reference, locker, compartment, staff.claims()), locker + " " + compartment);
        if (outcome.mayBeOpen()) {
            step = Step.OPEN;
            notice = outcome.notice();
        } else {
            notice = outcome.notice() + " Try again or choose another.";
            propose();
        }
    }

    /** Asked every second while the door is open: has the closing door made the order deposited? */
    public void refresh() {
        if (step == Step.DEPOSITED) {
            mailPolls++;
        }
        orders.order(reference).ifPresent(this::follow);
    }

    private void follow(CustomerOrder order) {
        orderState = order.state().name();
        switch (order.state()) {
            case OPEN -> {
                if (step == Step.OPEN) {
                    notice = "The door closed before the deposit was recorded; the order waits again.";
                }
                step = Step.CHOOSE;
            }
            case DEPOSITING -> step = Step.OPEN;
            case DEPOSITED -> step = Step.DEPOSITED;
            default -> step = Step.NOT_WAITING;
        }
        if (step != Step.CHOOSE) {
            parcels.ofOrder(reference).stream().filter(p -> p.state() != Parcel.State.CANCELLED)
                    .max(Comparator.comparing(Parcel::id)).ifPresent(p -> {
                        locker = p.locker();
                        compartment = p.compartment();
                        codeSentAt = p.codeSentAt() == null ? null : TIME.format(p.codeSentAt());
                    });
        }
    }

    /** The page polls while the door is open, and after it until the customer's e-mail went out. */
    public boolean polling() {
        return step == Step.OPEN || step == Step.DEPOSITED && codeSentAt == null && mailPolls < MAX_MAIL_POLLS;
    }

    public String getLocker() {
        return locker;
    }

    public void setLocker(String locker) {
        this.locker = locker;
    }

    public String getReference() {
        return reference;
    }

    public String compartment() {
        return compartment;
    }

    public String size() {
        return size;
    }

    public boolean chosenByHand() {
        return chosenByHand;
    }

    public boolean otherLocker() {
        return otherLocker;
    }

    public String step() {
        return step.name();
    }

    public String notice() {
        return notice;
    }

    public String orderState() {
        return orderState;
    }

    public String store() {
        return store;
    }

    public String customer() {
        return customer;
    }

    public boolean lowCompartment() {
        return lowCompartment;
    }

    public String items() {
        return items;
    }

    public String codeSentAt() {
        return codeSentAt;
    }
}
