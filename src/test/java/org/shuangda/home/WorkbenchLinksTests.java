package org.shuangda.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home workbench of each demo role: the entries the role acts on, and no link that the user may not open
 * (every workbench and to-do link answers 200 to the same user).
 */
@WebTest
class WorkbenchLinksTests {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;

    @ParameterizedTest
    @ValueSource(strings = {"licheng.reporter", "licheng.officer", "licheng.head", "licheng.police",
            "licheng.prosecutor", "licheng.leader", "licheng.agent", "licheng.office", "changzhi.office",
            "pingshun.officer", "pingshun.police", "shanxi.office", "admin", "changzhi.auditor"})
    void every_link_on_the_workbench_opens_for_its_user(String username) throws Exception {
        String home = home(username);
        for (String section : List.of("home-workbench", "home-todos")) {
            for (String href : hrefsIn(home, section)) {
                String path = href.replace("&amp;", "&").replaceFirst("#.*$", "");
                int status = mvc.perform(get(path).with(users.as(username))).andReturn().getResponse().getStatus();
                assertThat(status).as(username + " → " + href).isEqualTo(200);
            }
        }
    }

    @Test
    void each_role_finds_what_it_acts_on() throws Exception {
        assertThat(home("licheng.officer")).contains("id=\"workbench-clues\"", "id=\"workbench-cases\"")
                .doesNotContain("id=\"workbench-review\"");
        assertThat(home("licheng.agent")).contains("id=\"workbench-filings\"").doesNotContain("id=\"workbench-cases\"");
        assertThat(home("licheng.police")).contains("id=\"workbench-transfers\"")
                .doesNotContain("id=\"workbench-clues\"", "id=\"workbench-reporting\"");
        assertThat(home("licheng.prosecutor")).contains("id=\"workbench-oversight\"");
        assertThat(home("licheng.office")).contains("id=\"workbench-review\"");
        assertThat(home("licheng.reporter")).contains("id=\"workbench-reporting\"")
                .doesNotContain("id=\"workbench-review\"");
        assertThat(home("licheng.officer")).contains("id=\"home-count-todos\"", "id=\"home-count-overdue\"");
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The links inside the element with this id (up to its section's or list's end). */
    private static List<String> hrefsIn(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        List<String> found = new ArrayList<>();
        if (start < 0) {
            return found;
        }
        int end = html.indexOf(id.equals("home-todos") ? "</ul>" : "</section>", start);
        Matcher m = HREF.matcher(html.substring(start, end));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
