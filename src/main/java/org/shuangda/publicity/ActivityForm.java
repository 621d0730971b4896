package org.shuangda.publicity;

import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;

/**
 * What a unit fills in for a publicity activity (page form and API body alike). {@code heldOn} as ISO text
 * ({@code 2026-03-15}); {@code unitId} defaults to the actor's unit; {@code version} is required for a change.
 */
public record ActivityForm(Long unitId, Long campaignId, String heldOn, String kind, String title, String place,
        Integer materials, Integer attendance, Long reach, @MultiLine @MaxLength(2000) String note, Integer version) {
}
