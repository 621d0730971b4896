package org.shuangda.entities;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds regions by code, as of one day: one query per lookup for a form, or all of them preloaded for an import. */
@FunctionalInterface
interface RegionLookup {

    Optional<RegionInfo> find(String code);

    static RegionLookup single(EntityRegionStore store, LocalDate today) {
        return code -> store.find(code, today);
    }

    /** All ~3,200 regions in memory: an import of 100,000 rows then asks the database nothing per row. */
    static RegionLookup preloaded(EntityRegionStore store, LocalDate today) {
        List<RegionInfo> all = store.all(today);
        Map<String, RegionInfo> byCode = new HashMap<>(all.size() * 2);
        all.forEach(r -> byCode.put(r.code(), r));
        return code -> Optional.ofNullable(byCode.get(code));
    }
}
