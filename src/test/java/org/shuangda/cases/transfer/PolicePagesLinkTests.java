package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The police and the prosecutor see only links they may open: the transfer list and every transfer it links to
 * answer 200 for every police and prosecutor demo account (list and detail use the same scope), and every link on
 * those pages (case pages, letters, package files, oversight) answers 200 too, never 403 or 404.
 */
@WebTest
class PolicePagesLinkTests {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;

    @ParameterizedTest
    @ValueSource(strings = {"licheng.police", "pingshun.police", "licheng.prosecutor", "pingshun.prosecutor"})
    void everyLinkOnTheTransferPagesOpens(String user) throws Exception {
        String list = page(user, "/transfers");
        List<String> transfers = links(list).stream().filter(l -> l.matches("/transfers/\\d+")).toList();
        List<String> failures = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        for (String t : transfers) {
            int status = status(user, t);
            if (status != 200) {
                failures.add(t + " → " + status + " (listed on /transfers)");
                continue;
            }
            for (String link : links(page(user, t))) {
                if (visited.add(link)) {
                    int s = status(user, link);
                    if (s >= 400) {
                        failures.add(link + " → " + s + " (on " + t + ")");
                    }
                }
            }
        }
        if (user.endsWith("prosecutor")) {
            for (String link : links(page(user, "/oversight"))) {
                if (visited.add(link)) {
                    int s = status(user, link);
                    if (s >= 400) {
                        failures.add(link + " → " + s + " (on /oversight)");
                    }
                }
            }
        }
        assertThat(failures).as(user + "'s links").isEmpty();
    }

    private String page(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(demo.as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(user + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(get(path.replace("&amp;", "&")).with(demo.as(user))).andReturn().getResponse().getStatus();
    }

    /** The links of the page's main content that stay in the platform (not the logout form, not static files). */
    private static Set<String> links(String html) {
        int main = html.indexOf("<main");
        String body = main < 0 ? html : html.substring(main);
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(body);
        while (m.find()) {
            String l = m.group(1);
            if (!l.startsWith("/css") && !l.startsWith("/js") && !l.startsWith("/webjars") && !l.startsWith("/img")) {
                links.add(l);
            }
        }
        return links;
    }
}
