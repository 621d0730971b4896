package org.shuangda.credit.listings;

import java.time.LocalDate;
import java.util.List;

/**
 * A 经营异常名录 entry to record: the entity, the ground of Order 68 and what the ground needs — the report year
 * (annual report: late after 30 June of the next year), the order's day (instant information: 10 days to
 * publish; name change: the day the order's period ended, {@code triggerOn}), or the two registered letters
 * (unreachable: 15–30 days apart, both unsigned).
 *
 * @param unitId the listing unit, for the platform acting (demo): a person lists for his own unit
 */
public record AbnormalDraft(Long entityId, AbnormalGround ground, Integer reportYear, LocalDate orderedOn,
        LocalDate triggerOn, List<Letter> letters, String note, Long unitId) {

    /** A registered letter sent to the registered address: when, when it came back, whether anyone signed. */
    public record Letter(LocalDate sentOn, LocalDate returnedOn, boolean signed) {
    }

    public AbnormalDraft {
        letters = letters == null ? List.of() : List.copyOf(letters);
    }
}
