/**
 * Briefings (通报, 阶段性总结): documents composed from a campaign's reported figures, its rounds' punctual,
 * late and missing units and its tasks, in the phrasing offices use. A draft is stored as editable
 * paragraphs; the office edits and issues it (then it never changes) and everyone who sees the campaign
 * may download the issued DOCX. Also the default (logging) {@link org.shuangda.shared.NotificationSender}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefings",
        allowedDependencies = {"shared", "calendar", "campaigns", "reporting"})
package org.shuangda.briefings;
