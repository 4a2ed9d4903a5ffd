package io.lockernet.shepherd.link.control;

import io.lockernet.api.core.CodeEntryView;
import io.lockernet.api.protocol.CodeEntry;
import io.lockernet.api.protocol.CodeResult;
import io.lockernet.shepherd.platform.CoreClient;
import io.lockernet.shepherd.platform.CoreUnavailableException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Codes typed on lockers' keypads. The Core decides (it alone knows the hashes and the lockout); the answer goes back
 * to the locker as {@code code-result}, and a right code's open follows as an ordinary command. The Core is asked
 * off the WebSocket thread, so a slow answer holds up no other locker.
 */
@ApplicationScoped
public class Keypads {

    private static final Logger LOG = Logger.getLogger(Keypads.class.getName());

    @Inject
    CoreClient core;

    @Inject
    LockerSessions sessions;

    @Resource
    ManagedExecutorService executor;

    public void check(Session session, CodeEntry entry) {
        executor.execute(() -> answer(session, entry));
    }

    private void answer(Session session, CodeEntry entry) {
        CodeResult result;
        try {
            CodeEntryView verdict = core.enterCode(entry.locker(), entry.code());
            result = new CodeResult(entry.locker(), sessions.nextSeq(session), Instant.now(),
                    Boolean.TRUE.equals(verdict.accepted()), verdict.compartment(), verdict.impulse(), verdict.reason());
        } catch (CoreUnavailableException e) {
            LOG.warning(() -> "cannot check a code for " + entry.locker() + ": " + e.getMessage());
            result = new CodeResult(entry.locker(), sessions.nextSeq(session), Instant.now(), false, null, null,
                    "service unavailable; please try again in a minute");
        }
        try {
            if (session.isOpen()) {
                sessions.send(session, result);
            }
        } catch (IOException e) {
            LOG.fine(() -> "cannot answer a code entry of " + entry.locker() + ": " + e.getMessage());
        }
    }
}
