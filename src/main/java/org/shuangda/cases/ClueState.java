package org.shuangda.cases;

/** What the steps of a clue depend on ({@link ClueAction#possibleIn}): its status and its verification clock. */
public record ClueState(ClueStatus status, boolean clockPaused, boolean extended) {
}
