package io.lockernet.simulator.demo;

import io.lockernet.simulator.demo.CustomerMail.Kind;
import io.lockernet.simulator.demo.Visits.Visit;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The demo's customers: each reads the e-mail with a code, comes to the locker a while later ({@link Visits}) and
 * types the code on its keypad ({@link Keypads}). Before typing, the customer makes sure through the staff API that
 * the code still opens something (the order is still DEPOSITED, the return still awaits its drop-off): a spent code
 * is a wrong code, and five of those lock the locker's keypad for everyone. A pickup typed is told to
 * {@link ReturnRequests}: now and then the customer brings the order back.
 */
final class Customers {

    private static final System.Logger LOG = System.getLogger(Customers.class.getName());

    private final Visits visits;
    /** Who forgets their parcel: drawn apart from the visits' own randomness. */
    private final RandomGenerator forgetful = new SplittableRandom();
    private final Keypads keypads;
    private final List<StaffApi> retailers;
    private final ReturnRequests returns;

    Customers(Visits visits, Keypads keypads, List<StaffApi> retailers, ReturnRequests returns) {
        this.visits = visits;
        this.keypads = keypads;
        this.retailers = List.copyOf(retailers);
        this.returns = returns;
    }

    /** Mails that arrived: each one with a code is a customer who will come. */
    void read(List<MimeMessage> mails, Instant now) {
        for (MimeMessage mail : mails) {
            Optional<CustomerMail> code = parse(mail);
            if (code.isPresent() && forgetful.nextInt(Visits.FORGETFUL) == 0 && visits.forget(code.get())) {
                LOG.log(Level.INFO, "mail to {0}: {1}; this customer forgets it, and the parcel stays until its pickup "
                        + "window ends (reminder, then the Retrieval page of the staff app)", recipient(mail),
                        code.get().describe());
            } else if (code.isPresent() && visits.expect(code.get(), now)) {
                LOG.log(Level.INFO, "mail to {0}: {1}; the customer comes within minutes", recipient(mail),
                        code.get().describe());
            }
        }
    }

    /**
     * Mails kept from before this process started, oldest first: the customers of those whose parcel is still in a
     * locker, or whose return still awaits its drop-off, will come; the others came already. Of two mails for the same
     * order (deposited again after a retrieval) only the newer code still opens.
     */
    void readKept(List<MimeMessage> mails, Instant now) {
        Set<String> waiting = new HashSet<>();
        for (StaffApi retailer : retailers) {
            retailer.orders("DEPOSITED").forEach(o -> waiting.add(Kind.PICKUP + " " + o.getString("reference", "")));
            retailer.returns("AWAITING_DROP_OFF").forEach(r -> waiting.add(Kind.RETURN + " "
                    + r.getString("reference", "")));
        }
        Map<String, CustomerMail> newest = new LinkedHashMap<>();
        for (MimeMessage mail : mails) {
            parse(mail).ifPresent(code -> newest.put(code.kind() + " " + code.reference(), code));
        }
        int coming = 0;
        for (Map.Entry<String, CustomerMail> code : newest.entrySet()) {
            if (waiting.contains(code.getKey()) && visits.expect(code.getValue(), now)) {
                coming++;
            }
        }
        LOG.log(Level.INFO, "demo: {0} of {1} kept mails are of parcels or returns still waiting; their customers come "
                + "within minutes", String.valueOf(coming), String.valueOf(mails.size()));
    }

    /** The customers due at the lockers now. */
    void visit(Instant now) {
        for (Visit visit : visits.due(now)) {
            try {
                come(visit, now);
            } catch (StaffApiException e) {
                LOG.log(Level.WARNING, "cannot tell whether order {0} is still in its locker ({1}); the customer "
                        + "comes back later", visit.mail().reference(), e.getMessage());
                visits.again(visit, now);
            }
        }
    }

    private void come(Visit visit, Instant now) {
        CustomerMail mail = visit.mail();
        Optional<String> gone = whyNotWaiting(mail);
        if (gone.isPresent()) {
            LOG.log(Level.INFO, "{0}: {1}; the customer stays at home", mail.describe(), gone.get());
            return;
        }
        switch (keypads.type(mail.locker(), mail.code())) {
            case TYPED -> {
                LOG.log(Level.INFO, "a customer types the {0}", mail.describe());
                if (mail.kind() == Kind.PICKUP) {
                    returns.collected(mail.reference(), now);
                }
            }
            case OFFLINE -> {
                if (!visits.again(visit, now)) {
                    LOG.log(Level.WARNING, "{0} stayed offline; the customer with the {1} gives up", mail.locker(),
                            mail.describe());
                }
            }
            case NOT_HERE -> LOG.log(Level.INFO, "{0} is not simulated in this process; nobody types the {1}",
                    mail.locker(), mail.describe());
        }
    }

    /**
     * Why the code would no longer open anything (the order collected, the return dropped off); empty if it would.
     * Two retailers sharing a store may each have an order of the same reference: the code may be either's.
     */
    private Optional<String> whyNotWaiting(CustomerMail mail) {
        if (mail.kind() == Kind.PICKUP) {
            Optional<String> why = Optional.of("no demo retailer knows the order");
            for (StaffApi retailer : retailers) {
                Optional<JsonObject> order = retailer.order(mail.reference());
                if (order.isPresent()) {
                    String state = order.get().getString("state", "");
                    if (state.equals("DEPOSITED")) {
                        return Optional.empty();
                    }
                    why = Optional.of("the order is " + state);
                }
            }
            return why;
        }
        for (StaffApi retailer : retailers) {
            boolean awaiting = retailer.returns("AWAITING_DROP_OFF").stream()
                    .anyMatch(r -> mail.reference().equals(r.getString("reference", ""))
                            && mail.locker().equals(r.getString("locker", "")));
            if (awaiting) {
                return Optional.empty();
            }
        }
        return Optional.of("no return of the order awaits a drop-off there");
    }

    private static Optional<CustomerMail> parse(MimeMessage mail) {
        try {
            return CustomerMail.parse(CustomerMail.text(mail));
        } catch (MessagingException | IOException e) {
            LOG.log(Level.WARNING, "cannot read a mail to {0}: {1}", recipient(mail), e.toString());
            return Optional.empty();
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? "nobody" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
        } catch (MessagingException e) {
            return "an unreadable address";
        }
    }
}
