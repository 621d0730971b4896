package org.shuangda.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A region's 双打 leading group (领导小组): who leads it, which member units sit in it and which unit hosts
 * its office (办公室) with the contact person units report to.
 */
public record LeadingGroup(Long id, String name, String regionCode, String regionName, Long officeUnitId,
        String officeUnitName, String officeContact, String officePhone, String duties, LocalDate establishedOn,
        List<Member> members, int version) {

    /** Posts in the group, in the order the plans list them. */
    public enum Position {
        LEADER,
        DEPUTY_LEADER,
        MEMBER,
        OFFICE_DIRECTOR
    }

    /** One seat: a post, the person's name (plans sometimes list only the post) and title, and the unit. */
    public record Member(Position position, String personName, String title, Long unitId, String unitName) {
    }

    public LeadingGroup {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public long memberUnitCount() {
        return members.stream().map(Member::unitId).filter(java.util.Objects::nonNull).distinct().count();
    }
}
