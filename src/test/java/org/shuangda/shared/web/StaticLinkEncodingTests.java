package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The pages' links after {@link StaticLinkEncodingFilter}: links to the webjars still carry their version (and load),
 * links to pages are left as they were built, and the filter is the only resource-URL encoder registered.
 */
@WebTest
class StaticLinkEncodingTests {

    @Autowired MockMvc mvc;
    @Autowired List<FilterRegistrationBean<?>> registrations;

    @Test
    void webjarLinksKeepTheirVersionAndLoadPageLinksStayAsBuilt() throws Exception {
        String html = mvc.perform(get("/public/entities").param("q", "黎城县").accept(MediaType.TEXT_HTML)
                .with(r -> { r.setRemoteAddr("10.77.0.1"); return r; })).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        String css = page.select("link[rel=stylesheet]").stream().map(e -> e.attr("href"))
                .filter(h -> h.startsWith("/webjars/bootstrap/")).findFirst().orElseThrow();
        assertThat(css).matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css");
        mvc.perform(get(css)).andExpect(status().isOk());
        assertThat(page.select("script[src]").stream().map(e -> e.attr("src")))
                .anyMatch(s -> s.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js"))
                .contains("/js/shuangda.js");
        List<String> entities = page.select("#lookup-results a").stream().map(Element::id).toList();
        assertThat(entities).isNotEmpty();
        assertThat(page.select("#lookup-results a").stream().map(e -> e.attr("href")))
                .allMatch(h -> h.matches("/public/entities/\\d+"));
    }

    @Test
    void onlyStaticPathsAreAskedAndTheFilterIsTheOnlyEncoder() {
        assertThat(StaticLinkEncodingFilter.isStatic("", "/webjars/bootstrap/css/bootstrap.min.css")).isTrue();
        assertThat(StaticLinkEncodingFilter.isStatic("", "/css/shuangda.css")).isTrue();
        assertThat(StaticLinkEncodingFilter.isStatic("/sd", "/sd/js/tables.js")).isTrue();
        assertThat(StaticLinkEncodingFilter.isStatic("", "/public/entities/12")).isFalse();
        assertThat(StaticLinkEncodingFilter.isStatic("/sd", "/js/tables.js")).isFalse();
        assertThat(StaticLinkEncodingFilter.isStatic("", "?page=2")).isFalse();
        assertThat(registrations.stream().map(FilterRegistrationBean::getFilter)
                .filter(f -> f instanceof ResourceUrlEncodingFilter).toList())
                .singleElement().isInstanceOf(StaticLinkEncodingFilter.class);
    }
}
