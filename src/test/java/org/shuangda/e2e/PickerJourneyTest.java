package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13's pickers in a real browser: the officer types part of an entity's name in the 当事人 field, the list
 * comes up, he chooses with the keyboard and the hidden id is the entity's; typing again clears it; the goods'
 * values add up live under 案值 and 采用 fills it in; the second 承办人 is found by typing part of his name (by name
 * and unit, never a username); the registered case has the chosen party, the two officers and the sum.
 */
@BrowserTest
class PickerJourneyTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theOfficerTypesAPartysNameChoosesWithTheKeyboardAndAdoptsTheGoodsSum(Page page, ConsoleErrors errors) {
        var entity = jdbc.sql("""
                select id, name from market_entity where region_code = '140426' and char_length(name) > 6
                 order by id limit 1""").query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long entityId = (Long) entity[0];
        String name = (String) entity[1];
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/cases/new");
        page.locator("#title").fill("测试：选择器当事人案" + System.nanoTime());
        page.locator("#category").selectOption("TRADEMARK");
        var search = page.locator("#party-0-entity-search");
        assertThat(search).hasAttribute("role", "combobox");
        search.pressSequentially(name.substring(0, name.length() - 1), new com.microsoft.playwright.Locator.PressSequentiallyOptions()
                .setDelay(30));
        var list = page.locator("#party-0-entity-search-options");
        assertThat(list).isVisible();
        assertThat(list.locator("[role=option]").first()).isVisible();
        assertThat(search).hasAttribute("aria-expanded", "true");
        // ↓ ↑ Enter: the keyboard chooses the option whose label is the entity's name (once the answer to the
        // whole typed text is in)
        assertThat(list.locator(".picker-label").getByText(name, new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        int index = -1;
        var labels = list.locator("[role=option] .picker-label").allTextContents();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equals(name)) {
                index = i;
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(index).as("the entity among the options").isNotNegative();
        for (int i = 0; i < index; i++) {
            search.press("ArrowDown");
        }
        search.press("Enter");
        assertThat(list).isHidden();
        assertThat(search).hasValue(name);
        assertThat(page.locator("#party-0-entity")).hasValue(Long.toString(entityId));
        // typing again un-chooses: no stale id goes with a changed text
        search.press("End");
        search.press("Backspace");
        assertThat(page.locator("#party-0-entity")).hasValue("");
        search.press("Escape");
        search.fill("");
        search.pressSequentially(name.substring(0, name.length() - 1));
        list.locator(".picker-label").getByText(name, new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();
        assertThat(page.locator("#party-0-entity")).hasValue(Long.toString(entityId));

        // 案值 from the goods, live
        page.locator("#goods-0 input[name=goodsName]").fill("假冒白酒");
        page.locator("#goods-0 input[name=goodsQuantity]").fill("20");
        page.locator("#goods-0 input[name=goodsUnit]").fill("瓶");
        page.locator("#goods-0 input[name=goodsValue]").fill("1200.5");
        page.locator("#goods-1 input[name=goodsName]").fill("包装盒");
        page.locator("#goods-1 input[name=goodsQuantity]").fill("20");
        page.locator("#goods-1 input[name=goodsUnit]").fill("个");
        page.locator("#goods-1 input[name=goodsValue]").fill("800");
        assertThat(page.locator("#case-goods-sum")).containsText("2000.50");
        page.locator("#case-goods-sum-adopt").click();
        assertThat(page.locator("#caseValue")).hasValue("2000.50");
        // 承办人: the officer himself is chosen already; the second found by typing part of a name (never a username)
        long me = userId("licheng.officer");
        long inspector = userId("licheng.inspector");
        String inspectorName = jdbc.sql("select display_name from app_user where id = :id").param("id", inspector)
                .query(String.class).single();
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(1);
        assertThat(page.locator("#officer-" + me + " input")).hasValue(Long.toString(me));
        var officerSearch = page.locator("#officer-search");
        officerSearch.pressSequentially(inspectorName.substring(1));
        var officerList = page.locator("#officer-search-options");
        var option = officerList.locator("[role=option]", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText(inspectorName));
        assertThat(option.locator(".picker-option-detail")).hasText("黎城县工商行政管理局");
        assertThat(officerList).not().containsText("licheng.");
        option.click();
        assertThat(page.locator("#officer-" + inspector + " .picker-chip-name")).hasText(inspectorName);
        assertThat(officerSearch).hasValue("");
        assertThat(page.locator("#officer-chips input[name=officerIds]")).hasCount(2);
        page.locator("#case-submit").click();
        assertThat(page).hasURL(Pattern.compile("/cases/\\d+$"));
        long caseId = Long.parseLong(page.url().replaceAll(".*/", ""));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select entity_id from case_party where case_id = :c")
                .param("c", caseId).query(Long.class).list()).containsExactly(entityId);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select user_id from case_officer where case_id = :c")
                .param("c", caseId).query(Long.class).list()).containsExactlyInAnyOrder(me, inspector);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select case_value from enforcement_case where id = :c")
                .param("c", caseId).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("2000.50");
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }
}
