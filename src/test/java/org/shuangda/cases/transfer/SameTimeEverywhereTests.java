package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One clock (issue 13): the same event reads the same time on the case timeline, the transfer page, the staff's
 * filing page and the public tracking page, in Beijing time, even on a host whose JVM runs in UTC (as
 * {@code mvn spring-boot:run} on a UTC server does; the tests' own JVM runs in Asia/Shanghai, which hid it).
 */
@WebTest
class SameTimeEverywhereTests {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    TimeZone before;

    @BeforeEach
    void hostInUtc() throws InterruptedException {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // the event and the clock read below must fall in the same minute
        while (LocalDateTime.now().getSecond() >= 55) {
            Thread.sleep(1000);
        }
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    static String beijingNow() {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(MINUTE);
    }

    @Test
    void aTransferProposalReadsTheSameOnTheCaseTimelineAndTheTransferPage() throws Exception {
        TransferApiClient api = new TransferApiClient(mvc, demo, jdbc);
        long caseId = api.caseAbove("licheng", "测试：同一时钟移送案", 70000);
        long transferId = api.proposed("licheng.officer", caseId);
        String expected = beijingNow();

        Document casePage = page("licheng.officer", "/cases/" + caseId);
        Element entry = casePage.select("#case-timeline li").stream()
                .filter(li -> li.text().contains("拟移送公安机关")).findFirst().orElseThrow();
        String onTimeline = firstTime(entry.text());

        Document transferPage = page("licheng.officer", "/transfers/" + transferId);
        String onTransferHistory = firstTime(transferPage.select("#transfer-history tbody tr").first().text());

        assertThat(onTimeline).isEqualTo(expected);
        assertThat(onTransferHistory).isEqualTo(expected);
    }

    @Test
    void aPublicTipReadsTheSameOnTheTrackingPageAndTheStaffsFilingPage() throws Exception {
        var tip = multipart("/public/filings");
        tip.param("track", "REPORT").param("category", "COUNTERFEIT").param("regionCode", "140426")
                .param("targetName", "黎城县同一时钟测试店").param("content", "同一时钟测试：店里卖假酒")
                .param("anonymous", "true");
        // the form answers 303 to the GET receipt, shown in the same session (Post/Redirect/Get)
        var filed = mvc.perform(tip.with(csrf()).with(r -> {
                    r.setRemoteAddr("10.13.6.1");
                    return r;
                })).andExpect(status().isSeeOther()).andReturn();
        String receipt = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/public/filings/receipt")
                        .session((org.springframework.mock.web.MockHttpSession) filed.getRequest().getSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String expected = beijingNow();
        Document r = Jsoup.parse(receipt);
        String number = r.getElementById("tracking-no").text();
        String code = r.getElementById("query-code").text();

        String tracking = mvc.perform(post("/public/filings/track").param("trackingNo", number).param("queryCode", code)
                        .with(csrf()).with(q -> {
                            q.setRemoteAddr("10.13.6.1");
                            return q;
                        }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String onTracking = firstTime(Jsoup.parse(tracking).select("#public-history li").first().text());

        long id = jdbc.sql("select id from filing where tracking_no = :no").param("no", number).query(Long.class)
                .single();
        String onFiling = firstTime(page("licheng.office", "/filings/" + id).select("#history li").first().text());

        assertThat(onTracking).isEqualTo(expected);
        assertThat(onFiling).isEqualTo(expected);
    }

    Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    static String firstTime(String text) {
        Matcher m = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}").matcher(text);
        assertThat(m.find()).as("a yyyy-MM-dd HH:mm time in: " + text).isTrue();
        return m.group();
    }
}
