package io.lockernet.it;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an operator sees in the Admin Panel. */
final class Operators {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

    private Operators() {
    }

    /** Lifts a locker's keypad lockout and forgets its wrong codes, as an operator does after looking into it. */
    static void liftKeypadLockout(String locker) {
        Http.Reply reply = Http.delete(Demo.APP + "/core/api/operator/lockers/" + locker + "/keypad-lockout",
                Http.userToken("lockernet-admin-panel", "operator"));
        if (reply.status() != 204) {
            throw new AssertionError("the keypad lockout of " + locker + " stays: " + reply.status() + " " + reply.body());
        }
    }

    /** Waits until the Admin Panel lists an open alarm of this kind for this locker. */
    static void awaitAlarm(String kind, String locker) {
        String token = Http.userToken("lockernet-admin-panel", "operator");
        Await.until("an open " + kind + " alarm for " + locker + " in the Admin Panel", Duration.ofSeconds(30), () -> {
            String page = Http.get(Demo.APP + "/admin/alarms.xhtml", token).body();
            String alarms = page.substring(Math.max(0, page.indexOf("Open alarms")));
            return ROW.matcher(alarms).results().map(m -> m.group(1))
                    .filter(row -> row.contains(kind) && row.contains(locker)).findFirst()
                    .map(Optional::of).orElse(Optional.empty());
        });
    }
}
