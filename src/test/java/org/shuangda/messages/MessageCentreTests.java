package org.shuangda.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.CampaignAction;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The message centre against a round of its own in 黎城县 (due 2030): the office's 催报 reaches the 工商局's
 * reporters (信息联络员 李婷, 执法人员 张海涛: they hold REPORT_SUBMIT) and not its head, nor anyone in 平顺县; the
 * confirmation names them and counts the 公安局, whose submission was returned, as 已退回; unread count, read
 * receipt, 404 for another person's message; a returned submission tells the unit's reporter why.
 */
@WebTest
class MessageCentreTests {

    private static final String CAMPAIGN = """
            {"title":"消息中心测试专项行动","regionCode":"140426","startsOn":"2030-01-01","endsOn":"2030-06-30"}""";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Campaigns campaigns;
    @Autowired MessageCentre centre;
    @Autowired ObjectMapper json;

    String roundName;
    long round;
    long aic;
    long police;

    @BeforeEach
    void round() {
        for (String p : List.of("REPORT_REVIEW", "CAMPAIGN_VIEW")) { // as BriefingFixtures: identity tests may rewrite roles
            jdbc.sql("""
                    update role set permissions = array_append(permissions, :p)
                     where code = 'LEADING_GROUP_OFFICE' and not (:p = any(permissions))""").param("p", p).update();
        }
        Actor office = users.actor("licheng.office");
        long campaign = campaigns.create(office, json.readValue(CAMPAIGN, Campaign.class)).id();
        campaigns.take(office, campaign, CampaignAction.ACTIVATE);
        roundName = "催报测试" + System.nanoTime() % 1_000_000_000L;
        round = jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                          due_on, on_time_until, locks_after)
                select :c, id, '140426', 1, :name, '2030-03-01', '2030-03-08', '2030-03-11', '2030-03-11 23:59:59',
                       '2030-12-31' from report_template where code = 'SHUANGDA_BASIC' returning id""")
                .param("c", campaign).param("name", roundName).query(Long.class).single();
        aic = unit("黎城县工商行政管理局");
        police = unit("黎城县公安局");
        jdbc.sql("""
                insert into report_submission (round_id, unit_id, status, submitted_at, on_time, returned_reason)
                values (:r, :u, 'RETURNED', '2030-03-05 10:00', true, '数字有误')""").param("r", round)
                .param("u", police).update();
    }

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    /** The id of the newest message of {@code username} whose subject contains {@code text}, or null. */
    private Long messageOf(String username, String text) {
        return jdbc.sql("""
                select m.id from inbox_message m join app_user a on a.id = m.recipient_id
                 where a.username = :u and m.subject like :t order by m.id desc limit 1""")
                .param("u", username).param("t", "%" + text + "%").query(Long.class).optional().orElse(null);
    }

    @Test
    void theRemindReachesTheUnitsReportersNotItsHeadNorAnotherCountyAndTheConfirmationNamesThem() throws Exception {
        mvc.perform(post("/reporting/rounds/" + round + "/remind").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", allOf(containsString("已催报"),
                        containsString("黎城县工商行政管理局（"), containsString("李婷"), containsString("张海涛"),
                        containsString("黎城县公安局（已退回；"), containsString("已退回1个"),
                        not(containsString("冀向东")))));

        assertThat(messageOf("licheng.reporter", roundName)).isNotNull();
        assertThat(messageOf("licheng.officer", roundName)).isNotNull();
        assertThat(messageOf("licheng.head", roundName)).as("the head does not report").isNull();
        assertThat(messageOf("pingshun.reporter", roundName)).isNull();
        assertThat(messageOf("licheng.office", roundName)).isNull();
        // a unit where nobody reports: its handling staff (the 公安局's receiver), never its administrators
        assertThat(messageOf("licheng.police", roundName)).isNotNull();
        assertThat(messageOf("licheng.security", roundName)).isNull();
        assertThat(messageOf("licheng.auditor", roundName)).isNull();
        assertThat(messageOf("licheng.admin", roundName)).isNull();

        // the API answers the same: the returned unit counted apart
        mvc.perform(post("/api/v1/rounds/" + round + "/remind").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.returned").value(1))
                .andExpect(jsonPath("$.reached[?(@.unitName == '黎城县公安局')].state").value("RETURNED"))
                .andExpect(jsonPath("$.reached[?(@.unitName == '黎城县工商行政管理局')].people[*]",
                        org.hamcrest.Matchers.hasItems("李婷", "张海涛")));
    }

    @Test
    void unreadCountReadReceiptAndAnotherPersonsMessageIs404() throws Exception {
        Actor reporter = users.actor("licheng.reporter");
        long unreadBefore = centre.unreadCount(reporter);
        mvc.perform(post("/api/v1/rounds/" + round + "/remind").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk());
        long id = messageOf("licheng.reporter", roundName);
        assertThat(centre.unreadCount(reporter)).isEqualTo(unreadBefore + 1);

        // the badge and the message, unread first
        mvc.perform(get("/messages").with(users.as("licheng.reporter")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"unread-badge\""), containsString(roundName))));
        mvc.perform(get("/api/v1/messages").with(users.as("licheng.reporter")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].readAt").doesNotExist())
                .andExpect(jsonPath("$.unread").value((int) (unreadBefore + 1)));

        // nobody else opens or marks it
        for (String other : List.of("licheng.officer", "licheng.head", "pingshun.reporter", "licheng.office")) {
            mvc.perform(post("/api/v1/messages/" + id + "/read").with(users.as(other)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/messages/" + id).with(users.as(other))).andExpect(status().isNotFound());
            mvc.perform(post("/messages/" + id + "/open").with(users.as(other)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(centre.get(reporter, id).readAt()).isNull();

        // the reporter reads it: once, the first time stays
        mvc.perform(post("/api/v1/messages/" + id + "/read").with(users.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.readAt").exists());
        var firstRead = centre.get(reporter, id).readAt();
        mvc.perform(post("/messages/" + id + "/open").with(users.as("licheng.reporter")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(centre.get(reporter, id).readAt()).isEqualTo(firstRead);
        assertThat(centre.unreadCount(reporter)).isEqualTo(unreadBefore);

        // the office sees who received it and who read it
        Receipt receipt = centre.sent(users.actor("licheng.office"), 50).stream()
                .filter(r -> r.subject().contains(roundName) && r.unitName().equals("黎城县工商行政管理局"))
                .findFirst().orElseThrow();
        assertThat(receipt.recipients()).extracting(Receipt.Recipient::displayName).contains("李婷", "张海涛")
                .doesNotContain("冀向东");
        assertThat(receipt.recipients()).filteredOn(r -> r.displayName().equals("李婷"))
                .extracting(Receipt.Recipient::readAt).containsExactly(firstRead);
        assertThat(receipt.recipients()).filteredOn(r -> r.displayName().equals("张海涛"))
                .extracting(Receipt.Recipient::readAt).containsOnlyNulls();
        mvc.perform(get("/messages/sent").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(roundName), containsString("李婷"),
                        containsString("1/"))));
        // the reporter's sent page does not show the office's notices
        mvc.perform(get("/messages/sent").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(roundName))));
    }

    @Test
    void markAllReadEmptiesTheCount() throws Exception {
        mvc.perform(post("/api/v1/rounds/" + round + "/remind").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk());
        Actor officer = users.actor("licheng.officer");
        assertThat(centre.unreadCount(officer)).isPositive();
        mvc.perform(post("/messages/read-all").with(users.as("licheng.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(centre.unreadCount(officer)).isZero();
        mvc.perform(get("/messages").with(users.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"unread-badge\""))));
    }

    @Test
    void aReturnedSubmissionTellsTheUnitsReporterWhy() throws Exception {
        long submission = jdbc.sql("""
                insert into report_submission (round_id, unit_id, status, submitted_at, on_time)
                values (:r, :u, 'SUBMITTED', '2030-03-05 10:00', true) returning id""").param("r", round)
                .param("u", aic).query(Long.class).single();
        mvc.perform(post("/api/v1/submissions/" + submission + "/return").with(users.as("licheng.office"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"查处案件数与上期不符\"}"))
                .andExpect(status().isOk());
        long id = messageOf("licheng.reporter", roundName);
        Message m = centre.get(users.actor("licheng.reporter"), id);
        assertThat(m.kind()).isEqualTo("SUBMISSION_RETURNED");
        assertThat(m.body()).contains("查处案件数与上期不符");
        assertThat(m.link()).isEqualTo("/reporting/submissions/" + submission);
        assertThat(messageOf("licheng.head", roundName)).isNull();
    }

    /** The demo hands 黎城县 transfers over to the 公安局: its receiver and the county's prosecutor are told. */
    @Test
    void aTransferHandedOverTellsThePoliceReceiverAndTheProsecutor() throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (kindCount("licheng.police", "TRANSFER_HANDED_OVER") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200); // the listener runs after the hand-over's commit
        }
        assertThat(kindCount("licheng.police", "TRANSFER_HANDED_OVER")).isPositive();
        while (kindCount("licheng.prosecutor", "TRANSFER_OVERSIGHT") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(kindCount("licheng.prosecutor", "TRANSFER_OVERSIGHT")).isPositive();
        assertThat(kindCount("licheng.reporter", "TRANSFER_HANDED_OVER")).isZero();
        assertThat(kindCount("licheng.police", "TRANSFER_OVERSIGHT")).isZero();
        mvc.perform(get("/api/v1/messages").with(users.as("licheng.police"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kind == 'TRANSFER_HANDED_OVER')].link",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("/transfers/"))));
    }

    private long kindCount(String username, String kind) {
        return jdbc.sql("""
                select count(*) from inbox_message m join app_user a on a.id = m.recipient_id
                 where a.username = :u and m.kind = :k""").param("u", username).param("k", kind)
                .query(Long.class).single();
    }

    @Test
    void aSystemActorHasNoInbox() {
        assertThat(centre.inbox(Actor.system("test"), 0).items()).isEmpty();
        assertThat(centre.unreadCount(Actor.system("test"))).isZero();
    }

}
