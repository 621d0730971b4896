package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A task's life through the API: the office plans it, the lead unit reports with an attachment, a
 * cooperating unit adds a note, the lead completes it; attachments are type- and size-checked and served
 * only within scope.
 */
@WebTest
class CampaignWorkTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired org.shuangda.audit.AuditChainer chainer;
    @Autowired ObjectMapper json;

    /** A fresh active 黎城县 campaign with one task led by 工商局 with 公安局 cooperating; returns the task id. */
    long activeTask(String title) throws Exception {
        CampaignTestData data = new CampaignTestData(jdbc);
        JsonNode campaign = read(mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(CampaignTestData.campaignJson(title)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.docNumber").value("黎政办发〔2026〕9号")).andReturn().getResponse()
                .getContentAsString());
        long campaignId = campaign.get("id").asLong();
        JsonNode task = read(mvc.perform(post("/api/v1/tasks").param("campaign", "" + campaignId)
                .with(demo.as("licheng.office")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(CampaignTestData.taskJson("市场巡查", data.unit("黎城县工商行政管理局"), data.unit("黎城县公安局"),
                        "2027-01-15")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("NOT_STARTED"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/tasks/" + task.get("id").asLong() + "/progress").with(demo.as("licheng.reporter")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"草稿阶段\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/campaigns/" + campaignId + "/activate").with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        return task.get("id").asLong();
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    @Test
    void theLeadReportsWithAnAttachmentCooperatorsNoteAndCompletionEndsReporting() throws Exception {
        long task = activeTask("附件测试行动");
        String body = mvc.perform(multipart("/api/v1/tasks/" + task + "/progress")
                .file(new MockMultipartFile("file", "现场照片.png", "image/png", PNG))
                .param("text", "检查经营户52户").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachment.fileName").value("现场照片.png"))
                .andExpect(jsonPath("$.attachment.key").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long progress = read(body).get("id").asLong();
        String download = "/api/v1/tasks/" + task + "/progress/" + progress + "/attachment";
        byte[] served = mvc.perform(get(download).with(demo.as("licheng.office")).with(csrf())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png")).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(PNG);
        chainer.drain();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'EXPORT' and object_type = 'task_progress'
                   and object_id = :p and actor_username = 'licheng.office' and summary = '现场照片.png'""")
                .param("p", String.valueOf(progress)).query(Long.class).single()).as("the download is audited").isEqualTo(1);
        mvc.perform(get(download).with(demo.as("pingshun.office")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task + "/progress/" + progress + "/attachment").with(demo.as("pingshun.reporter")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks/" + task).with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));

        mvc.perform(post("/api/v1/tasks/" + task + "/progress").with(demo.as("licheng.police")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PROGRESS\",\"text\":\"配合单位越位\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + task + "/progress").with(demo.as("licheng.police")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"NOTE\",\"text\":\"已派民警配合检查\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tasks/" + task + "/complete").with(demo.as("licheng.police")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + task + "/complete").with(demo.as("licheng.leader")).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/tasks/" + task + "/complete").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(post("/api/v1/tasks/" + task + "/progress").with(demo.as("licheng.reporter")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"完成后再报\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("该任务已完成，不能再报告进展"));
        mvc.perform(get("/api/v1/tasks/" + task + "/progress").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(jsonPath("$.length()").value(2));
        // created once (the download above has its own EXPORT entry)
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'task_progress' and object_id = :id"
                        + " and action <> 'EXPORT'")
                .param("id", "" + progress).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void attachmentsOfTheWrongTypeContentOrSizeAreRefusedAndNothingIsSaved() throws Exception {
        long task = activeTask("附件校验行动");
        mvc.perform(multipart("/api/v1/tasks/" + task + "/progress")
                .file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] {'M', 'Z'}))
                .param("text", "附件类型不对").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("PDF")));
        mvc.perform(multipart("/api/v1/tasks/" + task + "/progress")
                .file(new MockMultipartFile("file", "report.pdf", "application/pdf", "not a pdf".getBytes()))
                .param("text", "内容与扩展名不符").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] big = new byte[(int) AttachmentStore.MAX_BYTES + 1];
        System.arraycopy("%PDF".getBytes(), 0, big, 0, 4);
        mvc.perform(multipart("/api/v1/tasks/" + task + "/progress")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                .param("text", "太大").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get("/api/v1/tasks/" + task + "/progress").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aCloneShiftsPhasesAndDueDatesKeepsUnitsAndCopiesNoProgress() throws Exception {
        long source = new CampaignTestData(jdbc).campaign(CampaignTestData.LICHENG_2010);
        String body = mvc.perform(post("/api/v1/campaigns/" + source + "/clone").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsOn\":\"2011-12-21\",\"title\":\"黎城县2012年双打专项行动\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.clonedFromId").value(source))
                .andExpect(jsonPath("$.endsOn").value("2012-01-21"))
                .andExpect(jsonPath("$.phases[1].name").value("组织实施"))
                .andExpect(jsonPath("$.phases[1].startsOn").value("2011-12-22"))
                .andExpect(jsonPath("$.phases[1].endsOn").value("2012-01-16"))
                .andExpect(jsonPath("$.keyProducts", hasItem("种子")))
                .andReturn().getResponse().getContentAsString();
        long copy = read(body).get("id").asLong();
        String sql = "select count(*) from campaign_task where campaign_id = :c";
        assertThat(jdbc.sql(sql).param("c", copy).query(Long.class).single())
                .isEqualTo(jdbc.sql(sql).param("c", source).query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from task_progress p join campaign_task t on t.id = p.task_id "
                + "where t.campaign_id = :c").param("c", copy).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from campaign_task where campaign_id = :c and completed_at is not null")
                .param("c", copy).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/tasks").param("campaign", "" + copy).with(demo.as("licheng.office")).with(csrf()))
                .andExpect(jsonPath("$[?(@.title == '印刷复制企业监管')].dueOn").value("2012-01-16"))
                .andExpect(jsonPath("$[?(@.title == '印刷复制企业监管')].leadUnitName").value("黎城县文化广电新闻出版局"))
                .andExpect(jsonPath("$[?(@.title == '印刷复制企业监管')].cooperators.length()").value(3));
    }
}
