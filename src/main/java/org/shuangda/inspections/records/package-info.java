/**
 * 执法检查记录: the inspections that are not drawn — 日常巡查, 专项检查, 联合执法 with other units — with their dates,
 * the units and officers sent (出动人次 = officers × days), the entities and key markets checked, key areas
 * handled, dens destroyed, goods seized, problems and follow-up. Read with INSPECTION_VIEW, written with
 * INSPECTION_HANDLE within the scope over the lead unit; audited. {@link org.shuangda.inspections.records.InspectionFigures}
 * offers reporting the figures (出动执法人员, 检查经营主体, 检查市场, 整治重点区域, 联合执法, 捣毁窝点) through
 * {@link org.shuangda.shared.DerivedFigures}. Part of the inspections module; exposed as the named interface
 * {@code records} for the demo data.
 */
@org.springframework.modulith.NamedInterface("records")
package org.shuangda.inspections.records;
