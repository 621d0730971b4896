package org.shuangda.campaigns;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The plan reads like seed 001; "我的任务" and the home page's to-dos show each unit its tasks with time left. */
@WebTest
class CampaignPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;

    @Test
    void theDemoPlanReadsLikeThePaperOne() throws Exception {
        long id = new CampaignTestData(jdbc).campaign(CampaignTestData.LICHENG_2010);
        mvc.perform(get("/campaigns/" + id).with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("黎政办发〔2010〕108号"), containsString("动员部署"),
                        containsString("组织实施"), containsString("2011-01-16"), containsString("著作权"),
                        containsString("植物新品种权"), containsString("县长助理"), containsString("黎城县商务中心"),
                        containsString("（一）加强对生产环节的专项治理"), containsString("黎城县质量技术监督局"),
                        containsString("督办"), containsString("已完成"), containsString("逾期"))));
    }

    @Test
    void myTasksSplitsLedAndCooperatingTasks() throws Exception {
        mvc.perform(get("/tasks/mine").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("市场巡查和商标专用权保护"), containsString("印刷复制企业监管"),
                        not(containsString("侵权假冒案件审理")))));
    }

    @Test
    void theHomePageListsTheUnitsOpenTasksWithWorkingDaysLeft() throws Exception {
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        int left = calendar.workingDaysBetween(today, today.plusDays(3));
        String expected = left == 0 ? "今天截止" : "还剩" + left + "个工作日";
        mvc.perform(get("/").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("农贸市场和商品集散地侵权假冒商品整治"),
                        containsString(expected), not(containsString("春耕前种子市场检查")),
                        // the 2010 plan's period is over: its tasks are no longer anyone's to-do
                        not(containsString("网络知识产权保护")))));
        mvc.perform(get("/").with(demo.as("licheng.office")).with(csrf()))
                .andExpect(content().string(containsString("总结并结束：" + CampaignTestData.LICHENG_2010)));
        int overdue = calendar.workingDaysBetween(today.minusDays(2), today);
        mvc.perform(get("/").with(demo.as("licheng.police")).with(csrf()))
                .andExpect(content().string(allOf(containsString("侵权假冒犯罪线索核查"),
                        containsString(overdue == 0 ? "已过截止日期" : "逾期" + overdue + "个工作日"))));
        mvc.perform(get("/").with(demo.as("pingshun.reporter")).with(csrf()))
                .andExpect(content().string(not(containsString("农贸市场和商品集散地侵权假冒商品整治"))));
    }

    @Test
    void aProgressFormWithAWrongFileIsShownAgainWithTheReason() throws Exception {
        long task = new CampaignTestData(jdbc).task(CampaignTestData.LICHENG_2010, "网络知识产权保护");
        mvc.perform(multipart("/tasks/" + task + "/progress")
                .file(new MockMultipartFile("file", "说明.txt", "text/plain", "文字".getBytes()))
                .param("kind", "PROGRESS").param("text", "已开展网店巡查").with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("只接受以下文件类型"), containsString("已开展网店巡查"))));
    }

    @Test
    void everyPageOfTheOfficeRenders() throws Exception {
        CampaignTestData data = new CampaignTestData(jdbc);
        long campaign = data.campaign(CampaignTestData.LICHENG_2010);
        long task = data.task(CampaignTestData.LICHENG_2010, "市场巡查和商标专用权保护");
        mvc.perform(get("/campaigns").param("status", "ACTIVE").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(CampaignTestData.LICHENG_2010)));
        mvc.perform(get("/campaigns/new").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("phaseName")));
        mvc.perform(get("/campaigns/" + campaign + "/edit").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("组织实施"), containsString("植物新品种权"))));
        mvc.perform(get("/campaigns/" + campaign + "/tasks/new").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/api/v1/pickers/units?region=")));
        mvc.perform(get("/tasks/" + task + "/edit").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("市场巡查和商标专用权保护")));
        mvc.perform(get("/tasks/" + task).with(demo.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("出动执法人员86人次"), containsString("进展逾期"),
                        containsString("enctype=\"multipart/form-data\""))));
    }

    @Test
    void aLeaderReadsATaskButGetsNoReportForm() throws Exception {
        long task = new CampaignTestData(jdbc).task(CampaignTestData.LICHENG_2010, "市场巡查和商标专用权保护");
        mvc.perform(get("/tasks/" + task).with(demo.as("licheng.leader"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("multipart/form-data"))));
        mvc.perform(get("/campaigns/new").with(demo.as("licheng.leader"))).andExpect(status().isForbidden());
    }

    @Test
    void theCloneButtonStartsADraftCopy() throws Exception {
        long source = new CampaignTestData(jdbc).campaign(CampaignTestData.PINGSHUN_2010);
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/campaigns/" + source + "/clone").param("startsOn", "2011-12-20").param("title", "平顺县2012年双打专项行动")
                .with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(demo.as("pingshun.office"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("平顺县2012年双打专项行动"), containsString("草稿"),
                        containsString("2011-12-20"), containsString("集贸市场侵权假冒商品整治"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/campaigns/" + source + "/clone").param("startsOn", "2011-12-20")
                .with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
