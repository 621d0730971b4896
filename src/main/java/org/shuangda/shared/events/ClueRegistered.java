package org.shuangda.shared.events;

/**
 * The cases module registered a clue for a referred tip: complaints links the filing to it.
 *
 * @param filingId   the filing the clue came from
 * @param clueId     the clue's id in cases
 * @param clueNumber the clue's number as people read it
 */
public record ClueRegistered(long filingId, long clueId, String clueNumber) {
}
