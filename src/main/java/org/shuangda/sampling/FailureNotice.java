package org.shuangda.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.documents.OfficialDocx;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failure notice (食品安全抽样检验结果通知书 / 产品质量监督抽查检验结果通知书) generated from the sample's data as DOCX in
 * the official layout ({@link OfficialDocx}): to the business sampled; what was sampled, where and when, by which lab
 * under which report, the failed items; the business's duties meanwhile (art.40: 封存、停止经营、召回、报告), its right to a
 * re-test within the window with the last day once the notice was served (none for a microbiological failure, art.31)
 * and to object (art.37); the issuing unit and the day. Read by whoever sees a failed sample.
 */
@Service
public class FailureNotice {

    /** A generated notice: its file name and content. */
    public record Document(String fileName, byte[] content) {
    }

    private final SampleAccess access;
    private final SamplingClocks clocks;

    FailureNotice(SampleAccess access, SamplingClocks clocks) {
        this.access = access;
        this.clocks = clocks;
    }

    @Transactional(readOnly = true)
    public Document of(Actor actor, long sampleId) {
        SampleView v = access.visible(actor, sampleId);
        Sample s = v.sample();
        if (!s.failed()) {
            throw new SampleRefused("state", "sampling.refused.noticeNotFailed");
        }
        String title = s.kind() == SamplingKind.PRODUCT_QUALITY ? "产品质量监督抽查检验结果通知书" : "食品安全抽样检验结果通知书";
        return new Document(title + "（" + s.number() + "）.docx", write(v, title));
    }

    byte[] write(SampleView v, String title) {
        Sample s = v.sample();
        boolean quality = s.kind() == SamplingKind.PRODUCT_QUALITY;
        OfficialDocx doc = OfficialDocx.create();
        if (s.notice() != null && s.notice().noticeNo() != null) {
            doc.numberUnderTitle(s.notice().noticeNo());
        }
        doc.title(title);
        doc.addressee(s.site().entityName() + "：");
        doc.body("本单位于" + OfficialDocx.chineseDate(s.site().sampledOn()) + "依法对你单位" + where(s) + "的"
                + s.product().name() + "进行了" + (quality ? "产品质量监督抽查" : "食品安全监督抽检") + "（抽样编号 "
                + s.number() + "）。经" + v.labName() + "检验（检验报告编号 " + s.lab().reportNo() + "），该批次产品"
                + String.join("、", s.lab().failedItems()) + "项目不符合" + (quality ? "相关标准" : "食品安全标准")
                + "要求，检验结论为不合格。现将检验结论通知如下：");
        doc.table(List.of("项目", "内容"), rows(v), new int[] {1, 3}, new boolean[] {false, false});
        doc.heading("一、你单位应当履行的义务");
        doc.body(quality ? "请立即停止生产、销售同一产品，自收到本通知书之日起六十日内完成整改，并配合核查处置。"
                : "请立即采取封存不合格食品、暂停生产经营不合格食品、通知相关生产经营者和消费者、召回已上市销售的不合格食品等风险控制措施，"
                        + "排查不合格原因并进行整改，及时向本单位报告相关处理情况。提出复检申请或者异议期间，上述义务不停止履行"
                        + "（《食品安全抽样检验管理办法》第四十条）。");
        doc.heading("二、复检和异议");
        doc.body(retestText(s, quality));
        doc.body(quality ? "对抽样过程、检验方法或者标准适用有异议的，可以在上述期限内一并书面提出。"
                : "对抽样过程有异议的，应当在抽样完成后7个工作日内提出；对标签标示、检验方法、标准适用等有异议的，应当自收到本通知书之日起"
                        + "7个工作日内书面提出（第三十七条）。");
        doc.line("");
        doc.signature(v.unitName() == null ? "" : v.unitName());
        doc.signature(OfficialDocx.chineseDate(s.notice() != null ? s.notice().servedOn() : clocks.today()));
        if (s.notice() != null) {
            doc.line("送达日期：" + OfficialDocx.chineseDate(s.notice().servedOn()) + "　签收人："
                    + (s.notice().acknowledgedBy() == null ? "" : s.notice().acknowledgedBy()));
        } else {
            doc.line("送达日期：　　　　　　　签收人：");
        }
        return doc.bytes();
    }

    private String retestText(Sample s, boolean quality) {
        if (s.lab().microbiological()) {
            return "该批次产品为微生物指标不合格，依照《食品安全抽样检验管理办法》第三十一条不予复检。";
        }
        String window = quality ? "自收到本通知书之日起十五日内" : "自收到本通知书之日起7个工作日内";
        String rule = quality ? "（《中华人民共和国产品质量法》第十五条）" : "（第三十条）";
        String lastDay = "";
        if (s.resultReceivedOn() != null) {
            LocalDate last = clocks.retestLastDay(s);
            lastDay = "，即" + OfficialDocx.chineseDate(last) + "前";
        }
        return "你单位对检验结论有异议的，可以" + window + lastDay + "向本单位提出书面复检申请" + rule
                + "；逾期未提出的，视为认可检验结论。复检机构由本单位在复检机构名录中随机确定，初检机构和与你单位存在利害关系的机构不承担复检。";
    }

    private static String where(Sample s) {
        if (s.site().online() != null) {
            return "在" + (s.site().online().platform() == null ? "网络交易平台" : s.site().online().platform()) + "开设的网店“"
                    + s.site().online().shop() + "”销售";
        }
        return s.stage() == SamplingStage.PRODUCTION ? "生产" : s.stage() == SamplingStage.CATERING ? "经营使用" : "销售";
    }

    private static List<List<String>> rows(SampleView v) {
        Sample s = v.sample();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("产品名称", s.product().name()));
        rows.add(List.of("商标", nz(s.product().brand())));
        rows.add(List.of("规格型号", nz(s.product().spec())));
        rows.add(List.of("生产日期或批号", s.product().producedOn() != null
                ? OfficialDocx.chineseDate(s.product().producedOn()) + (s.product().batchNo() == null ? ""
                        : "／" + s.product().batchNo()) : nz(s.product().batchNo())));
        rows.add(List.of("标称生产者", nz(s.product().producerName()) + (s.product().producerAddress() == null ? ""
                : "（" + s.product().producerAddress() + "）")));
        rows.add(List.of("被抽样单位", s.site().entityName() + (s.site().address() == null ? ""
                : "（" + s.site().address() + "）")));
        rows.add(List.of("抽样数量", nz(s.product().quantity()) + (s.product().pricePaid() == null ? ""
                : "，购样费用 " + money(s.product().pricePaid()) + " 元")));
        rows.add(List.of("不合格项目", String.join("、", s.lab().failedItems())));
        rows.add(List.of("检验机构", v.labName()));
        rows.add(List.of("检验报告编号", nz(s.lab().reportNo())));
        rows.add(List.of("检验结论", "不合格"));
        return rows;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "／" : s;
    }
}
