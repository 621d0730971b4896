package org.shuangda.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/** Values for plain unit tests: a campaign and a task in a chosen state, no database. */
final class Fixtures {

    static final long LEAD = 10;
    static final long COOPERATOR = 11;
    static final long STRANGER = 12;
    /** A day before the fixture task's due date. */
    static final LocalDate TODAY = LocalDate.of(2011, 1, 5);
    /** A member unit's reporter: sees campaigns, reports on tasks. */
    static final Actor REPORTER = new TestActor(EnumSet.of(Permission.CAMPAIGN_VIEW, Permission.TASK_REPORT));
    /** A leader: sees campaigns and tasks, reports on none. */
    static final Actor VIEWER = new TestActor(EnumSet.of(Permission.CAMPAIGN_VIEW));
    /** The office (an administrator's grants: it manages campaigns but holds no TASK_REPORT). */
    static final Actor MANAGER = new TestActor(EnumSet.of(Permission.CAMPAIGN_VIEW, Permission.CAMPAIGN_MANAGE));

    /** An actor with the given permissions over everything; the party to a task is given separately. */
    record TestActor(Set<Permission> permissions) implements Actor {
        @Override public long userId() { return 1; }
        @Override public String username() { return "test"; }
        @Override public String displayName() { return "测试"; }
        @Override public long unitId() { return LEAD; }
        @Override public String unitName() { return "工商局"; }
        @Override public String unitRegionPath() { return "/140000/140400/140426/"; }
        @Override public boolean can(Permission permission) { return permissions.contains(permission); }
        @Override public DataScope scopeFor(Permission permission) {
            return can(permission) ? DataScope.everything() : DataScope.none();
        }
    }

    private Fixtures() {
    }

    static Campaign campaign(CampaignStatus status) {
        return new Campaign(1L, "专项行动", "黎政办发〔2010〕108号", null, "140426", LocalDate.of(2010, 12, 21),
                LocalDate.of(2011, 1, 21), null, null, null, null, null, null, null, null, null, null, status, null,
                null, null, 0);
    }

    static CampaignTask task(CampaignStatus campaign, LocalDate due, LocalDate lastProgress, Instant completed) {
        return task(campaign, due, lastProgress, completed, null);
    }

    static CampaignTask task(CampaignStatus campaign, LocalDate due, LocalDate lastProgress, Instant completed,
            Integer everyWorkingDays) {
        return new CampaignTask(7L, 1L, campaign, LocalDate.of(2010, 12, 21), null, "市场巡查", null, LEAD,
                List.of(COOPERATOR), due, everyWorkingDays != null, everyWorkingDays,
                completed, completed == null ? null : "张三", LocalDate.of(2010, 12, 21), lastProgress, 0);
    }

    static CampaignTask open(CampaignStatus campaign) {
        return task(campaign, LocalDate.of(2011, 1, 16), null, null);
    }

    static CampaignTask completed(CampaignStatus campaign) {
        return task(campaign, LocalDate.of(2011, 1, 16), LocalDate.of(2011, 1, 5), Instant.parse("2011-01-10T08:00:00Z"));
    }
}
