package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The unit picker on the task form (issue 13), from the demo as the run command leaves it: the county office types
 * part of a name for the lead unit (another county's units never come up), adds two cooperating units as chips,
 * removes one, and the saved task has the lead and the one cooperator chosen; the form shown again keeps them.
 */
@BrowserTest
class UnitPickerJourneyTest {

    @Autowired JdbcClient jdbc;

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    private static Locator option(Page page, String listId, String label) {
        return page.locator("#" + listId + " .picker-label").getByText(label, new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void theCountyOfficeTypesPartOfANameForTheLeadAndAddsCooperatorsAsChips(Page page, ConsoleErrors errors) {
        long campaign = jdbc.sql("select id from campaign where region_code = '140426' and status = 'ACTIVE' order by id limit 1")
                .query(Long.class).single();
        long police = unit("黎城县公安局");
        long agriculture = unit("黎城县农业委员会");
        long quality = unit("黎城县质量技术监督局");
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/campaigns/" + campaign + "/tasks/new");
        String title = "单位选择器测试任务" + System.nanoTime() % 1_000_000;
        page.locator("#title").fill(title);

        var lead = page.locator("#leadUnitSearch");
        lead.pressSequentially("公安");
        assertThat(option(page, "leadUnitSearch-options", "黎城县公安局")).isVisible();
        assertThat(page.locator("#leadUnitSearch-options")).not().containsText("平顺县");
        option(page, "leadUnitSearch-options", "黎城县公安局").click();
        assertThat(page.locator("#leadUnitId")).hasValue(Long.toString(police));
        assertThat(lead).hasValue("黎城县公安局");

        var cooperators = page.locator("#cooperatorSearch");
        cooperators.pressSequentially("农业");
        option(page, "cooperatorSearch-options", "黎城县农业委员会").click();
        assertThat(cooperators).hasValue("");
        cooperators.pressSequentially("质量");
        option(page, "cooperatorSearch-options", "黎城县质量技术监督局").click();
        assertThat(page.locator("#cooperator-chips input[name=cooperatorIds]")).hasCount(2);
        // a chosen unit is not offered twice; × removes a chip
        cooperators.pressSequentially("农业委员会");
        assertThat(page.locator("#cooperatorSearch-options")).not().containsText("黎城县农业委员会");
        cooperators.press("Escape");
        cooperators.fill("");
        page.locator("#cooperator-" + agriculture + " .picker-chip-remove").click();
        assertThat(page.locator("#cooperator-chips input[name=cooperatorIds]")).hasCount(1);
        assertThat(page.locator("#cooperator-" + quality + " .picker-chip-name")).hasText("黎城县质量技术监督局");

        page.locator("#dueOn").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
        page.locator("#task-save").click();
        assertThat(page).hasURL(Pattern.compile("/tasks/\\d+$"));
        long task = Long.parseLong(page.url().replaceAll(".*/", ""));
        assertThat(jdbc.sql("select lead_unit_id from campaign_task where id = :t").param("t", task).query(Long.class)
                .single()).isEqualTo(police);
        assertThat(jdbc.sql("select unit_id from campaign_task_cooperator where task_id = :t").param("t", task)
                .query(Long.class).list()).containsExactly(quality);
        assertThat(jdbc.sql("select title from campaign_task where id = :t").param("t", task).query(String.class)
                .single()).isEqualTo(title);

        // the edit form shows the choices by name
        page.navigate("/tasks/" + task + "/edit");
        assertThat(page.locator("#leadUnitSearch")).hasValue("黎城县公安局");
        assertThat(page.locator("#cooperator-" + quality + " .picker-chip-name")).hasText("黎城县质量技术监督局");
    }
}
