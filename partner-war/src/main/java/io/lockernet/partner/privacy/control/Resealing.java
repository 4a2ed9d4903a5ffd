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
 * it passes over the sealed tables in batches ({@link ResealingBatches}) until a pass finds nothing left to re-seal:
 * rows written under the old key while a pass ran are caught by the next. Values written before sealing began are
 * sealed by the first pass after deployment. Older keys stay in the keystore (backups need them).
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class.getName());
    private static final int BATCH = 500;
    private static final int MAX_PASSES = 10;

    /**
     * Where re-sealing stands: the key version it works towards, whether a pass is running, rows found under other
     * versions by the last pass (-1 before the first pass ended), rows re-sealed and rows that did not open since the
     * version was taken up, and when the last pass ended.
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

    private volatile Progress progress = new Progress(0, false, -1, 0, 0, null);
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
            boolean settled = last.rowsUnderOlderKeys() >= 0 && last.rowsUnderOlderKeys() <= last.unreadable();
            if (last.keyVersion() == version && settled) {
                return; // nothing left but rows that do not open: they are reported, not read again every few seconds
            }
            resealUnder(version, last.keyVersion() == version ? last.resealed() : 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "re-sealing personal data failed, tried again in {0} s: {1}",
                    new Object[] {checkSeconds, e.getMessage()});
        }
    }

    /** Passes until one finds nothing under another version (or re-seals nothing, or ten passes were made). */
    private void resealUnder(int version, long resealedBefore) {
        long resealed = resealedBefore;
        progress = new Progress(version, true, -1, resealed, 0, null);
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
            progress = new Progress(version, !done, found, resealed, unreadable, Instant.now());
            if (done) {
                break;
            }
        }
        Progress reached = progress;
        LOG.info(() -> "personal data under key version " + version + ": " + reached);
    }
}
