package org.shuangda.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * Errors the page reported in the browser console or as uncaught exceptions: a script blocked by the
 * Content-Security-Policy, a failed resource, a JavaScript error. Tests assert it stays empty on the pages
 * they visit, since such errors usually mean a feature silently does nothing.
 */
public final class ConsoleErrors {

    private final List<String> messages = new ArrayList<>();

    synchronized void add(String message) {
        // the browser asks for /favicon.ico by itself; the app has none yet (reported), which breaks nothing
        if (!message.contains("/favicon.ico")) {
            messages.add(message);
        }
    }

    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}
