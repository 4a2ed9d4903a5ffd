package io.lockernet.partner.privacy.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every sealed column under the retailer's current key. Every few seconds it asks the keyring for the current
 * version (the keystore is read again when it changed); when that is not the version every row was last found under,
 * it passes over the sealed tables in batches ({@link ResealingBatches}) until a pass finds nothing left to re-seal.
 * A row sealed under the old key by a request (or by Partner Admin, whose keyring may be a second behind) that
 * commits after such a pass would be missed: so the work counts as done only after one more pass that begins
 * {@code lockernet.partner.reseal-settle-seconds} (default 30) after the version was taken up and finds nothing.
 * Values written before sealing began are sealed by the first pass after deployment, which needs no confirming one.
 * Older keys stay in the keystore (backups need them).
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class.getName());
    private static final int BATCH = 500;
    private static final int MAX_PASSES = 10;

    /**
     * Where re-sealing stands: the key version it works towards, whether it is still at work (a pass running, or the
     * confirming pass still to come), rows found under other versions by the last pass (-1 before the first pass
     * ended), rows re-sealed and rows that did not open since the version was taken up, and when the last pass ended.
     */
    public record Progress(int keyVersion, boolean running, long rowsUnderOlderKeys, long resealed, long unreadable,
                           Instant checkedAt) {
    }

    @Inject
    ResealingBatches batches;

    @Inject
    PersonalData personalData;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/lockernet-partner")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "lockernet.partner.reseal-check-seconds", defaultValue = "5")
    long checkSeconds;

    @Inject
    @ConfigProperty(name = "lockernet.partner.reseal-settle-seconds", defaultValue = "30")
    long settleSeconds;

    private volatile Progress progress = new Progress(0, true, -1, 0, 0, null);
    private volatile Instant takenUpAt = Instant.EPOCH;
    private volatile boolean confirmed;
    private ScheduledFuture<?> checking;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        checking = scheduler.scheduleWithFixedDelay(this::check, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (checking != null) {
            checking.cancel(false);
        }
    }

    public Progress progress() {
        return progress;
    }

    void check() {
        try {
            int version = personalData.currentVersion();
            Progress last = progress;
            Instant now = Instant.now();
            if (last.keyVersion() != version) {
                // a key taken up while running may still be raced by requests sealing under the old one: confirm
                // later; the first key after deployment is raced by nobody, so the first pass is enough
                takenUpAt = last.keyVersion() == 0 ? Instant.EPOCH : now;
                confirmed = false;
                resealUnder(version, 0, now);
                return;
            }
            if (confirmed || settled(last) && now.isBefore(takenUpAt.plusSeconds(settleSeconds))) {
                return; // done, or waiting for the confirming pass (rows that do not open are reported, not retried)
            }
            resealUnder(version, last.resealed(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "re-sealing personal data failed, tried again in {0} s: {1}",
                    new Object[] {checkSeconds, e.getMessage()});
        }
    }

    /** Nothing left under another version but rows that do not open. */
    private static boolean settled(Progress progress) {
        return progress.rowsUnderOlderKeys() >= 0 && progress.rowsUnderOlderKeys() <= progress.unreadable();
    }

    /** Passes until one finds nothing under another version (or re-seals nothing, or ten passes were made). */
    private void resealUnder(int version, long resealedBefore, Instant started) {
        long resealed = resealedBefore;
        progress = new Progress(version, true, progress.keyVersion() == version ? progress.rowsUnderOlderKeys() : -1,
                resealed, progress.keyVersion() == version ? progress.unreadable() : 0, progress.checkedAt());
        for (int pass = 1; ; pass++) {
            long found = 0;
            long passResealed = 0;
            long unreadable = 0;
            for (SealedColumns table : SealedColumns.ALL) {
                Object after = null;
                ResealingBatches.Batch batch;
                do {
                    batch = batches.reseal(table, after, BATCH, version);
                    after = batch.last();
                    found += batch.underOtherKeys();
                    passResealed += batch.resealed();
                    unreadable += batch.unreadable();
                } while (batch.read() == BATCH);
            }
            resealed += passResealed;
            boolean done = found == 0 || passResealed == 0 || pass == MAX_PASSES;
            progress = new Progress(version, true, found, resealed, unreadable, Instant.now());
            if (done) {
                break;
            }
        }
        confirmed = settled(progress) && !started.isBefore(takenUpAt.plusSeconds(settleSeconds));
        progress = new Progress(version, !confirmed, progress.rowsUnderOlderKeys(), resealed, progress.unreadable(),
                progress.checkedAt());
        Progress reached = progress;
        LOG.info(() -> "personal data under key version " + version + ": " + reached);
    }
}
