/**
 * Publicity activities (宣传活动, issue 18): what a member unit did to tell the public — 展览, 讲座, 媒体报道, 网络宣传,
 * 集中销毁 of seized goods, 咨询台 on 3·15 and 4·26 — with the day, the unit, the campaign, materials handed out (份),
 * attendance (人次), reach (人次) and photos (JPG or PNG, checked by their first bytes and their size). A module of its
 * own rather than a room of campaigns: campaigns is the kernel most modules depend on, an activity only names its
 * campaign (through {@link org.shuangda.campaigns.CampaignDirectory}), and its figures leave through
 * {@link org.shuangda.shared.DerivedFigures} ({@link org.shuangda.publicity.PublicityFigures}: 宣传资料 and the activity
 * counts to reporting, and so to an assessment item). Kept by the unit's reporters and task officers (REPORT_SUBMIT
 * or TASK_REPORT) and by the office over the unit's region (CAMPAIGN_MANAGE); read with CAMPAIGN_VIEW within its
 * scope over the unit. Every change audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity 宣传活动",
        allowedDependencies = {"shared", "organization", "campaigns", "calendar"})
package org.shuangda.publicity;
