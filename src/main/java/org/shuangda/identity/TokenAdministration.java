package org.shuangda.identity;

import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/** Token issue and revocation limited to users inside the admin's {@code TOKEN_MANAGE} scope. */
@Service
public class TokenAdministration {

    private final ApiTokens tokens;
    private final Users users;

    TokenAdministration(ApiTokens tokens, Users users) {
        this.tokens = tokens;
        this.users = users;
    }

    public List<ApiTokens.TokenView> list(Actor actor) {
        return tokens.list(users.idsInScope(actor, Permission.TOKEN_MANAGE));
    }

    public List<UserView> holders(Actor actor) {
        return users.idsInScope(actor, Permission.TOKEN_MANAGE).stream()
                .map(id -> users.findInScope(actor, id, Permission.TOKEN_MANAGE).orElseThrow()).toList();
    }

    /** Returns the new token, readable only now. */
    public String issue(Actor actor, long userId, String name) {
        users.findInScope(actor, userId, Permission.TOKEN_MANAGE)
                .orElseThrow(() -> new NotFoundProblem("user", userId));
        return tokens.issue(actor, userId, name);
    }

    public void revoke(Actor actor, long tokenId) {
        long owner = tokens.ownerOf(tokenId).orElseThrow(() -> new NotFoundProblem("token", tokenId));
        users.findInScope(actor, owner, Permission.TOKEN_MANAGE)
                .orElseThrow(() -> new NotFoundProblem("token", tokenId));
        tokens.revoke(actor, tokenId);
    }
}
