package org.shuangda.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installation-wide settings ({@code app_setting}): small values the platform remembers across restarts,
 * such as "the demo data is loaded" or a key made once per installation. Other modules use this instead of
 * the table. Keys are namespaced by their module ({@code demo.loaded}, {@code reporting.workbook-seal}).
 */
@Service
public class Settings {

    private final SettingStore store;
    private final Clock clock;

    Settings(SettingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return store.find(key);
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** Sets {@code key} to {@code value}, replacing what it held. */
    @Transactional
    public void put(String key, String value) {
        store.upsert(key, value, OffsetDateTime.now(clock));
    }

    /**
     * The value {@code key} holds, setting it to {@code value} first if it holds none: of two instances
     * starting at once, both get the value the first one stored.
     */
    @Transactional
    public String putIfAbsent(String key, String value) {
        store.insertIfAbsent(key, value, OffsetDateTime.now(clock));
        return store.find(key).orElseThrow();
    }
}
