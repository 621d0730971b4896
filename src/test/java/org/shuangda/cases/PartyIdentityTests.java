package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shuangda.privacy.PersonalDataCipher;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Case parties' ID numbers: SM4 ciphertext in {@code case_party}, masked on every page and in the API, the full
 * number only for a handling officer of the case with a reason (stored, audited, on the head's review list),
 * and the clear numbers of an earlier version encrypted by V98 (and by the key rotation).
 */
@WebTest
class PartyIdentityTests {

    // 平顺县's officer: the tests' cases stay off 黎城县's first list page, which CasePageTests reads
    static final String OFFICER = "pingshun.officer";
    static final String HEAD = "pingshun.head";
    static final String WHY = "制作处罚决定书需核对身份证号";
    static final String MASKED = CaseFixtures.PERSON_ID.substring(0, 6) + "********" + CaseFixtures.PERSON_ID.substring(14);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired CasePartyIdNumberMigration migration;
    @Autowired DataSource dataSource;

    long create(String title) throws Exception {
        String officers = jdbc.sql("select string_agg(id::text, ',' order by id) from app_user where username in (:a, :b)")
                .param("a", "pingshun.officer").param("b", "pingshun.inspector").query(String.class).single();
        String body = mvc.perform(post("/api/v1/cases").with(demo.as(OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","category":"COPYRIGHT","productCategory":"音像制品","caseValue":2400,
                                 "illegalGains":600,"illegalBusinessAmount":2400,
                                 "parties":[{"kind":"PERSON","name":"郝某某","idNumber":"%s","address":"黎城县黎侯镇"}],
                                 "goods":[{"name":"盗版影视光盘","quantity":800,"unitLabel":"张","value":2400}],
                                 "officerIds":[%s]}""".formatted(title, CaseFixtures.PERSON_ID, officers)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    String stored(long caseId) {
        return jdbc.sql("select id_number from case_party where case_id = :id").param("id", caseId)
                .query(String.class).single();
    }

    ResultActions open(String user, long caseId, int party, String body) throws Exception {
        var request = post("/api/v1/cases/" + caseId + "/parties/" + party + "/id-number").with(demo.as(user))
                .with(csrf()).with(r -> { r.setRemoteAddr("10.20.30.41"); return r; });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    long openings(long caseId) {
        return jdbc.sql("select count(*) from identity_opening where kind = 'CASE_PARTY' and object_id = :id")
                .param("id", caseId).query(Long.class).single();
    }

    @Test
    void theIdNumberIsCiphertextInTheTableAndMaskedOnThePageAndInTheApi() throws Exception {
        long id = create(CaseFixtures.title("当事人加密"));
        String stored = stored(id);
        assertThat(stored).doesNotContain(CaseFixtures.PERSON_ID).doesNotContain(CaseFixtures.PERSON_ID.substring(6, 14))
                .startsWith(cipher.currentKeyId() + ":");
        assertThat(cipher.decrypt(Party.ID_NUMBER_FIELD, stored)).isEqualTo(CaseFixtures.PERSON_ID);
        // bound to its column: the same ciphertext does not decrypt as a filer's ID number
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt("idNumber", stored))
                .isInstanceOf(IllegalStateException.class);
        for (String user : List.of(OFFICER, HEAD, "pingshun.office", "admin")) {
            mvc.perform(get("/api/v1/cases/" + id).with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.case.parties[0].idNumberMasked").value(MASKED))
                    .andExpect(content().string(not(containsString(CaseFixtures.PERSON_ID))));
            mvc.perform(get("/cases/" + id).with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(MASKED)))
                    .andExpect(content().string(not(containsString(CaseFixtures.PERSON_ID))));
        }
        mvc.perform(get("/api/v1/cases").param("q", "当事人加密").with(demo.as(OFFICER)))
                .andExpect(content().string(not(containsString(CaseFixtures.PERSON_ID))));
        // a correction that leaves the number out keeps it, still encrypted
        mvc.perform(get("/cases/" + id + "/edit").with(demo.as(OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(CaseFixtures.PERSON_ID))));
    }

    @Test
    void onlyAHandlingOfficerOpensTheFullNumberWithAReasonAndTheHeadSeesTheOpening() throws Exception {
        long id = create(CaseFixtures.title("当事人身份查看"));
        open(OFFICER, id, 0, null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        open(OFFICER, id, 0, "{\"reason\":\"看\"}").andExpect(status().isUnprocessableContent());
        open(OFFICER, id, 5, "{\"reason\":\"" + WHY + "\"}").andExpect(status().isNotFound());
        for (String other : List.of(HEAD, "pingshun.office", "pingshun.admin", "admin", "changzhi.office",
                "licheng.officer", "pingshun.police")) {
            int answer = open(other, id, 0, "{\"reason\":\"" + WHY + "\"}").andReturn().getResponse().getStatus();
            assertThat(answer).as(other).isIn(403, 404);
            mvc.perform(post("/cases/" + id + "/parties/0/id-number").with(demo.as(other)).with(csrf())
                    .param("reason", WHY)).andExpect(r -> assertThat(r.getResponse().getStatus()).as(other).isIn(403, 404));
        }
        assertThat(openings(id)).isZero();

        open(OFFICER, id, 0, "{\"reason\":\"" + WHY + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(CaseFixtures.PERSON_ID));
        assertThat(openings(id)).isEqualTo(1);
        assertThat(jdbc.sql("select reason || ' ' || client_address from identity_opening where kind = 'CASE_PARTY' "
                + "and object_id = :id").param("id", id).query(String.class).single()).isEqualTo(WHY + " 10.20.30.41");
        String audit = jdbc.sql("""
                select actor_username || ' ' || summary || ' ' || after::text from audit_entry
                 where action = 'VIEW_PERSONAL_DATA' and object_type = 'case' and object_id = :id""")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(audit).startsWith(OFFICER).contains(WHY).doesNotContain(CaseFixtures.PERSON_ID);

        // the page: the handler's form, the number after the POST with a reason; 422 and the page again without
        mvc.perform(get("/cases/" + id).with(demo.as(OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("查看完整身份证号（需填写理由）")));
        mvc.perform(get("/cases/" + id).with(demo.as(HEAD))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("查看完整身份证号（需填写理由）"))));
        mvc.perform(post("/cases/" + id + "/parties/0/id-number").with(demo.as(OFFICER)).with(csrf()).param("reason", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString(CaseFixtures.PERSON_ID))));
        mvc.perform(post("/cases/" + id + "/parties/0/id-number").with(demo.as(OFFICER)).with(csrf()).param("reason", WHY))
                .andExpect(status().isOk()).andExpect(content().string(containsString(CaseFixtures.PERSON_ID)));
        assertThat(openings(id)).isEqualTo(2);

        mvc.perform(get("/api/v1/identity-openings").param("reviewed", "false").with(demo.as(HEAD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[*].objectId", hasItem((int) id)))
                .andExpect(jsonPath("$.rows[?(@.objectId == " + id + ")].kind", hasItem("CASE_PARTY")))
                .andExpect(content().string(not(containsString(CaseFixtures.PERSON_ID))));
        mvc.perform(get("/identity-openings").with(demo.as(HEAD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("当事人身份证号")))
                .andExpect(content().string(containsString("/cases/" + id)));
        mvc.perform(get("/api/v1/identity-openings").with(demo.as("licheng.head")))
                .andExpect(jsonPath("$.rows[*].objectId", not(hasItem((int) id))));
    }

    @Test
    void clearNumbersOfAnEarlierVersionAreEncryptedByTheMigrationAndByTheKeyRotation() throws Exception {
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '98'").query(Boolean.class)
                .single()).isTrue();
        long id = create(CaseFixtures.title("当事人迁移"));
        jdbc.sql("update case_party set id_number = :clear where case_id = :id").param("clear", CaseFixtures.PERSON_ID)
                .param("id", id).update();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(migration.encryptClear(connection)).isGreaterThanOrEqualTo(1);
            assertThat(migration.encryptClear(connection)).isZero(); // idempotent
        }
        String migrated = stored(id);
        assertThat(migrated).startsWith(cipher.currentKeyId() + ":").doesNotContain(CaseFixtures.PERSON_ID);
        assertThat(cipher.decrypt(Party.ID_NUMBER_FIELD, migrated)).isEqualTo(CaseFixtures.PERSON_ID);
        mvc.perform(get("/api/v1/cases/" + id).with(demo.as(OFFICER)))
                .andExpect(jsonPath("$.case.parties[0].idNumberMasked").value(MASKED));
        assertThat(jdbc.sql("select count(*) from case_party where id_number is not null and position(':' in id_number) = 0")
                .query(Long.class).single()).isZero();

        // the rotation moves a clear one too (and reports it), then nothing is left
        jdbc.sql("update case_party set id_number = :clear where case_id = :id").param("clear", CaseFixtures.PERSON_ID)
                .param("id", id).update();
        mvc.perform(post("/api/v1/filings/keys/reencrypt").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(content().string("1"));
        assertThat(cipher.decrypt(Party.ID_NUMBER_FIELD, stored(id))).isEqualTo(CaseFixtures.PERSON_ID);
        mvc.perform(post("/api/v1/filings/keys/reencrypt").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(content().string("0"));
    }
}
