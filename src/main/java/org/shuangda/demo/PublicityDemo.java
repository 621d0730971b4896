package org.shuangda.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.publicity.ActivityForm;
import org.shuangda.publicity.PublicityActivities;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Publicity activities of 黎城县 and 平顺县 in the city campaign's open round: the 工商局's 4·26 consultation desk and
 * public destruction of seized fakes (with photos) and a lecture in an enterprise, the 质监局's exhibition and its
 * WeChat series, 平顺县's television report — so the 工商局's reporter finds 宣传资料 offered on her form and the
 * SHUANGDA_PUBLICITY counts have something to count.
 */
@Component
class PublicityDemo implements DemoDataStep {

    private final PublicityActivities activities;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final Clock clock;

    PublicityDemo(PublicityActivities activities, Campaigns campaigns, UnitDirectory units, Clock clock) {
        this.activities = activities;
        this.campaigns = campaigns;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 640; // after the city campaign (550) and the cases (600)
    }

    @Override
    public void load(Actor system) {
        Long city = campaigns.list(system, CampaignStatus.ACTIVE).stream()
                .filter(c -> c.title().contains("长治市打击侵犯知识产权")).map(CampaignSummary::id).findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        Long aic = unit("140426", "工商行政管理局");
        Long quality = unit("140426", "质量技术监督局");
        Long pingshun = unit("140425", "工商行政管理局");
        if (aic != null) {
            var desk = activities.create(system, form(aic, city, today.minusDays(3), "CONSULTATION",
                    "“4·26”知识产权宣传周咨询台", "黎城县人民广场", 1200, 800, 0L,
                    "设置咨询台，发放《商标法》《消费者权益保护法》宣传资料，现场解答群众咨询，受理投诉举报线索二件。"),
                    List.of(photo("desk.png", new Color(0x1F6FB2))));
            activities.addPhoto(system, desk.id(), "desk-2.png", 0, new ByteArrayInputStream(png(new Color(0x2E8B57))));
            activities.create(system, form(aic, city, today.minusDays(5), "DESTRUCTION",
                    "侵权假冒伪劣商品集中销毁", "黎城县垃圾无害化处理场", 300, 150, 20000L,
                    "集中销毁近年查扣的假冒白酒、洗衣粉等侵权假冒伪劣商品，县电视台现场报道。"),
                    List.of(photo("destruction.png", new Color(0xB22222))));
            activities.create(system, form(aic, city, today.minusDays(6), "LECTURE", "知识产权保护进企业讲座",
                    "黎城县经济开发区", 200, 60, 0L, "为园区企业讲解商标注册与维权、假冒伪劣商品的识别。"));
        }
        if (quality != null) {
            activities.create(system, form(quality, city, today.minusDays(4), "EXHIBITION", "假冒伪劣商品识别展",
                    "黎城县城关农贸市场", 500, 400, 0L, "展出真假商品对比实物四十余件。"));
            activities.create(system, form(quality, city, today.minusDays(2), "ONLINE", "“双打”维权微信公众号专题",
                    "黎城质监微信公众号", 0, 0, 12000L, "连续推送五期识假辨假知识。"));
        }
        if (pingshun != null) {
            activities.create(system, form(pingshun, city, today.minusDays(4), "MEDIA", "平顺县电视台“双打”专题报道",
                    "平顺县电视台", 0, 0, 30000L, "报道全县打击侵权假冒工作成效。"));
        }
    }

    private Long unit(String region, String suffix) {
        return units.inRegion(region).stream().filter(UnitRef::active).filter(u -> u.name().endsWith(suffix))
                .map(UnitRef::id).findFirst().orElse(null);
    }

    private static ActivityForm form(long unit, Long campaign, LocalDate day, String kind, String title, String place,
            int materials, int attendance, Long reach, String note) {
        return new ActivityForm(unit, campaign, day.toString(), kind, title, place, materials, attendance, reach, note,
                null);
    }

    private static PublicityActivities.PhotoUpload photo(String name, Color color) {
        byte[] bytes = png(color);
        return new PublicityActivities.PhotoUpload(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    /** A small picture of one colour with a lighter band: enough to show where a photo goes. */
    static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 160, 120);
        g.setColor(color.brighter());
        g.fillRect(0, 80, 160, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
