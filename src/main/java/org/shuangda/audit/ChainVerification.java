package org.shuangda.audit;

/**
 * The result of {@link AuditChain#verify()}.
 *
 * @param intact         every entry's hash and link recomputed and found right, ids without gaps
 * @param checkedEntries entries read (up to and including the first broken one)
 * @param firstBrokenId  the first entry found changed, unlinked or missing; null when intact
 * @param problem        what is wrong there; null when intact
 * @param missingUpTo    for {@link Problem#ENTRIES_MISSING} and {@link Problem#TRUNCATED}: the last missing id
 *                       (the first is {@code firstBrokenId}); else null
 * @param reason         the problem in words (English), e.g. "entry 42: content changed"
 * @param headId         when intact, the id of the newest entry (0 for an empty chain)
 * @param headHash       when intact, its hash. {@link AuditAnchors} writes it down outside the database (every
 *                       few minutes, every N entries, at start-up and on shutdown), which later shows whether
 *                       entries were cut off the end or the whole chain rewritten, something a chain cannot
 *                       show by itself.
 * @param pendingEntries entries committed with their change but still waiting in {@code audit_pending} to be
 *                       put on the chain (by {@link AuditChainer}); not covered by this check yet
 */
public record ChainVerification(boolean intact, long checkedEntries, Long firstBrokenId, Problem problem,
        Long missingUpTo, String reason, Long headId, String headHash, long pendingEntries) {

    /** How the chain is broken. */
    public enum Problem {
        /** The entry's content no longer gives its stored hash: a column was edited. */
        CONTENT_CHANGED,
        /** The entry's previous hash is not the previous entry's hash: an entry was replaced or re-hashed. */
        LINK_BROKEN,
        /** Ids are missing: entries were deleted. */
        ENTRIES_MISSING,
        /** The chain ends before an entry an anchor recorded: entries were cut off the end. */
        TRUNCATED,
        /** An entry's hash is not the one an anchor recorded: the chain was rewritten (and re-hashed) from there. */
        ANCHOR_MISMATCH
    }

    ChainVerification withPending(long pending) {
        return new ChainVerification(intact, checkedEntries, firstBrokenId, problem, missingUpTo, reason, headId,
                headHash, pending);
    }

    static ChainVerification intact(long checked, long headId, String headHash) {
        return new ChainVerification(true, checked, null, null, null, null, headId, headHash, 0);
    }

    static ChainVerification contentChanged(long checked, long id) {
        return new ChainVerification(false, checked, id, Problem.CONTENT_CHANGED, null,
                "entry " + id + ": content changed", null, null, 0);
    }

    static ChainVerification linkBroken(long checked, long id) {
        return new ChainVerification(false, checked, id, Problem.LINK_BROKEN, null,
                "entry " + id + ": previous-hash link broken", null, null, 0);
    }

    static ChainVerification truncated(long checked, long headId, long anchoredId, java.time.Instant anchoredAt) {
        return new ChainVerification(false, checked, headId + 1, Problem.TRUNCATED, anchoredId,
                "entries " + (headId + 1) + " to " + anchoredId + " missing: the chain ends at " + headId
                        + " but entry " + anchoredId + " was anchored at " + anchoredAt, null, null, 0);
    }

    static ChainVerification anchorMismatch(long checked, long id, java.time.Instant anchoredAt) {
        return new ChainVerification(false, checked, id, Problem.ANCHOR_MISMATCH, null,
                "entry " + id + ": hash differs from the anchor written at " + anchoredAt + " (chain rewritten)",
                null, null, 0);
    }

    /** Entries {@code lastGoodId + 1} to {@code nextId - 1} are gone; the first of them is reported. */
    static ChainVerification missing(long checked, long lastGoodId, long nextId) {
        String reason = lastGoodId == 0 ? "entry ids missing before " + nextId + " (deleted)"
                : "entry ids missing between " + lastGoodId + " and " + nextId + " (deleted)";
        return new ChainVerification(false, checked, lastGoodId + 1, Problem.ENTRIES_MISSING, nextId - 1, reason,
                null, null, 0);
    }
}
