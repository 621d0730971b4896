package org.shuangda.complaints;

/**
 * What a filing is about, as registered: it does not change while the filing is handled (a split tip starts
 * from a copy with its own text).
 *
 * @param regionCode GB/T 2260 code of the place of the matter
 * @param regionPath that region's path ({@code /140000/140400/140426/}), for the events others filter by place
 * @param targetName the business or person concerned; empty for most enquiries
 * @param targetUscc its unified social credit code, or null
 */
public record Matter(Channel channel, Category category, String content, String regionCode, String regionPath,
        String targetName, String targetUscc) {

    Matter withContent(String newContent) {
        return new Matter(channel, category, newContent, regionCode, regionPath, targetName, targetUscc);
    }
}
