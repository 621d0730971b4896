/**
 * 双随机、一公开: inspection items ({@link org.shuangda.inspections.draw.Items}), plans and tasks
 * ({@link org.shuangda.inspections.draw.Plans}, {@link org.shuangda.inspections.draw.InspectionTasks}), the frozen pools and
 * the reproducible draw with 回避 ({@link org.shuangda.inspections.draw.Draws}), results and their publication
 * ({@link org.shuangda.inspections.draw.Results}), and what the public may see
 * ({@link org.shuangda.inspections.draw.PublicInspections}). Published to the demo data as the named interface
 * {@code inspections :: draw}.
 */
@org.springframework.modulith.NamedInterface("draw")
package org.shuangda.inspections.draw;
