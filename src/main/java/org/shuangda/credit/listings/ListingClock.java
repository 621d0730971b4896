package org.shuangda.credit.listings;

import java.time.LocalDate;

/**
 * The clock a listing's current stage runs on: its rule (name and legal source), its last day, what is left (in
 * the rule's unit) and whether it ran out.
 */
public record ListingClock(String key, String name, String source, LocalDate due, long remaining, boolean overdue) {
}
