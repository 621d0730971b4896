package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The citizen's pages as issue 13 asked: the error summary names the fields by their labels, the receipt is a
 * GET after the POST that only the filer's session can open, the tracking page says a transfer and its reason
 * in words, and the public landing is linked from the sign-in page.
 */
@WebTest
class PublicPhonePagesTests {

    static final byte[] PNG = PublicFilingTests.PNG;

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor from(String ip) {
        return PublicFilingTests.from(ip);
    }

    static MockMultipartHttpServletRequestBuilder form() {
        return multipart("/public/filings");
    }

    long filingsFor(String target) {
        return jdbc.sql("select count(*) from filing where target_name = :t").param("t", target)
                .query(Long.class).single();
    }

    @Test
    void anIncompleteFormNamesEachMissingFieldByItsLabelLinksToItAndKeepsTheInput() throws Exception {
        String target = "摘要测试店" + System.nanoTime();
        String page = mvc.perform(form().file(new MockMultipartFile("files", "photo.png", "image/png", PNG))
                        .param("track", "REPORT").param("targetName", target).param("filerPhone", "12")
                        .param("filerAddress", "黎城县东大街").with(csrf()).with(from("10.13.0.1")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.select("#missing-fields").text()).isEqualTo("请填写：发生地、具体内容、姓名");
        // in the form's order, each a link to its field
        assertThat(html.select("#missing-fields a").eachAttr("href")).containsExactly("#regionCode-picker", "#content",
                "#filerName");
        assertThat(html.select("#missing-fields a").eachText()).containsExactly("发生地", "具体内容", "姓名");
        assertThat(html.select("#invalid-fields li").eachText()).containsExactly("联系电话：请填写有效的联系电话");
        assertThat(html.select("#invalid-fields a").attr("href")).isEqualTo("#filerPhone");
        assertThat(html.select("#reattach").text()).contains("请重新选择附件");
        assertThat(html.select("#form-errors").text()).doesNotContain("必填");
        // beside each field its own message, and what was typed is still there
        assertThat(html.select("#content ~ .invalid-feedback").text()).isEqualTo("请填写具体内容");
        assertThat(html.select("#filerName ~ .invalid-feedback").text()).isEqualTo("请填写姓名");
        assertThat(html.select("#content").hasClass("is-invalid")).isTrue();
        assertThat(html.select("#targetName").val()).isEqualTo(target);
        assertThat(html.select("#filerPhone").val()).isEqualTo("12");
        assertThat(html.select("#filerAddress").val()).isEqualTo("黎城县东大街");
        assertThat(filingsFor(target)).isZero();
    }

    @Test
    void theReceiptIsAGetAfterThePostAReloadFilesNothingAndNoOtherSessionSeesIt() throws Exception {
        String target = "回执测试店" + System.nanoTime();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(tip(target).session(session).with(csrf()).with(from("10.13.0.2")))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/public/filings/receipt"));
        Document first = receipt(session);
        String number = first.select("#tracking-no").text();
        String code = first.select("#query-code").text();
        assertThat(number).matches("[A-Z0-9]{10,}");
        assertThat(code).isNotBlank();
        assertThat(first.select("#copy-tracking-no").attr("data-copy-target")).isEqualTo("tracking-no");
        assertThat(first.select("#save-note").text()).contains("请保存");
        // the code is in no URL, and no cache keeps the page
        assertThat(mvc.perform(get("/public/filings/receipt").session(session)).andReturn().getResponse()
                .getHeader("Cache-Control")).contains("no-store");
        // a reload: the same receipt, still one filing
        Document again = receipt(session);
        assertThat(again.select("#tracking-no").text()).isEqualTo(number);
        assertThat(again.select("#query-code").text()).isEqualTo(code);
        assertThat(filingsFor(target)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from filing where tracking_no = :n").param("n", number)
                .query(Long.class).single()).isEqualTo(1);
        // another browser: no receipt, neither number nor code
        String other = mvc.perform(get("/public/filings/receipt")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(other).doesNotContain(number).doesNotContain(code).contains("回执只在提交后的本次访问中显示");
        // the tracking form is prefilled with the number (never the code)
        Document track = Jsoup.parse(mvc.perform(get("/public/filings/track").session(session)).andReturn()
                .getResponse().getContentAsString());
        assertThat(track.select("#trackingNo").val()).isEqualTo(number);
        assertThat(track.select("#queryCode").val()).isEmpty();
        // "我已保存": the receipt leaves the session
        mvc.perform(post("/public/filings/receipt/close").session(session).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/public/filings/track"));
        Document closed = receipt(session);
        assertThat(closed.select("#tracking-no")).isEmpty();
        assertThat(closed.select("#receipt-gone")).isNotEmpty();
    }

    @Test
    void theTrackingPageSaysATransferAndItsReasonInWords() throws Exception {
        String target = "转办说明测试店" + System.nanoTime();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(tip(target).session(session).with(csrf()).with(from("10.13.0.3"))).andExpect(status().isSeeOther());
        Document receipt = receipt(session);
        String number = receipt.select("#tracking-no").text();
        String code = receipt.select("#query-code").text();
        assertThat(track(number, code, "10.13.0.3").select("#public-now").text())
                .isEqualTo("已登记并分派至 黎城县工商行政管理局，待受理");
        FilingWork work = new FilingWork(mvc, demo, jdbc);
        long id = jdbc.sql("select id from filing where tracking_no = :n").param("n", number).query(Long.class).single();
        work.act("licheng.agent", id, "reroute", "{\"unitId\":%d,\"reason\":\"涉及种子\"}"
                .formatted(work.unitId("黎城县农业委员会"))).andExpect(status().isOk());
        Document after = track(number, code, "10.13.0.3");
        assertThat(after.select("#public-now").text()).startsWith("已转办至 黎城县农业委员会（原因：涉及种子）");
        assertThat(after.select("#public-unit").text()).isEqualTo("黎城县农业委员会");
        assertThat(after.select("#public-history").text()).contains("转办至 黎城县农业委员会 （原因：涉及种子）");
        assertThat(work.status(id)).isEqualTo("RECEIVED");
    }

    @Test
    void theLandingListsEveryPublicEntryAndTheSignInPageLinksIt() throws Exception {
        Document login = Jsoup.parse(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(login.select("#login-public").attr("href")).isEqualTo("/public");
        assertThat(login.select("#login-public-entries a").eachAttr("href")).contains("/public/filings/new",
                "/public/filings/track", "/public/penalties");
        Document landing = Jsoup.parse(mvc.perform(get("/public")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(landing.select("#public-entries a").eachText()).anyMatch(t -> t.startsWith("我要举报"))
                .anyMatch(t -> t.startsWith("我要投诉")).anyMatch(t -> t.startsWith("查询办理进度"))
                .anyMatch(t -> t.startsWith("行政处罚信息公示"));
        for (String href : landing.select("#public-entries a").eachAttr("href")) {
            mvc.perform(get(href)).andExpect(status().isOk());
        }
        Document english = Jsoup.parse(mvc.perform(form().param("track", "REPORT").param("lang", "en")
                        .with(csrf()).with(from("10.13.0.4"))).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select("#missing-fields").text()).startsWith("Please fill in:").contains(", ")
                .doesNotContain("、");
        Document complaint = Jsoup.parse(mvc.perform(get("/public/filings/new").param("track", "COMPLAINT"))
                .andReturn().getResponse().getContentAsString());
        assertThat(complaint.select("#track option[selected]").val()).isEqualTo("COMPLAINT");
        assertThat(complaint.select("#public-home").attr("href")).isEqualTo("/public");
    }

    static MockMultipartHttpServletRequestBuilder tip(String target) {
        MockMultipartHttpServletRequestBuilder form = form();
        form.param("track", "REPORT").param("category", "COUNTERFEIT").param("regionCode", "140426")
                .param("targetName", target).param("content", "店里卖假冒注册商标的白酒。").param("filerName", "程晓东")
                .param("filerPhone", "13912345678");
        return form;
    }

    Document receipt(MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get("/public/filings/receipt").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    Document track(String number, String code, String ip) throws Exception {
        return Jsoup.parse(mvc.perform(post("/public/filings/track").param("trackingNo", number)
                        .param("queryCode", code).with(csrf()).with(from(ip))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
