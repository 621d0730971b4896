package org.shuangda.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Error pages say what went wrong in words and keep the navigation for a signed-in user. */
@WebTest
class ErrorPagesTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;

    Document page(String user, String path, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(demo.as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(status);
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadIdInALinkIsA400PageInTheLayoutNamingThePart() throws Exception {
        Document d = page("licheng.officer", "/cases/abc", 400);
        assertThat(d.getElementById("error-message").text()).isEqualTo("链接有误：“id”不是有效的值，请从菜单或列表重新打开");
        assertThat(d.text()).doesNotContain("Bad Request");
        assertThat(d.select("nav.sd-navbar")).isNotEmpty();
    }

    @Test
    void notFoundAndForbiddenKeepTheNavigation() throws Exception {
        Document missing = page("licheng.officer", "/cases/999999999", 404);
        assertThat(missing.getElementById("error-message").text()).isEqualTo("未找到该记录，或不在您的数据范围内");
        assertThat(missing.select("nav.sd-navbar")).isNotEmpty();
        // the police may not open the audit trail
        Document denied = page("licheng.police", "/audit", 403);
        assertThat(denied.select("nav.sd-navbar")).isNotEmpty();
    }
}
