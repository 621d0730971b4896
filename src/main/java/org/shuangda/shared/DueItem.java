package org.shuangda.shared;

import java.time.LocalDate;

/**
 * Something a unit has to act on that is due, for the message centre's daily notices ({@code
 * messages.DueNotices}): an approval waiting (a submission to review past its round's due day, a transfer to
 * decide) or a legal clock near its end (a case decision, a clue's verification, a filing's clock).
 *
 * @param kind       what it is ({@code SUBMISSION_REVIEW}, {@code CASE_DECISION}, …); with {@code itemId} the key of
 *                   "never twice a day"
 * @param itemId     the item's id within its kind
 * @param unitId     the unit that acts; null: the units of {@code regionCode} itself (not those below) whose people
 *                   hold {@code actOn}, as for the office that reviews a county's submissions
 * @param regionCode with {@code unitId} null: the region whose units act; else ignored (may be null)
 * @param actOn      the permission of the people who act (they receive it)
 * @param due        the clock's last day, or the day the approval fell due
 * @param approval   an approval waiting: noticed every day once {@code due} is within the lead, and after it until
 *                   it is done; false (a clock's warning): only while {@code due} lies from today to the lead's end
 * @param subject    one line, in Chinese
 * @param body       the text, in Chinese
 * @param link       where the item is acted on (a page the recipients may open)
 */
public record DueItem(String kind, String itemId, Long unitId, String regionCode, Permission actOn, LocalDate due,
        boolean approval, String subject, String body, String link) {

    public DueItem {
        if (unitId == null && regionCode == null) {
            throw new IllegalArgumentException("a due item names a unit or a region");
        }
    }

    /**
     * Whether it is noticed on {@code today}, {@code horizon} being the last day of the lead ({@code today} plus
     * the lead's working days on the working-day calendar).
     */
    public boolean noticedOn(LocalDate today, LocalDate horizon) {
        return !due.isAfter(horizon) && (approval || !due.isBefore(today));
    }
}
