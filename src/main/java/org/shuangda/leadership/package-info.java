/**
 * The leading group's own work (issue 15): its meetings (领导小组会议, 联席会议, 总结会, 推进会, 专题会) with the
 * convening notice sent to the invited units through the message centre and their replies, the attendance, the
 * agenda, and the minutes (会议纪要) in the seeds' structure, issued as DOCX in the official layout. Each decision
 * of the minutes names its lead and cooperating units and becomes a task of the meeting's campaign when the
 * minutes are issued (campaigns' own task machinery: progress, 督办, overdue), so the next meeting of the group
 * opens with 上次会议议定事项落实情况 read from those tasks. Meetings are the office's ({@code CAMPAIGN_MANAGE} over
 * the group's region); an invited unit sees its meeting and answers the notice; issued minutes are read by
 * everyone who sees campaigns of the region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leadership 领导小组工作",
        allowedDependencies = {"shared", "organization", "campaigns", "calendar", "entities", "reporting",
                "briefings"})
package org.shuangda.leadership;
