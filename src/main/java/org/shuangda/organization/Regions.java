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

    /**
     * The current divisions directly below {@code parentCode} (the provinces when it is null), for the cascading
     * region picker: each with its picker label and whether the picker offers a level below it.
     */
    public List<RegionChoice> choicesBelow(String parentCode) {
        List<RegionStore.Child> found = parentCode == null ? store.currentTopLevel() : store.currentChildren(parentCode);
        String parentName = parentCode == null ? null : store.find(parentCode).map(Region::name).orElse(null);
        return found.stream().map(c -> RegionChoice.of(c.region(), parentName, c.hasChildren())).toList();
    }

    /** The region and its ancestors, province first (empty for an unknown or malformed code). */
    public List<Region> chain(String code) {
        return find(code).map(r -> store.findAll(java.util.Arrays.stream(r.path().split("/"))
                .filter(part -> !part.isEmpty()).toList())).orElse(List.of());
    }

    /** A region's name with its ancestors', province first: {@code 山西省 长治市 黎城县} ({@code code} when unknown). */
    public String fullName(String code) {
        List<Region> chain = chain(code);
        return chain.isEmpty() ? code : String.join(" ", chain.stream().map(Region::name).toList());
    }

    /** Current regions whose path starts with {@code pathPrefix}, down to {@code deepest}, for region pickers. */
    public List<Region> within(String pathPrefix, RegionLevel deepest) {
        return store.within(pathPrefix, deepest);
    }
}
