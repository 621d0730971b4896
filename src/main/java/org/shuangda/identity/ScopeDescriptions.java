package org.shuangda.identity;

import java.util.List;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;

/** The actor's own role assignments in words, for the home page ("本县全部单位"). */
@Service
public class ScopeDescriptions {

    /** One role held, with the reach of its data scope. */
    public record Assignment(String roleCode, String roleNameZh, String roleNameEn, String scopeKind,
            String scopeRegionName) {
    }

    private final RoleStore roles;

    ScopeDescriptions(RoleStore roles) {
        this.roles = roles;
    }

    /** What the actor holds; nothing for a system actor, which holds no roles. */
    public List<Assignment> describe(Actor actor) {
        return actor.isSystem() ? List.of() : roles.assignmentsOf(actor.userId());
    }
}
