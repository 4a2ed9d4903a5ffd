package io.lockernet.it;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an operator sees in the Admin Panel. */
final class Operators {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

    private Operators() {
    }

    /** Waits until the Admin Panel lists an open alarm of this kind for this locker. */
    static void awaitAlarm(String kind, String locker) {
        String token = Http.userToken("lockernet-admin-panel", "operator");
        Await.until("an open " + kind + " alarm for " + locker + " in the Admin Panel", Duration.ofSeconds(30), () -> {
            String page = Http.get(Demo.HTTP + "/admin/", token).body();
            String alarms = page.substring(Math.max(0, page.indexOf("Open alarms")));
            return ROW.matcher(alarms).results().map(m -> m.group(1))
                    .filter(row -> row.contains(kind) && row.contains(locker)).findFirst()
                    .map(Optional::of).orElse(Optional.empty());
        });
    }
}
