package org.shuangda.cases;

import java.time.Instant;

/**
 * One line of a case's timeline (立案, 告知, 中止, 移送…).
 *
 * @param kind a short code, e.g. {@code STATUS}, {@code CLOCK}, {@code TRANSFER}, {@code ATTACHMENT}
 */
public record TimelineEntry(Instant at, String kind, String text, String actor) {
}
