package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.platform.CoreProblemException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How a staff page opens a door (a retrieval, an emergency open): it asks the control, waits for the locker to see
 * the door open for as long as an employee would stand there, and turns every way it can go wrong into a sentence for
 * the employee, as the REST API turns it into a problem ({@link OpenAnswers}).
 */
public final class PageOpens {

    private static final Logger LOG = Logger.getLogger(PageOpens.class.getName());
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** OPENED: the door was seen open; UNCONFIRMED: the locker did not say in time; NOT_OPENED: refused or failed. */
    public enum Result { OPENED, UNCONFIRMED, NOT_OPENED }

    /** How the open went; {@code notice} is null when the door was seen open. */
    public record Outcome(Result result, String impulseState, String notice) {

        /** The door is (or may be) open: the page waits for it to close. */
        public boolean mayBeOpen() {
            return result != Result.NOT_OPENED;
        }
    }

    private PageOpens() {
    }

    /** Asks for the open and waits; {@code what} names the door in the notice ("L-0006 B4"). */
    public static Outcome open(Supplier<CompletionStage<ImpulseView>> asked, String what) {
        try {
            ImpulseView impulse = asked.get().toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (CompartmentOpener.OPENED.contains(impulse.state())) {
                return new Outcome(Result.OPENED, impulse.state(), null);
            }
            return new Outcome(Result.NOT_OPENED, impulse.state(), "The door of " + what + " did not open ("
                    + impulse.state() + (impulse.reason() == null ? "" : ": " + impulse.reason()) + ").");
        } catch (TimeoutException e) {
            return new Outcome(Result.UNCONFIRMED, null, "The locker has not confirmed the door of " + what
                    + " open; if it is open, go on and close it when done.");
        } catch (ExecutionException e) {
            return new Outcome(Result.NOT_OPENED, null, what + " could not be opened: " + message(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Result.NOT_OPENED, null, what + " could not be opened: interrupted.");
        } catch (RuntimeException e) {
            return new Outcome(Result.NOT_OPENED, null, what + " could not be opened: " + message(e));
        }
    }

    /** What the employee is told of an error: the Core's or our own explanation, never a stack trace. */
    public static String message(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof CoreProblemException core) {
            return core.problem().detail();
        }
        if (e instanceof WebApplicationException || e instanceof IllegalStateException
                || e instanceof IllegalArgumentException || e.getClass().getSimpleName().endsWith("ConflictException")) {
            return e.getMessage();
        }
        LOG.warning(() -> "an action of the staff app failed: " + e);
        return "an unexpected error (" + e.getClass().getSimpleName() + ")";
    }
}
