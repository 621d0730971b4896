package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Create, change and delete through the API, with audit, validation per field and the USCC override. */
@WebTest
@RecordApplicationEvents
class EntityApiTests {

    private static final String OFFICE = "licheng.office";
    private static final EntityFixtures fixtures = new EntityFixtures(101);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired ApplicationEvents events;

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(demo.as(OFFICE)).with(csrf());
    }

    long create(String body) throws Exception {
        String location = mvc.perform(json(post("/api/v1/entities"), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    List<AuditableChange> audit(AuditAction action, long id) {
        return events.stream(AuditableChange.class)
                .filter(c -> c.action() == action && String.valueOf(id).equals(c.objectId())).toList();
    }

    @Test
    void createReturns201WithLocationMaskedIdNumberAndAnAuditEntry() throws Exception {
        String uscc = fixtures.uscc("140426");
        var result = mvc.perform(json(post("/api/v1/entities"),
                        EntityFixtures.json("黎城县测试创建有限公司", uscc.toLowerCase(), "140426", "140426198001011231")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/entities/")))
                .andExpect(jsonPath("$.uscc", is(uscc)))
                .andExpect(jsonPath("$.regionName", is("黎城县")))
                .andExpect(jsonPath("$.legalRepIdNumberMasked", is("140426********1231")))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("198001011231");
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        List<AuditableChange> created = audit(AuditAction.CREATE, id);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).after()).containsEntry("legalRepIdNumber", "140426********1231")
                .containsEntry("uscc", uscc);
        assertThat(created.get(0).toString()).doesNotContain("198001011231");
        mvc.perform(get("/api/v1/entities/" + id).with(demo.as(OFFICE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name", is("黎城县测试创建有限公司")));
    }

    @Test
    void aWrongCheckCharacterIs422NamingTheRightOneInTheCallersLanguage() throws Exception {
        String[] wrong = EntityFixtures.withWrongCheck(fixtures.uscc("140426"));
        String body = EntityFixtures.json("黎城县校验位有限公司", wrong[0], "140426", null);
        mvc.perform(json(post("/api/v1/entities"), body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("uscc")))
                .andExpect(jsonPath("$.errors[0].reason", is("统一社会信用代码校验位错误，应为 " + wrong[1])));
        mvc.perform(json(post("/api/v1/entities"), body).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("it should be " + wrong[1])));
    }

    @Test
    void eachBadFieldIsNamedWithItsReason() throws Exception {
        String uscc = fixtures.uscc("140426");
        expectError(EntityFixtures.json(" ", uscc, "140426", null), "name", "必填");
        expectError(EntityFixtures.json("长".repeat(201), uscc, "140426", null), "name", "200");
        expectError(EntityFixtures.json("甲", "9114042", "140426", null), "uscc", "应为18位");
        expectError(EntityFixtures.json("甲", "91140426MA0KO2345X", "140426", null), "uscc", "“O”");
        // left empty, the region comes from the USCC (positions 3–8); one naming no county or city must be given
        expectError(EntityFixtures.json("甲", fixtures.uscc("140000"), null, null), "regionCode", "必填");
        expectError(EntityFixtures.json("甲", uscc, "999999", null), "regionCode", "不存在");
        expectError(EntityFixtures.json("甲", uscc, "140000", null), "regionCode", "不是县级或市级");
        expectError(EntityFixtures.json("甲", uscc, "140402", null), "regionCode", "已撤销");
        expectError(EntityFixtures.json("甲", uscc, "140425", null), "regionCode", "不在您的数据范围内");
        expectError(EntityFixtures.json("甲", uscc, "140426", "140426198001011232"), "legalRepIdNumber", "应为 1");
        expectError(EntityFixtures.json("甲", uscc, "140426", "140426198013011231"), "legalRepIdNumber", "出生日期");
        expectError(EntityFixtures.json("甲", uscc, "140426", null).replace("ENTERPRISE", "公司"), "entityType",
                "无效");
        expectError(EntityFixtures.json("甲", uscc, "140426", null).replace("13800001234", "call me"),
                "contactPhone", "联系电话");
        mvc.perform(get("/api/v1/entities").param("q", uscc).with(demo.as("admin")))
                .andExpect(jsonPath("$.total", is(0))); // none of these was saved
    }

    private void expectError(String body, String field, String reasonPart) throws Exception {
        mvc.perform(json(post("/api/v1/entities"), body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].reason",
                        hasItem(containsString(reasonPart))));
    }

    @Test
    void aDuplicateCodeIsAFieldError() throws Exception {
        String uscc = fixtures.uscc("140426");
        create(EntityFixtures.json("黎城县重复一有限公司", uscc, "140426", null));
        expectError(EntityFixtures.json("黎城县重复二有限公司", uscc, "140426", null), "uscc",
                "已登记：黎城县重复一有限公司");
    }

    @Test
    void aLegacyCodeIsAcceptedOnlyWithAReasonAndTheOverrideIsRecorded() throws Exception {
        String[] wrong = EntityFixtures.withWrongCheck(fixtures.uscc("140426"));
        String noReason = EntityFixtures.json("黎城县旧代码有限公司", wrong[0], "140426", null)
                .replace("{", "{\"usccOverride\":true,");
        expectError(noReason, "overrideReason", "原因");
        String withReason = noReason.replace("{", "{\"overrideReason\":\"2015年营业执照原件核对一致\",");
        long id = create(withReason);
        mvc.perform(get("/api/v1/entities/" + id).with(demo.as(OFFICE)))
                .andExpect(jsonPath("$.usccOverride", is(true)))
                .andExpect(jsonPath("$.uscc", is(wrong[0])))
                .andExpect(jsonPath("$.overrideBy", is(OFFICE)))
                .andExpect(jsonPath("$.overrideAt").exists());
        AuditableChange change = audit(AuditAction.CREATE, id).get(0);
        assertThat(change.summary()).contains("校验位不符");
        assertThat(change.after()).containsEntry("usccOverride", true)
                .containsEntry("overrideReason", "2015年营业执照原件核对一致");
    }

    @Test
    void updateRecordsOnlyChangedFieldsAndKeepsTheIdNumberWhenNotSent() throws Exception {
        String uscc = fixtures.uscc("140426");
        long id = create(EntityFixtures.json("黎城县更新前有限公司", uscc, "140426", "140426198001011231"));
        String changed = EntityFixtures.json("黎城县更新后有限公司", uscc, "140426", null)
                .replace("\"legalRepIdNumber\":null,", "");
        mvc.perform(json(put("/api/v1/entities/" + id), changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("黎城县更新后有限公司")))
                .andExpect(jsonPath("$.legalRepIdNumberMasked", is("140426********1231")))
                .andExpect(jsonPath("$.version", is(1)));
        AuditableChange update = audit(AuditAction.UPDATE, id).get(0);
        assertThat(update.before()).containsOnlyKeys("name").containsEntry("name", "黎城县更新前有限公司");
        assertThat(update.after()).containsOnlyKeys("name");
        mvc.perform(json(put("/api/v1/entities/" + id), changed.replace("{", "{\"version\":0,")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("version")));
    }

    @Test
    void deleteRemovesTheEntityAndIsAudited() throws Exception {
        long id = create(EntityFixtures.json("黎城县待删除有限公司", fixtures.uscc("140426"), "140426",
                "140426198001011231"));
        mvc.perform(delete("/api/v1/entities/" + id).with(demo.as(OFFICE)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/entities/" + id).with(demo.as(OFFICE))).andExpect(status().isNotFound());
        AuditableChange deleted = audit(AuditAction.DELETE, id).get(0);
        assertThat(deleted.before()).containsEntry("name", "黎城县待删除有限公司")
                .containsEntry("legalRepIdNumber", "140426********1231");
    }

    @Test
    void malformedJsonIs400AndAReaderCannotWrite() throws Exception {
        mvc.perform(json(post("/api/v1/entities"), "{\"name\": \"未闭合"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("body")));
        mvc.perform(post("/api/v1/entities").contentType(MediaType.APPLICATION_JSON)
                        .content(EntityFixtures.json("甲", fixtures.uscc("140426"), "140426", null))
                        .with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBearerTokenWorksForTheApi() throws Exception {
        mvc.perform(get("/api/v1/entities").param("region", "140425")
                        .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].regionCode", everyItem(is("140425"))))
                .andExpect(jsonPath("$.items[*].contactPhone", everyItem(containsString("****"))))
                .andExpect(jsonPath("$.items[*].regionCode", not(hasItem("140426"))));
    }

    /** Issue 12, codes: never-codes refused on the field, spaces of every kind trimmed, GB 11714 only warned. */
    @Test
    void codesAreCheckedAgainstTheirHistoryTrimmedOfEverySpaceAndTheOrganisationCodeOnlyWarned() throws Exception {
        String never = "99042619800101123";
        mvc.perform(json(post("/api/v1/entities"), EntityFixtures.json("黎城县测试区划码有限公司", fixtures.uscc("140426"),
                        "140426", never + ResidentIdNumber.checkCharFor(never))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("legalRepIdNumber")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("“990426”不是任何年份的行政区划代码")));
        // 110221 昌平县, retired in 1999, is still a valid address part of an old number
        String old = "11022119650301123";
        String valid = fixtures.uscc("140426");
        String usccWithBadOrgCheck = valid.substring(0, 16) + (valid.charAt(16) == '0' ? '1' : '0');
        usccWithBadOrgCheck = usccWithBadOrgCheck + Uscc.checkCharFor(usccWithBadOrgCheck);
        assertThat(Uscc.organizationCodeValid(usccWithBadOrgCheck)).isFalse();
        var result = mvc.perform(json(post("/api/v1/entities"), EntityFixtures.json("黎城县测试组织机构代码有限公司",
                        "\u3000" + usccWithBadOrgCheck + "\u00A0", "140426",
                        "\u00A0" + old + ResidentIdNumber.checkCharFor(old) + "\u3000")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uscc", is(usccWithBadOrgCheck)))
                .andExpect(jsonPath("$.organizationCodeWarning", is(true)))
                .andExpect(jsonPath("$.legalRepIdNumberMasked", containsString("110221"))).andReturn();
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/entities/" + id).with(demo.as(OFFICE))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("id=\"entity-org-code-warning\"")));
        long fine = create(EntityFixtures.json("黎城县测试组织机构代码正常有限公司", fixtures.uscc("140426"), "140426", null));
        mvc.perform(get("/api/v1/entities/" + fine).with(demo.as(OFFICE)))
                .andExpect(jsonPath("$.organizationCodeWarning", is(false)));
    }
}
