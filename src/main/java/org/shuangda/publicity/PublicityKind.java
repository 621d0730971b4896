package org.shuangda.publicity;

/**
 * Kinds of publicity activity, each with the indicator of SHUANGDA_PUBLICITY (V210) that counts it. Labels in
 * {@code messages/publicity*.properties} as {@code publicity.kind.NAME}.
 */
public enum PublicityKind {
    /** 展览 (图片展、实物展、假冒商品展示). */
    EXHIBITION("publicity_exhibitions"),
    /** 讲座 (进企业、进校园、进社区). */
    LECTURE("publicity_lectures"),
    /** 媒体报道 (报刊、广播、电视). */
    MEDIA("publicity_media"),
    /** 网络宣传 (网站、微信公众号、短视频). */
    ONLINE("publicity_online"),
    /** 集中销毁 of seized counterfeit and infringing goods. */
    DESTRUCTION("publicity_destructions"),
    /** 咨询台 (3·15 消费者权益日, 4·26 知识产权日). */
    CONSULTATION("publicity_desks");

    private final String indicator;

    PublicityKind(String indicator) {
        this.indicator = indicator;
    }

    public String indicator() {
        return indicator;
    }
}
