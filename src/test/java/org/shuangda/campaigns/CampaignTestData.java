package org.shuangda.campaigns;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up the demo rows the web tests act on. */
final class CampaignTestData {

    static final String LICHENG_2010 = "黎城县打击侵犯知识产权和制售假冒伪劣商品专项行动";
    static final String PINGSHUN_2010 = "平顺县打击侵犯知识产权和制售假冒伪劣商品专项行动";

    private final JdbcClient jdbc;

    CampaignTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long campaign(String title) {
        return jdbc.sql("select id from campaign where title = :t").param("t", title).query(Long.class).single();
    }

    long task(String campaignTitle, String taskTitle) {
        return jdbc.sql("select t.id from campaign_task t join campaign c on c.id = t.campaign_id "
                + "where c.title = :c and t.title = :t").param("c", campaignTitle).param("t", taskTitle)
                .query(Long.class).single();
    }

    long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    /** A fresh campaign JSON body for 黎城县, so tests that change things leave the demo plans alone. */
    static String campaignJson(String title) {
        return """
                {"title":"%s","docNumber":"黎政办发[2026]9号","regionCode":"140426","startsOn":"2026-01-05",
                 "endsOn":"2027-06-30","rightsTypes":["商标权"],"phases":[{"name":"动员部署","startsOn":"2026-01-05","endsOn":"2026-01-09"},
                 {"name":"组织实施","startsOn":"2026-01-10","endsOn":"2027-06-20"}]}""".formatted(title);
    }

    static String taskJson(String title, long lead, long cooperator, String due) {
        return """
                {"title":"%s","leadUnitId":%d,"cooperatorIds":[%d],"dueOn":"%s","supervised":true,
                 "progressEveryWorkingDays":5}""".formatted(title, lead, cooperator, due);
    }
}
