package org.shuangda.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The published query for units: what other modules may ask of organisation about units, in
 * {@link UnitRef}s (the columns of the {@code pub_unit} view). No actor and no scope: the caller decides what
 * its own actor may see ({@code scope.coversUnit(ref.path(), ref.regionPath())}). Lists are in tree order
 * within each region and include deactivated units ({@link UnitRef#active()}).
 */
@Service
public class UnitDirectory {

    private final UnitDirectoryStore store;
    private final Regions regions;

    UnitDirectory(UnitDirectoryStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
    }

    public Optional<UnitRef> find(long id) {
        return store.find(id);
    }

    /** The units directly below {@code unitId}. */
    public List<UnitRef> children(long unitId) {
        return store.children(unitId);
    }

    /** The unit and every unit below it in the tree; empty when there is no such unit. */
    public List<UnitRef> subtree(long unitId) {
        return store.find(unitId).map(unit -> store.subtree(unit.path())).orElse(List.of());
    }

    /** The units placed in the region {@code regionCode} or any region below it. */
    public List<UnitRef> inRegion(String regionCode) {
        return regions.find(regionCode).map(region -> store.inRegion(region.path())).orElse(List.of());
    }

    /** Units by exact name (unique within a region, so there may be one per region). */
    public List<UnitRef> named(String name) {
        return store.named(name);
    }
}
