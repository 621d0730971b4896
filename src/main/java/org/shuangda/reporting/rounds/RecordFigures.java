package org.shuangda.reporting.rounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.shared.DerivedFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Figures other modules derive from their own records (cases, complaints…: every {@link DerivedFigures} bean)
 * for a unit and a round's period, offered beside the typed ones: "来自案件数据：8". A CUMULATIVE template's
 * period runs from the campaign's first round. With no source installed this asks nothing; a source that
 * fails is logged and left out, so one broken module never blocks a submission page.
 */
@Component
class RecordFigures {

    private static final Logger log = LoggerFactory.getLogger(RecordFigures.class);

    private final List<DerivedFigures> sources;
    private final MessageSource messages;
    private final RoundStore rounds;

    RecordFigures(List<DerivedFigures> sources, MessageSource messages, RoundStore rounds) {
        this.sources = List.copyOf(sources);
        this.messages = messages;
        this.rounds = rounds;
    }

    /** What the sources say about the template's entered indicators, compared with {@code typed}. */
    List<Submission.FromRecords> offers(Round round, Template template, long unitId, Map<String, BigDecimal> typed,
            Locale locale) {
        if (sources.isEmpty()) {
            return List.of();
        }
        LocalDate from = template.figures() == Figures.CUMULATIVE
                ? rounds.campaignStart(round.campaignId()).orElse(round.periodFrom()) : round.periodFrom();
        List<Submission.FromRecords> offers = new ArrayList<>();
        for (DerivedFigures source : sources) {
            Map<String, BigDecimal> figures;
            try {
                figures = source.figuresFor(unitId, from, round.periodTo());
            } catch (RuntimeException e) {
                log.warn("Derived figures from {} failed for unit {}: {}", source.sourceLabel(), unitId, e.toString());
                continue;
            }
            String label = messages.getMessage(source.sourceLabel(), null, source.sourceLabel(), locale);
            for (Indicator indicator : template.entered()) {
                BigDecimal value = figures == null ? null : figures.get(indicator.code());
                if (value != null) {
                    BigDecimal own = typed.get(indicator.code());
                    boolean differs = own == null ? value.signum() != 0 : own.compareTo(value) != 0;
                    offers.add(new Submission.FromRecords(indicator.code(), label, value.stripTrailingZeros(), differs));
                }
            }
        }
        return offers;
    }
}
