package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.ListSort;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case and clue lists sort on the server by whitelisted columns (?sort=&dir=), an unknown column or
 * direction is ignored (the default order, newest first), every order is stable (ties by id, so pages neither
 * repeat nor skip a row), and the clue list's 核查期限 shows the verification clock of clues under verification.
 */
@WebTest
class SortedListTests {

    private static final Pattern CASE_LINK = Pattern.compile("<a href=\"/cases/(\\d+)\">([^<]+)</a>");
    private static final Pattern VALUE_CELL = Pattern.compile("<td class=\"text-end\">([\\d,.]*)</td>");
    private static final Pattern CLUE_LINK = Pattern.compile("<a href=\"/clues/(\\d+)\">");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired Clues clues;
    @Autowired WorkingCalendar calendar;
    @Autowired Clock clock;

    @Test
    void the_case_list_sorts_by_a_whitelisted_column_both_ways() throws Exception {
        List<BigDecimal> asc = values("/cases?sort=value&dir=asc");
        List<BigDecimal> desc = values("/cases?sort=value&dir=desc");
        assertThat(asc).hasSizeGreaterThan(1);
        assertThat(asc).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(desc).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(desc.get(0)).isGreaterThan(asc.get(0));
        mvc.perform(get("/cases?sort=number&dir=asc").with(demo.as("licheng.officer")))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andExpect(content().string(containsString("href=\"/cases?sort=number&amp;dir=desc\"")));
    }

    @Test
    void an_unknown_sort_or_direction_is_ignored_and_the_default_order_used() throws Exception {
        List<String> byDefault = ids("/cases");
        assertThat(ids("/cases?sort=c.id;drop%20table%20x&dir=asc")).isEqualTo(byDefault);
        assertThat(ids("/cases?sort=registered&dir=sideways")).isEqualTo(byDefault);
        assertThat(ListSort.Columns.defaultTo("a", true, "t.id").with("a", "t.a").orderBy(
                CaseQuery.COLUMNS.parse("nonsense", "asc"))).isEqualTo(" order by t.a desc nulls last, t.id desc");
    }

    @Test
    void every_order_is_stable_across_requests_and_pages() throws Exception {
        for (String sort : List.of("status", "category", "registered", "due", "value")) {
            List<String> first = ids("/cases?sort=" + sort + "&dir=asc");
            assertThat(ids("/cases?sort=" + sort + "&dir=asc")).as(sort).isEqualTo(first);
            List<String> next = ids("/cases?sort=" + sort + "&dir=asc&page=1");
            assertThat(next).as("page 2 of " + sort + " repeats nothing of page 1").doesNotContainAnyElementsOf(first);
        }
    }

