package org.shuangda.entities;

import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current city- and county-level regions within the actor's scope for a permission, to suggest in forms
 * and filters. An actor who may see everything gets the regions around their own unit (the whole country
 * would be 3,000 options); they can still type any code.
 */
@Component
public class EntityRegions {

    private final JdbcClient jdbc;

    EntityRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionOption> optionsFor(Permission permission) {
        Actor actor = Actors.require();
        DataScope scope = actor.scopeFor(permission);
        String[] patterns = scope.all() ? new String[] {parentPath(actor.unitRegionPath()) + "%"}
                : scope.areaPatternArray();
        return jdbc.sql("""
                select code, name, level from region
                 where level in ('CITY', 'COUNTY') and valid_from <= current_date
                   and (valid_to is null or valid_to >= current_date) and path like any(:patterns)
                 order by path limit 500""")
                .param("patterns", patterns)
                .query((rs, n) -> new RegionOption(rs.getString("code"), rs.getString("name"), rs.getString("level")))
                .list();
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
