package org.shuangda.sampling;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.documents.OfficialDocx;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable sampling record (抽样单) of a sample as DOCX in the official layout: the number, the plan, who was
 * sampled where and when, the product as labelled, what was taken and paid, the test portion and the backup with its
 * seal, the lab, the samplers, the lines to sign (抽样人员, 被抽样单位), and the address of the sample's page
 * ({@code shuangda.notifications.base-url}, as the e-mails link) to find it again: as text at the foot and as a QR
 * code of {@value #QR_MM} mm at the top right of the page ({@link QrCode}), which a phone scans to open the sample.
 * A sample of a drawn target says which draw chose it. Read by whoever sees the sample.
 */
@Service
public class SamplingRecord {

    static final int QR_MM = 30;

    private final SampleAccess access;
    private final BackupStore backups;
    private final SamplingDrawStore draws;
    private final String baseUrl;

    SamplingRecord(SampleAccess access, BackupStore backups, SamplingDrawStore draws,
            @Value("${shuangda.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.access = access;
        this.draws = draws;
        this.backups = backups;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(readOnly = true)
    public FailureNotice.Document of(Actor actor, long sampleId) {
        SampleView v = access.visible(actor, sampleId);
        Sample s = v.sample();
        String address = pageAddress(sampleId);
        OfficialDocx doc = OfficialDocx.create();
        doc.cornerPicture(QrCode.png(address), QR_MM, "qr-" + sampleId + ".png");
        doc.numberUnderTitle(s.number());
        doc.title(s.kind() == SamplingKind.PRODUCT_QUALITY ? "产品质量监督抽查抽样单" : "食品安全抽样检验抽样单");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("抽检计划", v.planTitle() + "（" + s.category() + "，" + stage(s.stage()) + "）"));
        rows.add(List.of("被抽样单位", s.site().entityName() + (s.site().uscc() == null ? "" : "（" + s.site().uscc() + "）")));
        rows.add(List.of("地址", nz(s.site().address())));
        if (s.site().online() != null) {
            Sample.Online o = s.site().online();
            rows.add(List.of("网络抽样", nz(o.platform()) + " · " + o.shop() + " · 买家账号 " + o.buyerAccount() + " · 订单号 "
                    + o.orderNo() + (o.deliveryAddress() == null ? "" : " · 收货地址 " + o.deliveryAddress())));
        }
        rows.add(List.of("抽样日期、地点", OfficialDocx.chineseDate(s.site().sampledOn()) + " " + nz(s.site().place())));
        rows.add(List.of("样品名称", s.product().name()));
        rows.add(List.of("商标、规格型号", nz(s.product().brand()) + " ／ " + nz(s.product().spec())));
        rows.add(List.of("生产日期、批号", (s.product().producedOn() == null ? "" : OfficialDocx.chineseDate(s.product().producedOn()))
                + " ／ " + nz(s.product().batchNo())));
        rows.add(List.of("保质期至", s.product().expiresOn() == null ? "／" : OfficialDocx.chineseDate(s.product().expiresOn())));
        rows.add(List.of("标称生产者", nz(s.product().producerName()) + (s.product().producerAddress() == null ? ""
                : "（" + s.product().producerAddress() + "）")));
        rows.add(List.of("抽样数量、购样费用", nz(s.product().quantity()) + (s.product().pricePaid() == null ? ""
                : " ／ " + s.product().pricePaid().toPlainString() + " 元")));
        rows.add(List.of("检验样品", nz(s.product().testPortion())));
        Backup b = backups.find(org.shuangda.shared.SqlPredicate.TRUE, sampleId).orElse(null);
        rows.add(List.of("复检备份样品", nz(s.product().backupPortion()) + (b == null ? "" : " · 存放 " + b.location())));
        rows.add(List.of("封条编号", nz(s.site().seals())));
        rows.add(List.of("承检机构", v.labName()));
        rows.add(List.of("抽样人员", String.join("、", s.site().samplerNames())));
        draws.drawOfSample(sampleId).ifPresent(d -> rows.add(List.of("随机抽取",
                "抽样对象和抽样人员由随机抽取确定（抽取记录第 " + d[0] + " 号，种子 " + d[1] + "）")));
        doc.table(List.of("项目", "内容"), rows, new int[] {1, 3}, new boolean[] {false, false});
        doc.line("");
        doc.line("抽样人员（签字）：　　　　　　　　被抽样单位（签字或盖章）：");
        doc.line("");
        doc.line("样品页面：" + address);
        return new FailureNotice.Document("抽样单（" + s.number() + "）.docx", doc.bytes());
    }

    /** The sample page's absolute address, printed and encoded in the QR code. */
    String pageAddress(long sampleId) {
        return baseUrl + "/sampling/samples/" + sampleId;
    }

    private static String stage(SamplingStage stage) {
        return switch (stage) {
            case PRODUCTION -> "生产环节";
            case CIRCULATION -> "流通环节";
            case CATERING -> "餐饮环节";
            case ONLINE -> "网络销售";
        };
    }

    private static String nz(String s) {
        return s == null ? "／" : s;
    }
}
