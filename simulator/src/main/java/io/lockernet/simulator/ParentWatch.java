package io.lockernet.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;

/**
 * How a child of a split run learns that its parent is gone: its standard input, a pipe from the parent, closes (on
 * the parent's stop, or when the parent dies), and the child stops as if it had been told to.
 */
final class ParentWatch {

    private static final System.Logger LOG = System.getLogger(ParentWatch.class.getName());

    private ParentWatch() {
    }

    static void start(CountDownLatch stopRequested) {
        Thread watch = new Thread(() -> {
            try {
                System.in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "standard input failed ({0}); taking the parent process for gone", e);
            }
            stopRequested.countDown();
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
