package io.lockernet.admin.layout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.core.LayoutView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutStatesTest {

    private static LayoutView version(String state, String reason, Instant appliedAt) {
        return new LayoutView("L-0009", 2, "layout-v2", state, reason, "installer-north",
                Instant.parse("2026-12-03T10:15:00Z"), appliedAt, null, List.of());
    }

    @Test
    void anAppliedVersionSaysWhenTheLockerAppliedIt() {
        LayoutView applied = version("APPLIED", null, Instant.parse("2026-12-03T10:15:07Z"));
        assertEquals("applied", LayoutStates.word(applied));
        assertEquals("applied by the locker at 2026-12-03 10:15:07 UTC", LayoutStates.describe(applied));
    }

    @Test
    void aRejectedVersionGivesTheLockersReason() {
        String text = LayoutStates.describe(version("REJECTED", "channel 7 does not answer", null));
        assertTrue(text.startsWith("rejected"), text);
        assertTrue(text.endsWith(": channel 7 does not answer"), text);
    }

    @Test
    void aSentVersionIsNotYetSaidToBeApplied() {
        String text = LayoutStates.describe(version("SENT", null, null));
        assertTrue(text.contains("sent"), text);
        assertFalse(text.contains("applied"), text);
    }

    @Test
    void theVersionLineNamesVersionConfigurationAndAuthor() {
        assertEquals("version 2 (layout-v2), saved by installer-north at 2026-12-03 10:15:00 UTC",
                LayoutStates.version(version("SENT", null, null)));
        assertEquals("none", LayoutStates.word(null));
    }
}
