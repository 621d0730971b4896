package org.shuangda.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether the installation is still preparing after its web server answers: on a first start the demo data
 * loads in the background so that the login page is there at once. While preparing, pages show the
 * "演示数据加载中" banner ({@code layout.html}), a sign-in is refused with a friendly word and the API answers
 * 503 (identity's security configuration); nothing of the demo is visible, as it loads in one transaction.
 * Work that needs the prepared data (the first credit grading) waits with {@link #whenReady}.
 * Under {@code prod}, and on every start but a demo installation's first, it is never preparing.
 */
@Component("readiness")
public class Readiness {

    private final List<Runnable> waiting = new ArrayList<>();
    private volatile boolean preparing;

    public boolean preparing() {
        return preparing;
    }

    /** From now on until {@link #ready()}: preparing. */
    public synchronized void preparingStarted() {
        preparing = true;
    }

    /** Prepared: runs, on this thread, what waited for it. */
    public void ready() {
        List<Runnable> run;
        synchronized (this) {
            preparing = false;
            run = List.copyOf(waiting);
            waiting.clear();
        }
        run.forEach(Runnable::run);
    }

    /** Runs {@code work} now when prepared, else right after preparing ends (on the thread that ends it). */
    public void whenReady(Runnable work) {
        synchronized (this) {
            if (preparing) {
                waiting.add(work);
                return;
            }
        }
        work.run();
    }
}
