package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public form and tracking page: no login, CSRF, limits per address, one answer for wrong and unknown. */
@WebTest
class PublicFilingTests {

    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final Pattern NUMBER = Pattern.compile("id=\"tracking-no\">([A-Z0-9]+)<");
    static final Pattern CODE = Pattern.compile("id=\"query-code\">([A-Z0-9]+)<");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    static MockMultipartHttpServletRequestBuilder tip(String content) {
        MockMultipartHttpServletRequestBuilder form = multipart("/public/filings");
        form.param("track", "REPORT").param("category", "COUNTERFEIT").param("regionCode", "140426")
                .param("targetName", "黎城县公众举报测试店").param("content", content).param("anonymous", "true");
        return form;
    }

    /** Files through the form and follows the 303 to the GET receipt in the same browser session: its page. */
    String receipt(MockMultipartHttpServletRequestBuilder form) throws Exception {
        MvcResult posted = mvc.perform(form).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/public/filings/receipt")).andReturn();
        MockHttpSession session = (MockHttpSession) posted.getRequest().getSession(false);
        return mvc.perform(get("/public/filings/receipt").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    long count() {
        return jdbc.sql("select count(*) from filing").query(Long.class).single();
    }

    @Test
    void anAnonymousTipWithAPhotoGetsATrackingNumberAndACodeThatOpenTheTrackingPage() throws Exception {
        mvc.perform(get("/public/filings/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"regionCode-picker\""))); // 发生地: the region picker
        String page = receipt(tip("公众匿名举报：店里卖假酒").file(new MockMultipartFile("files", "photo.png",
                        "image/png", PNG)).with(csrf()).with(from("10.1.0.1")));
        String number = find(NUMBER, page);
        String code = find(CODE, page);
        assertThat(jdbc.sql("""
                select anonymous and filer_name is null and channel = 'WEB' and query_code_hash <> :code
                       and (select count(*) from filing_attachment a where a.filing_id = f.id) = 1
                  from filing f where tracking_no = :no""")
                .param("no", number).param("code", code).query(Boolean.class).single()).isTrue();
        mvc.perform(post("/public/filings/track").param("trackingNo", number).param("queryCode", code)
                        .with(csrf()).with(from("10.1.0.1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已登记，待受理")))
                .andExpect(content().string(containsString("黎城县工商行政管理局")));
    }

    @Test
    void withoutTheCsrfTokenTheFormIsRefusedAndNothingStored() throws Exception {
        long before = count();
        mvc.perform(tip("没有CSRF令牌的提交").with(from("10.1.0.2"))).andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badInputReShowsTheFormWithTheReasonsAndStoresNothing() throws Exception {
        long before = count();
        mvc.perform(tip("").with(csrf()).with(from("10.1.0.3"))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写具体内容")));
        mvc.perform(tip("改了扩展名的程序").file(new MockMultipartFile("files", "photo.png", "image/png",
                        "MZ\u0090\u0000 not a picture".getBytes())).with(csrf()).with(from("10.1.0.3")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("PDF、JPG或PNG")));
        MockMultipartHttpServletRequestBuilder complaint = multipart("/public/filings");
        complaint.param("track", "COMPLAINT").param("regionCode", "140426").param("targetName", "某店")
                .param("content", "匿名投诉").param("anonymous", "true");
        mvc.perform(complaint.with(csrf()).with(from("10.1.0.3"))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只有举报可以匿名")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void tooManyFilingsFromOneAddressGetA429WithAReadableMessage() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(tip("频率测试" + i).with(csrf()).with(from("10.1.0.4"))).andExpect(status().isSeeOther());
        }
        long before = count();
        mvc.perform(tip("频率测试：第六次").with(csrf()).with(from("10.1.0.4")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("提交过于频繁")));
        assertThat(count()).isEqualTo(before);
        mvc.perform(tip("另一个地址不受影响").with(csrf()).with(from("10.1.0.5"))).andExpect(status().isSeeOther());
    }

    static RequestPostProcessor forwardedFor(String ip) {
        return request -> {
            request.addHeader("X-Forwarded-For", ip);
            return request;
        };
    }

    @Test
    void rotatingXForwardedForFromAnUntrustedAddressDoesNotBypassTheLimit() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(tip("伪造转发地址" + i).with(csrf()).with(from("10.1.0.30")).with(forwardedFor("203.0.113." + i)))
                    .andExpect(status().isSeeOther());
        }
        long before = count();
        mvc.perform(tip("伪造转发地址：第六次").with(csrf()).with(from("10.1.0.30")).with(forwardedFor("203.0.113.99")))
                .andExpect(status().isTooManyRequests());
        assertThat(count()).isEqualTo(before);
        assertThat(addresses("filing", "source_ip", "10.1.0.30")).isEqualTo(5);
        assertThat(addresses("filing", "source_ip", "203.0.113.%")).isZero();
    }

    @Test
    void fromATrustedProxyEachForwardedClientGetsItsOwnBudget() throws Exception {
        // 192.0.2.10 is a trusted proxy in the tests' configuration; the client wrote the left-most address itself
        for (int i = 0; i < 5; i++) {
            mvc.perform(tip("代理转发甲" + i).with(csrf()).with(from("192.0.2.10"))
                    .with(forwardedFor("9.9.9." + i + ", 203.0.113.20"))).andExpect(status().isSeeOther());
        }
        mvc.perform(tip("代理转发甲：第六次").with(csrf()).with(from("192.0.2.10"))
                .with(forwardedFor("9.9.9.9, 203.0.113.20"))).andExpect(status().isTooManyRequests());
        for (int i = 0; i < 5; i++) {
            mvc.perform(tip("代理转发乙" + i).with(csrf()).with(from("192.0.2.10"))
                    .with(forwardedFor("203.0.113.21"))).andExpect(status().isSeeOther());
        }
        mvc.perform(tip("代理转发乙：第六次").with(csrf()).with(from("192.0.2.10"))
                .with(forwardedFor("203.0.113.21"))).andExpect(status().isTooManyRequests());
        // the proxy's own budget is untouched
        mvc.perform(tip("代理本身").with(csrf()).with(from("192.0.2.10"))).andExpect(status().isSeeOther());
        assertThat(addresses("filing", "source_ip", "203.0.113.20")).isEqualTo(5);
        assertThat(addresses("filing", "source_ip", "203.0.113.21")).isEqualTo(5);
        assertThat(addresses("filing", "source_ip", "9.9.9.%")).isZero();
    }

    long addresses(String table, String column, String like) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " like :like").param("like", like)
                .query(Long.class).single();
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSameAnswerAndLookUpsAreLimited() throws Exception {
        String page = receipt(tip("查询码测试").with(csrf()).with(from("10.1.0.6")));
        String number = find(NUMBER, page);
        String wrong = mvc.perform(post("/public/filings/track").param("trackingNo", number).param("queryCode", "AAAA2222")
                .with(csrf()).with(from("10.1.0.7"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String unknown = mvc.perform(post("/public/filings/track").param("trackingNo", "TS209901010000001")
                .param("queryCode", "AAAA2222").with(csrf()).with(from("10.1.0.7"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("受理编号或查询码不正确").doesNotContain("tracking-view");
        assertThat(withoutToken(unknown).replace("TS209901010000001", "N"))
                .isEqualTo(withoutToken(wrong).replace(number, "N"));
        for (int i = 0; i < 8; i++) {
            mvc.perform(post("/public/filings/track").param("trackingNo", number).param("queryCode", "X" + i)
                    .with(csrf()).with(from("10.1.0.7"))).andExpect(status().isOk());
        }
        mvc.perform(post("/public/filings/track").param("trackingNo", number).param("queryCode", "Y")
                .with(csrf()).with(from("10.1.0.7"))).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("查询过于频繁")));
    }

    @Test
    void afterClosingTheFilerRatesOnce() throws Exception {
        String page = receipt(tip("评价测试：假冒化妆品").with(csrf()).with(from("10.1.0.8")));
        String number = find(NUMBER, page);
        String code = find(CODE, page);
        long id = jdbc.sql("select id from filing where tracking_no = :no").param("no", number).query(Long.class).single();
        mvc.perform(post("/public/filings/rate").param("trackingNo", number).param("queryCode", code)
                .param("rating", "5").with(csrf()).with(from("10.1.0.8"))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("办结后才能评价")));
        FilingWork work = new FilingWork(mvc, demo, jdbc);
        work.act("licheng.officer", id, "accept", null).andExpect(status().isOk());
        work.act("licheng.officer", id, "close", "{\"outcome\":\"NO_VIOLATION\",\"resultText\":\"经核查未发现假冒\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/public/filings/rate").param("trackingNo", number).param("queryCode", code)
                .param("rating", "4").param("comment", "回复及时").with(csrf()).with(from("10.1.0.8")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("感谢您的评价")))
                .andExpect(content().string(containsString("经核查未发现违法行为")));
        mvc.perform(post("/public/filings/rate").param("trackingNo", number).param("queryCode", code)
                .param("rating", "1").with(csrf()).with(from("10.1.0.8"))).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select rating from filing where id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(4);
    }

    /** The page without its per-response CSRF token. */
    static String withoutToken(String page) {
        return page.replaceAll("content=\"[^\"]{40,}\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("pattern %s in the page", pattern).isTrue();
        return m.group(1);
    }
}
