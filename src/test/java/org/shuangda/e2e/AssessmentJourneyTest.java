package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.assessment.ItemKind;
import org.shuangda.assessment.Run;
import org.shuangda.assessment.RunView;
import org.shuangda.assessment.Runs;
import org.shuangda.assessment.Scheme;
import org.shuangda.assessment.Schemes;
import org.shuangda.assessment.Scores;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The city office assessing its counties (issue 18, journeys.md): it clones last year's scheme into next year's and
 * starts it, the data items filling themselves; 黎城县's office fills its self-assessment with an evidence file serving
 * two items and hands it in; the city's reviewer scores 初评 and 复评 and releases the draft; the county appeals one
 * item; the office upholds it; the county confirms, the office finalises and (平顺县's run done the same way behind the
 * scenes) publishes the results; the ranking shows both counties with their grades, and the 考核通报 is composed,
 * issued and offered as DOCX.
 */
@BrowserTest
class AssessmentJourneyTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired Schemes schemes;
    @Autowired Runs runs;
    @Autowired UserDetailsService users;

    @Test
    void theCityClonesAssessesAndPublishesWithAnAppealDecided(Page page, ConsoleErrors errors) {
        String marker = String.valueOf(System.nanoTime() % 1_000_000);
        Actor city = (Actor) users.loadUserByUsername("changzhi.office");
        Scheme last = schemes.list(city).stream().filter(s -> s.status().name().equals("PUBLISHED")).findFirst()
                .orElseThrow();

        // the city office clones last year's scheme into the next year's, renames it and starts it
        LoginPage.signIn(page, "changzhi.office");
        Menu.go(page, "/assessment");
        page.locator("#schemes a", new Page.LocatorOptions().setHasText(last.title())).click();
        page.locator("input[name=year]").fill(String.valueOf(last.year() + 2));
        page.locator("#clone-scheme").click();
        assertThat(page.locator("#notice")).containsText("已复制");
        page.locator("#title").fill((last.year() + 2) + "年度长治市“双打”工作检查考核方案（旅程" + marker + "）");
        page.locator("#save-scheme").click();
        assertThat(page.locator("#scheme-status")).hasText("草稿");
        page.onceDialog(d -> d.accept());
        page.locator("#start-scheme").click();
        assertThat(page.locator("#scheme-status")).hasText("考核中");
        assertThat(page.locator("#runs")).containsText("黎城县");
        long schemeId = Long.parseLong(page.url().replaceAll(".*/schemes/(\\d+).*", "$1"));
        Scheme scheme = schemes.get(city, schemeId);
        Screenshots.save(page, "assessment-scheme-started");

        // 黎城县 fills its self-assessment with an evidence file serving two items and hands it in
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.office");
        Menu.go(page, "/assessment");
        page.locator("#schemes a", new Page.LocatorOptions().setHasText("旅程" + marker)).click();
        page.locator("#runs a", new Page.LocatorOptions().setHasText("黎城县")).click();
        assertThat(page.locator("#run-status")).hasText("自评中");
        List<Scheme.Item> reviewed = scheme.items().stream().filter(i -> i.kind() == ItemKind.REVIEWED).toList();
        for (Scheme.Item i : reviewed) {
            page.locator("input[form=self-form][name=p" + i.id() + "]").fill(i.maxPoints().stripTrailingZeros().toPlainString());
        }
        page.locator("#save-self").click();
        assertThat(page.locator("#notice")).hasText("已保存");
        page.locator("#evidence-file").setInputFiles(new FilePayload("领导小组文件.pdf", "application/pdf", PDF));
        page.locator("#ev-" + reviewed.get(0).id()).check();
        page.locator("#ev-" + reviewed.get(1).id()).check();
        page.locator("#upload-evidence").click();
        assertThat(page.locator("#notice")).hasText("材料已上传");
        assertThat(page.locator("#item-" + reviewed.get(1).code().replace(".", "\\."))).containsText("领导小组文件.pdf");
        page.onceDialog(d -> d.accept());
        page.locator("#submit-self").click();
        assertThat(page.locator("#run-status")).hasText("初评中");
        long runId = Long.parseLong(page.url().replaceAll(".*/runs/(\\d+).*", "$1"));

        // 平顺县 hands its own in behind the scenes (the same steps)
        Actor pingshun = (Actor) users.loadUserByUsername("pingshun.office");
        Run other = runs.list(city, schemeId).stream().map(RunView::run).filter(r -> r.id() != runId).findFirst()
                .orElseThrow();
        runs.submit(pingshun, other.id());

        // the city's reviewer: 初评 of every reviewed item (one point below the county's own), then 复评, release
        page.context().clearCookies();
        LoginPage.signIn(page, "changzhi.office");
        assertThat(page.locator("#home-todos")).containsText("考核初评：黎城县");
        page.navigate("/assessment/runs/" + runId);
        for (Scheme.Item i : reviewed) {
            page.locator("input[form=review-form][name=p" + i.id() + "]").fill(
                    i.maxPoints().subtract(BigDecimal.ONE).stripTrailingZeros().toPlainString());
        }
        page.locator("#finish-review").click();
        assertThat(page.locator("#run-status")).hasText("复评中");
        page.onceDialog(d -> d.accept());
        page.locator("#finish-review").click();
        assertThat(page.locator("#run-status")).containsText("初步结果反馈");
        assertThat(page.locator("#scorecard")).isVisible();

        // the county sees its draft and appeals one item
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/assessment/runs/" + runId);
        assertThat(page.locator("#appeal-window")).containsText("申诉");
        page.locator("#appeal-item").selectOption(new SelectOption().setValue(String.valueOf(reviewed.get(0).id())));
        page.locator("#appeal-reason").fill("领导小组调整文件已于年中印发，请复核。");
        page.locator("#send-appeal").click();
        assertThat(page.locator("#appeals")).containsText("待裁定");

        // the office upholds it with the full points
        page.context().clearCookies();
        LoginPage.signIn(page, "changzhi.office");
        page.navigate("/assessment/runs/" + runId);
        page.locator(".decide-form input[value=UPHOLD]").check();
        page.locator(".decide-form input[name=points]").fill(reviewed.get(0).maxPoints().stripTrailingZeros().toPlainString());
        page.locator(".decide-form textarea[name=decision]").fill("文件属实，申诉成立。");
        page.locator(".decide-form button").click();
        assertThat(page.locator("#appeals")).containsText("申诉成立");
        Screenshots.save(page, "assessment-appeal-decided");

        // the county confirms, the office finalises; 平顺县 behind the scenes; the results are published
        page.context().clearCookies();
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/assessment/runs/" + runId);
        page.onceDialog(d -> d.accept());
        page.locator("#accept-draft").click();
        assertThat(page.locator("#appeal-window")).containsText("无异议");
        runs.score(city, other.id(), false, new Scores(reviewed.stream().map(i -> new Scores.Entry(i.id(),
                i.maxPoints().divide(BigDecimal.valueOf(2)), null, "")).toList(), null));
        runs.finishFirst(city, other.id());
        runs.releaseDraft(city, other.id());
        runs.acceptDraft(pingshun, other.id());
        runs.finalise(city, other.id());
        page.context().clearCookies();
        LoginPage.signIn(page, "changzhi.office");
        page.navigate("/assessment/runs/" + runId);
        page.locator("#finalise").click();
        assertThat(page.locator("#run-status")).hasText("已定分");
        page.navigate("/assessment/schemes/" + schemeId);
        page.onceDialog(d -> d.accept());
        page.locator("#publish-results").click();
        assertThat(page.locator("#scheme-status")).hasText("结果已公布");

        // the ranking and the 考核通报
        page.locator("#ranking-link").click();
        assertThat(page.locator("#ranking tbody tr").first()).containsText("黎城县");
        assertThat(page.locator("#ranking")).containsText("平顺县");
        assertThat(page.locator("#ranking-xlsx")).isVisible();
        assertThat(page.locator("#ranking-chart")).hasAttribute("data-rendered", "true");
        Screenshots.save(page, "assessment-ranking");
        page.navigate("/assessment/schemes/" + schemeId);
        page.locator("#compose-bulletin").click();
        assertThat(page.locator("#editor")).containsText("黎城县");
        page.onceDialog(d -> d.accept());
        page.locator("#issue-bulletin").click();
        assertThat(page.locator("#status")).containsText("已印发");
        assertThat(page.locator("#download")).isVisible();
        Screenshots.save(page, "assessment-bulletin-issued");
        org.assertj.core.api.Assertions.assertThat(errors.messages()).isEmpty();
    }
}
