package org.shuangda.entities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.shuangda.shared.ScopeKind;
import org.springframework.stereotype.Service;

/**
 * The current city- and county-level regions within the actor's scope for a permission, to suggest in forms
 * and filters. An actor who may see everything gets the regions around their own unit (the whole country
 * would be 3,000 options); they can still type any code.
 */
@Service
public class EntityRegions {

    private final EntityRegionStore store;
    private final Clock clock;

    EntityRegions(EntityRegionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<RegionOption> optionsFor(Actor actor, Permission permission) {
        DataScope scope = actor.scopeFor(permission);
        if (scope.all()) {
            scope = DataScope.of(ScopeKind.REGION_SUBTREE, "", "", parentPath(actor.unitRegionPath()));
        }
        return store.options(scope.regionOwned("path"), LocalDate.now(clock));
    }

    /** The region by name with its ancestors, province first ({@code 山西省 长治市 黎城县}), for pages. */
    public String fullName(String code) {
        return code == null ? "" : store.fullName(code).orElse(code);
    }

    /** {@code /140000/140400/140426/} → {@code /140000/140400/}: a county admin sees their city's neighbours. */
    private static String parentPath(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String trimmed = path.substring(0, path.length() - 1);
        int cut = trimmed.lastIndexOf('/');
        return cut <= 0 ? path : trimmed.substring(0, cut + 1);
    }
}
