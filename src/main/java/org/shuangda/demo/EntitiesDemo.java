package org.shuangda.demo;

import org.shuangda.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.shuangda.entities.EntityBulkLoader;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.entities.UsccGenerator;
import org.springframework.stereotype.Component;

/**
 * About 300 invented market entities in 黎城县 (140426), 平顺县 (140425) and a few registered with 长治市
 * (140400): enterprises, individual businesses, cooperatives and associations with valid codes whose region
 * part matches, invented legal representatives with valid-looking ID numbers, and a few legacy codes accepted
 * by override. A seeded {@link Random} makes every start produce the same data; one batched insert keeps it
 * well under a second.
 */
@Component
class EntitiesDemo implements DemoDataStep {

    private static final String[] WORDS = {"鑫源", "宏达", "金泰", "华兴", "瑞丰", "恒通", "永盛", "佳和", "天利", "博远",
        "晋昌", "太行", "漳河", "鼎盛", "泰和", "众邦", "隆昌", "兴旺", "富源", "祥瑞", "聚贤", "同心", "德润", "益民",
        "广源", "润达", "嘉禾", "丰泽", "凯瑞", "昌盛"};
    private static final String[] TRADES = {"商贸", "农产品", "建材", "食品", "百货", "汽车配件", "五金机电", "服装",
        "农资", "种业", "电子科技", "印刷", "文化传媒", "酒业", "物流", "医药连锁"};
    private static final String[] SHOPS = {"副食店", "五金店", "农资门市部", "小吃店", "烟酒店", "服装店", "手机维修部",
        "粮油店", "便民超市", "音像书店", "汽配门市部", "调味品店"};
    private static final String[] VILLAGES = {"东庄", "南沟", "北坡", "西岭", "上河", "下湾", "石门", "柳树", "杏园", "枣林"};
    private static final String[] CROPS = {"核桃", "小米", "花椒", "连翘", "中药材", "蔬菜", "食用菌", "苹果"};
    private static final String[] ASSOCIATIONS = {"个体劳动者协会", "食品行业协会", "农资经营者协会", "商贸流通协会"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "郭", "申", "牛", "宋", "路",
        "秦", "常", "段"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽娟", "海军", "春梅", "小军", "晓燕", "国平",
        "红霞", "文斌", "桂兰", "永红", "新民", "利平", "彩霞"};

    private record Place(String code, String name, int count) {
    }

    private static final List<Place> PLACES = List.of(new Place("140426", "黎城县", 150),
            new Place("140425", "平顺县", 130), new Place("140400", "长治市", 20));

    private final EntityBulkLoader loader;

    EntitiesDemo(EntityBulkLoader loader) {
        this.loader = loader;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(Actor system) {
        loader.load(system, drafts(new Random(20260300L)), "demo");
    }

    static List<EntityDraft> drafts(Random random) {
        UsccGenerator codes = new UsccGenerator(random);
        Set<String> names = new LinkedHashSet<>();
        List<EntityDraft> drafts = new ArrayList<>();
        for (Place place : PLACES) {
            int made = 0;
            while (made < place.count()) {
                EntityType type = made == 0 ? EntityType.ENTERPRISE : typeFor(random.nextInt(100));
                String name = nameFor(type, place, random, made);
                if (!names.add(name)) {
                    continue;
                }
                String uscc = codes.next(type, place.code());
                boolean legacy = made % 60 == 7;
                if (legacy) {
                    uscc = withWrongCheckChar(uscc);
                }
                String person = pick(random, SURNAMES) + pick(random, GIVEN);
                drafts.add(new EntityDraft(name, uscc, legacy,
                        legacy ? "2016年前发放的旧代码，已与营业执照原件核对一致" : null, type.name(),
                        "山西省长治市" + place.name() + pick(random, VILLAGES) + "路" + (1 + random.nextInt(200)) + "号",
                        place.code(), person, idNumber(random, place.code()),
                        random.nextBoolean() ? person : pick(random, SURNAMES) + pick(random, GIVEN),
                        "0355-" + (5000000 + random.nextInt(4999999)), null, established(place.code(), made),
                        industryOf(name)));
                made++;
            }
        }
        return drafts;
    }

    /**
     * A 成立日期 from 1995 to 2026 derived from the place and the entity's number (not from the random source, so
     * the rest of the demo stays as it was); one entity in 25 has none, as registrations made before it was asked.
     */
    static String established(String placeCode, int made) {
        if (made % 25 == 24) {
            return null;
        }
        int days = Math.floorMod(placeCode.hashCode() * 31 + made * 7919, 11_300);
        return java.time.LocalDate.of(1995, 1, 1).plusDays(days).toString();
    }

    /**
     * The GB/T 4754 section the name's trade suggests (not from the random source, so the rest of the demo stays
     * as it was): 合作社 farm (A), 小吃店 catering (H), 印刷 and 种业 make things (C), 物流 transport (G), 电子科技 IT (I),
     * 文化传媒 culture (R), 维修部 services (O), 协会 organisations (S), the shops and traders retail (F).
     */
    static String industryOf(String name) {
        if (name.endsWith("合作社")) {
            return "A";
        }
        if (name.endsWith("协会")) {
            return "S";
        }
        String[][] byWord = {{"小吃店", "H"}, {"维修部", "O"}, {"印刷", "C"}, {"种业", "C"}, {"物流", "G"},
            {"电子科技", "I"}, {"文化传媒", "R"}};
        for (String[] w : byWord) {
            if (name.contains(w[0])) {
                return w[1];
            }
        }
        return "F";
    }

    private static EntityType typeFor(int dice) {
        if (dice < 50) {
            return EntityType.ENTERPRISE;
        }
        if (dice < 85) {
            return EntityType.INDIVIDUAL_BUSINESS;
        }
        return dice < 96 ? EntityType.FARMERS_COOPERATIVE : EntityType.OTHER_ORGANIZATION;
    }

    private static String nameFor(EntityType type, Place place, Random random, int index) {
        if (index == 0 && type == EntityType.ENTERPRISE) {
            return place.name() + "鑫源商贸有限公司";
        }
        return switch (type) {
            case ENTERPRISE -> place.name() + pick(random, WORDS) + pick(random, TRADES)
                    + (random.nextInt(4) == 0 ? "有限责任公司" : "有限公司");
            case INDIVIDUAL_BUSINESS -> place.name() + pick(random, SURNAMES) + "记" + pick(random, SHOPS);
            case FARMERS_COOPERATIVE -> place.name() + pick(random, VILLAGES) + pick(random, CROPS) + "种植专业合作社";
            case OTHER_ORGANIZATION -> place.name() + pick(random, ASSOCIATIONS);
        };
    }

    /** An invented number: the place's region, a birth date between 1960 and 1995, a random sequence. */
    private static String idNumber(Random random, String region) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 35));
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharFor(first17);
    }

    private static String withWrongCheckChar(String uscc) {
        char right = uscc.charAt(17);
        return uscc.substring(0, 17) + (right == 'A' ? 'B' : 'A');
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
