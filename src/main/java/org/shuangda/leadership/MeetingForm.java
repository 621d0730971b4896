package org.shuangda.leadership;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the office enters for a meeting. {@code heldAt} is local time in Beijing; {@code invitedUnitIds} empty
 * means every unit with a seat in the group.
 */
public record MeetingForm(Long leadingGroupId, Long campaignId, MeetingKind kind, String title, LocalDateTime heldAt,
        String place, String chair, List<Long> invitedUnitIds, List<Meeting.AgendaItem> agenda, Integer version) {

    public MeetingForm {
        invitedUnitIds = invitedUnitIds == null ? List.of() : List.copyOf(invitedUnitIds);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        version = version == null ? 0 : version;
    }
}
