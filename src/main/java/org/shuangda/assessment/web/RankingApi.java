package org.shuangda.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.shuangda.assessment.Grade;
import org.shuangda.assessment.Ranking;
import org.shuangda.assessment.RankingTable;
import org.shuangda.assessment.Rankings;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.shuangda.shared.web.Downloads;

/** Rankings: the assessing side at any time (provisional), the assessed units once published. */
@RestController
@RequestMapping("/api/v1/assessment/rankings")
@Tag(name = "Assessment 检查考核")
class RankingApi {

    /**
     * One line: rank (shared when tied after the veto and data-computed tie-breaks), scores and grade.
     *
     * @param tieBreak why it follows the line before at equal total: VETO, COMPUTED, NAME (tied, listed by name)
     */
    record Line(int rank, long runId, String name, BigDecimal base, BigDecimal bonus, BigDecimal total,
            BigDecimal computed, boolean vetoed, Grade grade, Ranking.TieBreak tieBreak) {
    }

    record Table(long schemeId, String title, int year, boolean published, List<Line> lines) {
    }

    private final Rankings rankings;
    private final MessageSource messages;
    private final ExportAudit exports;

    RankingApi(Rankings rankings, MessageSource messages, ExportAudit exports) {
        this.rankings = rankings;
        this.messages = messages;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "A scheme's ranking with each unit's grade (404 for an assessed unit before publication)")
    Table ranking(Actor me, @RequestParam long scheme) {
        return json(rankings.ranking(me, scheme));
    }

    @GetMapping("/{scheme}.xlsx")
    @Operation(summary = "The ranking as XLSX in the office's layout (ranking sheet, item scores sheet)")
    ResponseEntity<byte[]> xlsx(Actor me, @PathVariable long scheme, HttpServletRequest request) {
        RankingTable table = rankings.ranking(me, scheme);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] content = rankings.workbook(me, table, code -> messages.getMessage(code, null, code, locale));
        return Downloads.attachment(me, exports, request, "assessment_ranking", scheme, Downloads.XLSX,
                Downloads.fileName(table.scheme().title() + "考核结果排名表", ".xlsx"), content);
    }

    static Table json(RankingTable t) {
        return new Table(t.scheme().id(), t.scheme().title(), t.scheme().year(), t.published(), t.lines().stream()
                .map(l -> new Line(l.rank(), l.runId(), l.name(), l.card().base(), l.card().bonus(), l.card().total(),
                        l.card().computed(), l.card().vetoed(), l.card().grade(), l.tieBreak())).toList());
    }
}
