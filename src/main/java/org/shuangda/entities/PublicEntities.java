package org.shuangda.entities;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public entity lookup (issue 18, the portal's 主体查询): by the whole USCC, or by a part of the name (two
 * characters or more), without login. A person is never found by a name: an 个体工商户 registered under a bare
 * personal name (four characters or fewer, {@link #BARE_NAME_MAX}) is found by its USCC only and shown masked.
 * Served by indexes: the USCC's unique btree, the name's trigram GIN (three characters or more) and its
 * {@code text_pattern_ops} btree for a two-character prefix (V212).
 */
@Service
public class PublicEntities {

    /** At most this many matches per look-up. */
    public static final int MAX = 20;
    static final int BARE_NAME_MAX = 4;

    private final PublicEntityStore store;

    PublicEntities(PublicEntityStore store) {
        this.store = store;
    }

    /** Matches closest first (exact name, then shorter names), at most {@code limit} (≤ {@link #MAX}). */
    @Transactional(readOnly = true)
    public List<PublicEntity> lookup(String text, int limit) {
        String q = text == null ? "" : Uscc.normalize(text);
        int n = Math.min(Math.max(limit, 1), MAX);
        if (q == null || q.isEmpty()) {
            return List.of();
        }
        if (Uscc.looksLikeCode(q)) {
            return store.byUscc(q.toUpperCase(java.util.Locale.ROOT)).stream().toList();
        }
        String name = text.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 2) {
            return List.of();
        }
        return length == 2 ? store.byNamePrefix(name, n) : store.byNamePart(name, n);
    }

    @Transactional(readOnly = true)
    public Optional<PublicEntity> find(long id) {
        return store.find(id);
    }

    /** The public name: a bare personal name of an 个体工商户 masked to the family name (张三丰 → 张某某). */
    static String publicName(String name, String entityType) {
        if (name == null || name.isBlank()) {
            return "某";
        }
        String stripped = name.strip();
        if (!EntityType.INDIVIDUAL_BUSINESS.name().equals(entityType)
                || stripped.codePointCount(0, stripped.length()) > BARE_NAME_MAX) {
            return stripped;
        }
        int first = stripped.offsetByCodePoints(0, 1);
        int rest = Math.max(1, stripped.codePointCount(first, stripped.length()));
        return stripped.substring(0, first) + "某".repeat(rest);
    }
}