    @Test
    void the_clue_list_shows_the_verification_deadline_and_sorts_by_it() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        ClueView clue = clues.register(officer, new Clues.ClueDraft(null, ClueSource.INSPECTION, null,
                LocalDateTime.now(clock).minusHours(2), "排序测试门市", null, "疑似假冒"));
        String due = clue.verificationClock().due(calendar).orElseThrow().toLocalDate().toString();
        String page = mvc.perform(get("/clues?status=VERIFYING&sort=due&dir=desc").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int cell = page.indexOf("id=\"clue-due-" + clue.id() + "\"");
        assertThat(cell).isPositive();
        assertThat(page.substring(cell, page.indexOf("</td>", cell))).contains(due).containsPattern("还剩\\d+个工作日");

        // other tests add clues to the same database: check the order of the due days shown, not one row's place
        // (a paused clue's due day is unknown until it resumes: it sorts after the others and is left out here)
        Pattern dueCell = Pattern.compile("id=\"clue-due-\\d+\">\\s*<span>(\\d{4}-\\d{2}-\\d{2})</span>(?!\\s*<div class=\"text-secondary\")");
        List<String> ascending = matches("/clues?status=VERIFYING&sort=due&dir=asc", dueCell, 1);
        List<String> descending = matches("/clues?status=VERIFYING&sort=due&dir=desc", dueCell, 1);
        assertThat(ascending).hasSizeGreaterThan(1).isSorted();
        assertThat(descending).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /**
     * A paused clue has no cached due day (its clock stands still until it resumes): sorted by 核查期限 it comes after
     * every clue with one, ascending and descending alike (nulls last both ways), never first.
     */
    @Test
    void a_paused_clue_sorts_last_by_its_deadline_both_ways() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        ClueView running = clues.register(officer, new Clues.ClueDraft(null, ClueSource.INSPECTION, null,
                LocalDateTime.now(clock).minusHours(3), "排序测试（计时）门市", null, "疑似假冒"));
        ClueView paused = clues.register(officer, new Clues.ClueDraft(null, ClueSource.INSPECTION, null,
                LocalDateTime.now(clock).minusHours(1), "排序测试（中止）门市", null, "疑似假冒"));
        clues.pause(officer, paused.id(), PauseReason.TESTING, "送检");

        for (String dir : List.of("asc", "desc")) {
            List<String[]> rows = dueCells("/clues?status=VERIFYING&sort=due&dir=" + dir);
            List<String> order = rows.stream().map(r -> r[0]).toList();
            assertThat(order).as(dir).contains(Long.toString(running.id()), Long.toString(paused.id()));
            int lastRunning = -1;
            int firstPaused = Integer.MAX_VALUE;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i)[1] == null) {
                    lastRunning = i;
                } else {
                    firstPaused = Math.min(firstPaused, i);
                }
            }
            assertThat(rows.get(order.indexOf(Long.toString(paused.id())))[1]).as("shown as paused").isNotNull();
            assertThat(rows.get(order.indexOf(Long.toString(running.id())))[1]).as("shown as running").isNull();
            assertThat(firstPaused).as(dir + ": every paused clue after every running one " + order)
                    .isGreaterThan(lastRunning);
        }
    }

    /** The 核查期限 cells in page order: {clue id, the paused marker or null}. */
    private List<String[]> dueCells(String url) throws Exception {
        Pattern cell = Pattern.compile("id=\"clue-due-(\\d+)\">(.*?)</td>", Pattern.DOTALL);
        List<String[]> rows = new ArrayList<>();
        String html = mvc.perform(get(url).with(demo.as("licheng.officer"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Matcher m = cell.matcher(html);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2).contains("class=\"text-secondary\"") ? "paused" : null});
        }
        return rows;
    }

    /** The 案值 column, rows without one left out. */
    @Test
    void the_filing_and_user_lists_sort_by_their_columns_too() throws Exception {
        Pattern filing = Pattern.compile("<a href=\"/filings/\\d+\">([^<]+)</a>");
        List<String> asc = matches("/filings?sort=trackingNo&dir=asc", filing, 1, "licheng.officer");
        List<String> desc = matches("/filings?sort=trackingNo&dir=desc", filing, 1, "licheng.officer");
        assertThat(asc).hasSizeGreaterThan(1);
        assertThat(desc.get(0)).isNotEqualTo(asc.get(0));
        assertThat(matches("/filings?sort=nonsense", filing, 1, "licheng.officer"))
                .isEqualTo(matches("/filings", filing, 1, "licheng.officer"));

        Pattern username = Pattern.compile("<td class=\"font-monospace\">([^<]+)</td>");
        List<String> names = matches("/admin/users?sort=username&dir=asc", username, 1, "licheng.admin");
        assertThat(names).hasSizeGreaterThan(1);
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(matches("/admin/users?sort=username&dir=desc", username, 1, "licheng.admin").get(0))
                .isEqualTo(names.stream().max(String::compareTo).orElseThrow());
    }

    private List<BigDecimal> values(String url) throws Exception {
        return matches(url, VALUE_CELL, 1).stream().filter(v -> !v.isEmpty())
                .map(v -> new BigDecimal(v.replace(",", ""))).toList();
    }

    private List<String> ids(String url) throws Exception {
        return matches(url, CASE_LINK, 1);
    }

    private List<String> clueIds(String url) throws Exception {
        return matches(url, CLUE_LINK, 1);
    }

    private List<String> matches(String url, Pattern pattern, int group) throws Exception {
        return matches(url, pattern, group, "licheng.officer");
    }

    private List<String> matches(String url, Pattern pattern, int group, String user) throws Exception {
        String html = mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Matcher m = pattern.matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }
}
