/**
 * Sampling inspection (抽检, issue 17): laboratories (检验机构) with their scope and the published re-test list, yearly
 * sampling plans (food safety under 食品安全抽样检验管理办法, product quality under 产品质量监督抽查管理暂行办法, agricultural
 * inputs such as seeds), samples with their test portion and backup (复检备份), the lab's report, the failure notice,
 * re-tests with the lab drawn at random (the inspections module's draw arithmetic, logged like a draw), a plan's
 * targets and samplers drawn the same way ({@link org.shuangda.sampling.SamplingDraws}: the pool frozen and hashed
 * first, public entropy, append-only, a redraw only with a reason; a sample of a drawn target takes the drawn
 * samplers), the printable sampling record (抽样单) as DOCX with a QR code to the sample's page, objections,
 * the backup store and the follow-up (核查处置) of failed samples by the unit where the business is registered.
 * Every period is a rulebook setting ({@code calendar.Rulebook}, keys {@code sampling.*}) counted by
 * {@code calendar.Deadline}. The lifecycle is declared once, in {@link org.shuangda.sampling.SampleAction}.
 *
 * <p>Publishes: the figures 抽检批次 and 抽检合格批次 (合格率) through {@link org.shuangda.shared.DerivedFigures}; the
 * published query {@link org.shuangda.sampling.PublishedSamplingResults} for the public page and the portal; the
 * events {@code shared.events.SampleResultFinal} (credit records the fact) and {@code shared.events.SampleViolationReferred}
 * (cases opens a clue, answering {@code SampleClueRegistered}). Reads units, regions, entities and officers through
 * their published queries; never another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sampling 抽检",
        allowedDependencies = {"shared", "organization", "calendar", "entities", "identity", "platform",
                "inspections :: draw"})
package org.shuangda.sampling;
