package org.shuangda.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain. Streams the entries in id order through a server-side cursor (fetch size,
 * inside a transaction: PostgreSQL's driver only streams with auto-commit off), so memory stays bounded
 * whatever the number of entries; REPEATABLE READ gives one consistent snapshot while new entries are
 * appended meanwhile. Stops at the first break.
 */
@Service
public class AuditChain {

    static final int FETCH_SIZE = 1000;

    private final ChainStore store;
    private final AuditAnchors anchors;

    AuditChain(ChainStore store, AuditAnchors anchors) {
        this.store = store;
        this.anchors = anchors;
    }

    /** {@link #verify()} for a person, who needs {@code AUDIT_VIEW} (403 otherwise). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(Actor actor) {
        actor.require(Permission.AUDIT_VIEW);
        return verify();
    }

    /**
     * Verifies {@code audit_entry} against itself and against the anchors written outside the database
     * ({@link AuditAnchors}), and counts, in the same snapshot, the entries committed but still waiting in
     * {@code audit_pending} to be chained (not verifiable yet: they have no hash).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ChainVerification verify() {
        // every anchor counts, also several for one entry (written by several instances, or by the start-up
        // after a rewrite): a later one must not hide an earlier one that disagrees
        java.util.Map<Long, java.util.List<AuditAnchors.Anchor>> anchored = new java.util.HashMap<>();
        for (AuditAnchors.Anchor anchor : anchors.read()) {
            anchored.computeIfAbsent(anchor.entryId(), id -> new java.util.ArrayList<>()).add(anchor);
        }
        java.util.Map<Long, String> seen = new java.util.HashMap<>();
        ChainVerification chained = store.inOrder(FETCH_SIZE, rs -> walk(rs, anchored.keySet(), seen));
        if (chained.intact()) {
            chained = againstAnchors(chained, anchored, seen);
        }
        return chained.withPending(store.pendingCount());
    }

    /** An anchor past the chain's end: entries were cut off; an anchor whose hash differs: the chain was rewritten. */
    private static ChainVerification againstAnchors(ChainVerification intact,
            java.util.Map<Long, java.util.List<AuditAnchors.Anchor>> anchored, java.util.Map<Long, String> seen) {
        long head = intact.headId();
        Long beyond = anchored.keySet().stream().filter(id -> id > head).max(Long::compare).orElse(null);
        AuditAnchors.Anchor rewritten = anchored.keySet().stream().filter(id -> id <= head).sorted()
                .flatMap(id -> anchored.get(id).stream()).filter(a -> !a.hash().equals(seen.get(a.entryId())))
                .findFirst().orElse(null);
        if (rewritten != null) {
            return ChainVerification.anchorMismatch(intact.checkedEntries(), rewritten.entryId(), rewritten.at());
        }
        if (beyond != null) {
            return ChainVerification.truncated(intact.checkedEntries(), head, beyond, anchored.get(beyond).get(0).at());
        }
        return intact;
    }

    private static ChainVerification walk(ResultSet rs, java.util.Set<Long> anchorIds, java.util.Map<Long, String> seen)
            throws SQLException {
        long checked = 0;
        long previousId = 0;
        String previousHash = HashedContent.GENESIS;
        while (rs.next()) {
            checked++;
            long id = rs.getLong("id");
            if (id != previousId + 1) {
                return ChainVerification.missing(checked, previousId, id);
            }
            if (!previousHash.equals(rs.getString("prev_hash"))) {
                return ChainVerification.linkBroken(checked, id);
            }
            String stored = rs.getString("hash");
            if (!matches(rs, previousHash, stored)) {
                return ChainVerification.contentChanged(checked, id);
            }
            if (anchorIds.contains(id)) {
                seen.put(id, stored);
            }
            previousId = id;
            previousHash = stored;
        }
        return ChainVerification.intact(checked, previousId, previousId == 0 ? null : previousHash);
    }

    private static boolean matches(ResultSet rs, String previousHash, String storedHash) throws SQLException {
        try {
            return ContentColumns.read(rs, rs.getLong("id")).hash(previousHash).equals(storedHash);
        } catch (IllegalStateException e) {
            return false; // before/after edited into something other than a JSON object
        }
    }
}
