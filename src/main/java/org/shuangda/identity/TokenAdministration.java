package org.shuangda.identity;

import java.util.List;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens. No one acts as another user: a token is issued only to the signed-in user himself, who sees
 * his tokens ("我的令牌") and may revoke them; the security administrator ({@code TOKEN_MANAGE}) sees and revokes
 * the tokens of the users in his scope but cannot issue one for them. Before, an administrator could issue a
 * token for a handler and act as him, with the audit trail naming the handler.
 */
@Service
public class TokenAdministration {

    private final ApiTokens tokens;
    private final Users users;

    TokenAdministration(ApiTokens tokens, Users users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The actor's own tokens. */
    public List<ApiTokens.TokenView> mine(Actor actor) {
        return actor.isSystem() ? List.of() : tokens.list(List.of(actor.userId()));
    }

    /** Oversight: every token of the users in the actor's {@code TOKEN_MANAGE} scope (none without it). */
    public List<ApiTokens.TokenView> list(Actor actor) {
        return actor.can(Permission.TOKEN_MANAGE) ? tokens.list(users.idsInScope(actor, Permission.TOKEN_MANAGE))
                : List.of();
    }

    /** Issues a token to the actor himself; returns it, readable only now. */
    public String issue(Actor actor, String name) {
        if (actor.isSystem()) {
            throw new AccessDeniedProblem("a token belongs to a person: the system issues none");
        }
        return tokens.issue(actor, actor.userId(), name);
    }

    /** The owner revokes his own token; the security administrator any token in his scope; others get 404. */
    public void revoke(Actor actor, long tokenId) {
        long owner = tokens.ownerOf(tokenId).orElseThrow(() -> new NotFoundProblem("token", tokenId));
        boolean own = !actor.isSystem() && owner == actor.userId();
        if (!own && !(actor.can(Permission.TOKEN_MANAGE)
                && users.findInScope(actor, owner, Permission.TOKEN_MANAGE).isPresent())) {
            throw new NotFoundProblem("token", tokenId);
        }
        tokens.revoke(actor, tokenId);
    }
}
