package io.lockernet.simulator.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * How long after a code's e-mail its customer comes to the locker: at random between {@code soonest} and
 * {@code latest}. The default leaves time to see a parcel DEPOSITED in the staff app before it is collected; a test
 * that wants its customers within seconds says so with {@code --demo-customer-delay 1s..3s}.
 */
record CustomerDelay(Duration soonest, Duration latest) {

    /** Beyond this a parcel's pickup window (48 h) is near, and a visit that late is a typo. */
    static final Duration MOST = Duration.ofHours(24);
    /** Declared after {@link #MOST}, which its check reads. */
    static final CustomerDelay DEFAULT = new CustomerDelay(Duration.ofSeconds(45), Duration.ofMinutes(5));

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    CustomerDelay {
        if (soonest.isNegative() || latest.compareTo(soonest) < 0 || latest.compareTo(MOST) > 0) {
            throw new IllegalArgumentException("the soonest is at least 0, the latest at least the soonest and at "
                    + "most " + MOST.toHours() + " h");
        }
    }

    /**
     * {@code SOONEST..LATEST}, or one amount for both; each a whole number of milliseconds ({@code ms}), seconds
     * ({@code s}, also without a unit) or minutes ({@code m}): {@code 45s..300s}, {@code 1s..5s}, {@code 2m}.
     */
    static CustomerDelay parse(String text) {
        String[] ends = text.strip().split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException("'" + text + "' is not SOONEST..LATEST");
        }
        Duration soonest = amount(ends[0], text);
        return new CustomerDelay(soonest, ends.length == 1 ? soonest : amount(ends[1], text));
    }

    /** When the customer of a mail received at {@code mailed} comes. */
    Instant after(Instant mailed, RandomGenerator random) {
        long spread = latest.minus(soonest).toMillis();
        return mailed.plus(soonest).plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
    }

    /** As the option takes it: {@code 45s..300s}. */
    @Override
    public String toString() {
        return written(soonest) + ".." + written(latest);
    }

    private static String written(Duration amount) {
        return amount.toMillis() % 1000 == 0 ? amount.toSeconds() + "s" : amount.toMillis() + "ms";
    }

    private static Duration amount(String end, String text) {
        Matcher amount = AMOUNT.matcher(end.strip());
        if (!amount.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not SOONEST..LATEST, each a number with ms, s or m");
        }
        long value = Long.parseLong(amount.group(1));
        String unit = amount.group(2) == null ? "s" : amount.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(value);
            case "m" -> Duration.ofMinutes(value);
            default -> Duration.ofSeconds(value);
        };
    }
}
