package io.lockernet.simulator.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * When the customers come to the lockers: each a while after their e-mail ({@link CustomerDelay}), so that a parcel is
 * seen deposited in the staff app before it is collected; except the customers of orders the demo is in a hurry to see
 * collected ({@link #hurry}, the retailer's {@link FirstHour}), who come within {@link #HURRIED} of their mail. A
 * customer who finds the locker offline comes back every {@link #AGAIN} until {@link #GIVE_UP} after the first visit.
 * One visit per code: the same mail seen twice (a resend, a kept copy) is not typed twice, since a spent code counts as
 * a wrong one towards the keypad's lockout.
 */
final class Visits {

    static final Duration HURRIED = Duration.ofSeconds(5);
    /** One pickup customer in this many forgets the parcel ({@link #forget}). */
    static final int FORGETFUL = 6;
    static final Duration AGAIN = Duration.ofSeconds(30);
    static final Duration GIVE_UP = Duration.ofMinutes(30);

    private final RandomGenerator random;
    private final CustomerDelay delay;
    private final PriorityQueue<Visit> planned = new PriorityQueue<>(Comparator.comparing(Visit::due));
    private final Set<String> seen = new HashSet<>();
    /** References of orders whose pickup customer comes at once. */
    private final Set<String> hurried = new HashSet<>();
    /** Pickup mails whose customer forgets, by order: one the demo hurries afterwards comes after all. */
    private final Map<String, CustomerMail> forgotten = new HashMap<>();

    Visits(RandomGenerator random, CustomerDelay delay) {
        this.random = random;
        this.delay = delay;
    }

    /**
     * The customer of this pickup mail never comes (one in {@link #FORGETFUL}, drawn by the caller), so that some
     * parcels stay until their pickup window ends: reminded, then on the staff's retrieval list. Never the customer of
     * an order the demo is in a hurry to see collected. False when this code was planned or forgotten before.
     */
    boolean forget(CustomerMail mail) {
        if (mail.kind() == CustomerMail.Kind.PICKUP && !isHurried(mail)
                && seen.add(mail.locker() + "/" + mail.code())) {
            forgotten.put(mail.reference(), mail);
            return true;
        }
        return false;
    }

    /** The customer of this mail will come; false if this code was planned before. */
    boolean expect(CustomerMail mail, Instant now) {
        if (!seen.add(mail.locker() + "/" + mail.code())) {
            return false;
        }
        Instant due = isHurried(mail) ? hurriedFrom(now) : delay.after(now, random);
        planned.add(new Visit(mail, due, due));
        return true;
    }

    /**
     * The customer of this order's parcel comes at once: within {@link #HURRIED} (or the latest of the delay, if
     * sooner) of now if the mail came already, of the mail otherwise. Asking again only brings forward a visit
     * planned later since (a customer who found the locker offline). A customer who was to forget the parcel comes too:
     * the mail may have come, and been drawn forgetful, before the demo chose its order.
     */
    void hurry(String reference, Instant now) {
        hurried.add(reference);
        Instant soon = hurriedFrom(now);
        CustomerMail remembered = forgotten.remove(reference);
        if (remembered != null) {
            planned.add(new Visit(remembered, soon, soon));
        }
        List<Visit> later = planned.stream().filter(v -> isHurried(v.mail()) && v.due().isAfter(soon)).toList();
        for (Visit visit : later) {
            planned.remove(visit);
            planned.add(new Visit(visit.mail(), soon, visit.first().isBefore(soon) ? visit.first() : soon));
        }
    }

    /** The visits due by {@code now}, earliest first; they are no longer planned. */
    List<Visit> due(Instant now) {
        List<Visit> due = new ArrayList<>();
        while (!planned.isEmpty() && !planned.peek().due().isAfter(now)) {
            due.add(planned.poll());
        }
        return due;
    }

    /** The customer comes back later; false when it is time to give up. */
    boolean again(Visit visit, Instant now) {
        Instant next = now.plus(AGAIN);
        if (next.isAfter(visit.first().plus(GIVE_UP))) {
            return false;
        }
        planned.add(new Visit(visit.mail(), next, visit.first()));
        return true;
    }

    int planned() {
        return planned.size();
    }

    private boolean isHurried(CustomerMail mail) {
        return mail.kind() == CustomerMail.Kind.PICKUP && hurried.contains(mail.reference());
    }

    private Instant hurriedFrom(Instant now) {
        return now.plus(HURRIED.compareTo(delay.latest()) < 0 ? HURRIED : delay.latest());
    }

    /** A planned visit: the mail, when the customer comes, and when they first came (for giving up). */
    record Visit(CustomerMail mail, Instant due, Instant first) {
    }
}
