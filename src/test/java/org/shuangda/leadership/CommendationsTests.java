package org.shuangda.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.shuangda.leadership.CommendationRound.Kind;
import org.shuangda.leadership.CommendationRound.Nomination;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A commendation round from opening to the published notice: quotas per unit, a listed entity refused with its
 * listing named, deeds drafted from the unit's records, a rejection needing its reason, the notice's DOCX naming the
 * approved, the public page, and the honour on the unit's record.
 */
@WebTest
class CommendationsTests {

    @Autowired Commendations commendations;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aRoundFromNominationsToThePublishedNotice() throws Exception {
        Actor office = demo.actor("licheng.office");
        Actor officer = demo.actor("licheng.officer");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String created = mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"表彰测试专项行动 %d","docNumber":"黎政办字[2026]%d号","regionCode":"140426",
                         "startsOn":"2026-01-05","endsOn":"2027-06-30","phases":[{"name":"组织实施","startsOn":"2026-01-05",
                         "endsOn":"2027-06-20"}]}""".formatted(System.nanoTime(), System.nanoTime() % 100000)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long campaignId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String title = "关于表扬双打工作先进集体和先进个人的通报" + System.nanoTime() % 100000;
        CommendationRound round = commendations.open(office, campaignId, title, 1, 1, today.plusDays(10), true);

        String deeds = commendations.draftDeeds(officer, round.id());
        assertThat(deeds).startsWith("黎城县工商行政管理局在表彰测试专项行动").contains("以上数据取自平台记录");

        commendations.nominate(officer, round.id(), Kind.COLLECTIVE, null, null, null, null,
                deeds + "认真履职，查办了一批侵权假冒案件。");
        // a person of another unit is not one of this unit's people
        assertThat(fields(() -> commendations.nominate(officer, round.id(), Kind.INDIVIDUAL, null, null,
                demo.actor("pingshun.officer").userId(), "王某某", "", "王某某同志表现突出，多次参与联合执法行动。")))
                .containsExactly("nomineeUserId");
        commendations.nominate(officer, round.id(), Kind.INDIVIDUAL, null, null, officer.userId(), "张某某",
                "县工商局稽查队队长", "张某某同志带队查处侵犯注册商标专用权案件多起，表现突出。");
        // the unit's quota of one collective is used
        assertThat(fields(() -> commendations.nominate(officer, round.id(), Kind.COLLECTIVE, null, null, null, null,
                "再推荐一个先进集体，超过了本单位名额的情况，应当被拒绝。"))).containsExactly("kind");
        // a market entity on a credit list is refused, its listing named
        Long listed = jdbc.sql("select entity_id from credit_listing where state = 'LISTED' and entity_id is not null limit 1")
                .query(Long.class).optional().orElse(null);
        assertThat(listed).as("the demo lists an enterprise on the 经营异常名录").isNotNull();
        Actor police = demo.actor("licheng.police");
        InvalidInput e = catchInvalid(() -> commendations.nominate(police, round.id(), Kind.COLLECTIVE, null,
                listed, null, null, "该企业诚信经营，积极配合打假工作，事迹突出。"));
        assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("nomineeEntityId");
        assertThat(e.problems().get(0).args()).hasSizeGreaterThan(2); // the entity, the list and its date are named

        commendations.close(office, round.id());
        CommendationRound review = commendations.get(office, round.id());
        Nomination unit = review.nominations().stream().filter(n -> n.kind() == Kind.COLLECTIVE).findFirst().orElseThrow();
        Nomination person = review.nominations().stream().filter(n -> n.kind() == Kind.INDIVIDUAL).findFirst().orElseThrow();
        assertThat(fields(() -> commendations.decide(office, round.id(), person.id(), false, " ")))
                .containsExactly("reason");
        commendations.decide(office, round.id(), unit.id(), true, "");
        commendations.decide(office, round.id(), person.id(), true, "");
        CommendationRound issued = commendations.issue(office, round.id(), null);
        assertThat(issued.status()).isEqualTo(CommendationRound.Status.ISSUED);

        byte[] docx = mvc.perform(get("/commendations/" + round.id() + "/notice.docx").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            text = x.getText();
        }
        assertThat(text).contains(title).contains("一、先进集体").contains("黎城县工商行政管理局")
                .contains("二、先进个人").contains("张某某（县工商局稽查队队长）").contains(issued.noticeNumber());
        // published without login, and on the unit's record
        String page = mvc.perform(get("/public/commendations/" + round.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("张某某");
        assertThat(commendations.honoursOf(officer.unitId())).extracting(CommendationStore.Honour::roundId)
                .contains(round.id());
        // and on the person's own record: his home page says so
        assertThat(commendations.honoursOfPerson(officer)).extracting(CommendationStore.Honour::roundId)
                .contains(round.id());
        assertThat(mvc.perform(get("/").with(demo.as("licheng.officer"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("my-honours").contains(title);
        assertThat(commendations.honoursOfPerson(demo.actor("licheng.police"))).extracting(
                CommendationStore.Honour::roundId).doesNotContain(round.id());
        // another county sees nothing
        mvc.perform(get("/api/v1/commendations/" + round.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
    }

    private static List<String> fields(Runnable r) {
        return catchInvalid(r).problems().stream().map(InvalidInput.FieldProblem::field).toList();
    }

    private static InvalidInput catchInvalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
