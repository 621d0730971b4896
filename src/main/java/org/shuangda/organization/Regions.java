package org.shuangda.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The published query for regions (GB/T 2260, dated): top level, children, one code, and the divisions
 * below a path for pickers. Reference data everyone may read, so no actor and no scope. SQL in other modules
 * joins the {@code pub_region} view instead.
 */
@Service
public class Regions {

    private final RegionStore store;

    Regions(RegionStore store) {
        this.store = store;
    }

    /** Provinces; retired ones only when {@code includeRetired}. */
    public List<Region> topLevel(boolean includeRetired) {
        return store.topLevel(includeRetired);
    }

    public List<Region> children(String parentCode, boolean includeRetired) {
        return store.children(parentCode, includeRetired);
    }

    public Optional<Region> find(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return Optional.empty();
        }
        return store.find(code);
    }

    /** Current regions whose path starts with {@code pathPrefix}, down to {@code deepest}, for region pickers. */
    public List<Region> within(String pathPrefix, RegionLevel deepest) {
        return store.within(pathPrefix, deepest);
    }
}
