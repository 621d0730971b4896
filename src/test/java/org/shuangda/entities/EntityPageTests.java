package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages: live search fragment, masked lists, forms re-shown with errors in the user's language. */
@WebTest
class EntityPageTests {

    private static final String OFFICE = "licheng.office";
    private static final EntityFixtures FIXTURES = new EntityFixtures(303);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired LegalRepIdCipher idCipher;

    MockHttpServletRequestBuilder form(String url, String name, String uscc) {
        return form(url, name, uscc, "140426198001011231");
    }

    MockHttpServletRequestBuilder form(String url, String name, String uscc, String idNumber) {
        return post(url).param("name", name).param("uscc", uscc).param("entityType", "ENTERPRISE")
                .param("regionCode", "140426").param("legalRepIdNumber", idNumber)
                .param("contactPhone", "13800001234").with(demo.as(OFFICE)).with(csrf());
    }

    @Test
    void theListMasksPersonalNumbersAndLiveSearchGetsOnlyTheResults() throws Exception {
        // one of the demo's entities (other tests add entities to the shared database: the first page may be theirs)
        mvc.perform(get("/entities").param("q", "鑫源商贸").with(demo.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entity-search\"")))
                .andExpect(content().string(containsString("140426********")))
                .andExpect(content().string(not(containsString("0355-5"))));
        mvc.perform(get("/entities").param("q", "鑫源商贸").header("HX-Request", "true")
                        .header("HX-Target", "entity-results").with(demo.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"entity-results\"")))
                .andExpect(content().string(containsString("黎城县鑫源商贸有限公司")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aWrongCodeReshowsTheFormWithTheReasonAndTheOverrideChoice() throws Exception {
        String[] wrong = EntityFixtures.withWrongCheck(FIXTURES.uscc("140426"));
        mvc.perform(form("/entities", "页面旧代码有限公司", wrong[0]))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误，应为 " + wrong[1])))
                .andExpect(content().string(containsString("id=\"uscc-override-block\"")))
                .andExpect(content().string(containsString("value=\"页面旧代码有限公司\"")));
        mvc.perform(form("/entities", "页面旧代码有限公司", wrong[0]).param("lang", "en"))
                .andExpect(content().string(containsString("it should be " + wrong[1])));
        mvc.perform(form("/entities", "页面旧代码有限公司", wrong[0]).param("usccOverride", "true")
                        .param("overrideReason", "旧执照").param("lang", "zh-CN"))
                .andExpect(redirectedUrlPattern("/entities/*"));
        assertThat(jdbc.sql("select override_by from market_entity where uscc = :u").param("u", wrong[0])
                .query(String.class).single()).isEqualTo(OFFICE);
    }

    @Test
    void editingKeepsTheHiddenIdNumberAndDeletingAsksAndRemoves() throws Exception {
        String uscc = FIXTURES.uscc("140426");
        String location = mvc.perform(form("/entities", "页面编辑有限公司", uscc))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/entities/" + id + "/edit").with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("140426********1231")))
                .andExpect(content().string(not(containsString("140426198001011231"))));
        mvc.perform(form("/entities/" + id, "页面编辑后有限公司", uscc, "")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/entities/" + id));
        // stored as SM4 ciphertext (LegalRepIdNumberTests); the number itself for the comparison
        String stored = jdbc.sql("select legal_rep_id_number from market_entity where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).doesNotContain("140426198001011231");
        assertThat(idCipher.decrypt(stored)).isEqualTo("140426198001011231");
        mvc.perform(get("/entities/" + id).with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("页面编辑后有限公司")))
                .andExpect(content().string(containsString("data-confirm=")));
        mvc.perform(post("/entities/" + id + "/delete").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(redirectedUrl("/entities"));
        mvc.perform(get("/entities/" + id).with(demo.as(OFFICE))).andExpect(status().isNotFound());
    }

    @Test
    void theDemoDirectoryIsValidAndMatchesItsRegions() {
        // the demo step runs first in every test context: it made ids 1–300
        var rows = jdbc.sql("select uscc, uscc_override, region_code, legal_rep_id_number from market_entity"
                + " where id <= 300").query().listOfRows();
        assertThat(rows).hasSize(300);
        assertThat(rows.stream().filter(r -> "140426".equals(r.get("region_code")))).hasSize(150);
        assertThat(rows.stream().filter(r -> "140425".equals(r.get("region_code")))).hasSize(130);
        long overrides = rows.stream().filter(r -> (Boolean) r.get("uscc_override")).count();
        assertThat(overrides).isBetween(3L, 10L);
        for (var r : rows) {
            String uscc = (String) r.get("uscc");
            assertThat(Uscc.regionCode(uscc)).isEqualTo(r.get("region_code"));
            assertThat(Uscc.isValid(uscc)).isEqualTo(!(Boolean) r.get("uscc_override"));
            String stored = (String) r.get("legal_rep_id_number");
            assertThat(LegalRepIdCipher.isClear(stored)).isFalse();
            assertThat(ResidentIdNumber.isValid(idCipher.decrypt(stored), java.time.LocalDate.of(2026, 12, 1))).isTrue();
        }
    }
}
