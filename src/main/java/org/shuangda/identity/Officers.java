package org.shuangda.identity;

import java.util.List;
import java.util.Optional;
import org.shuangda.organization.Regions;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * The published query for people: users with their unit, region, display name, roles and permissions, as
 * {@link Officer}s, e.g. "the enforcement officers of 黎城县 with their unit" is
 * {@code holding(Permission.CASE_HANDLE, "140426")}. No actor and no scope, like the unit directory: the caller
 * applies its own actor's scope to {@code officer.unit()}. SQL in other modules joins the {@code pub_user}
 * view instead.
 */
@Service
public class Officers {

    private final OfficerStore store;
    private final Regions regions;

    Officers(OfficerStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
    }

    public Optional<Officer> find(long userId) {
        return store.find(userId);
    }

    /** Everyone of the unit, enabled or not, in name order. */
    public List<Officer> ofUnit(long unitId) {
        return store.ofUnit(unitId);
    }

    /**
     * The enabled users of the active units in the region {@code regionCode} and below whose roles grant
     * {@code permission}, in unit tree order; empty for an unknown region.
     */
    public List<Officer> holding(Permission permission, String regionCode) {
        return regions.find(regionCode).map(r -> store.holding(permission.name(), r.path())).orElse(List.of());
    }
}
