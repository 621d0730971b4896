package org.shuangda.entities;

/**
 * A market entity as the public portal may show it (一公开): name (an 个体工商户 registered under a bare personal
 * name shows the family name only, 张某某), USCC, kind and place; never a legal representative, an ID number, an
 * address or a phone.
 */
public record PublicEntity(long id, String name, String uscc, EntityType type, String regionName, String regionPath) {
}
