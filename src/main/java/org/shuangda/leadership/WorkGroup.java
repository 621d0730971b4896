package org.shuangda.leadership;

import java.util.List;
import java.util.Objects;

/**
 * A work group of a leading group (e.g. 日常事务组, 宣传报道组, 案件查办指导组): its duties, the unit that leads it and its
 * members. A decision given to the group is led by that unit, with the members' units cooperating.
 */
public record WorkGroup(Long id, long leadingGroupId, String groupName, String regionCode, String name, String duties,
        Long leadUnitId, String leadUnitName, List<Member> members, int version) {

    public enum Role {
        HEAD,
        DEPUTY,
        MEMBER,
        LIAISON
    }

    public record Member(Role role, String personName, String title, Long unitId, String unitName) {
    }

    public WorkGroup {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The members' units other than the lead: the cooperating units of a task given to the group. */
    public List<Long> cooperatingUnits() {
        return members.stream().map(Member::unitId).filter(Objects::nonNull).filter(u -> !u.equals(leadUnitId))
                .distinct().toList();
    }
}
