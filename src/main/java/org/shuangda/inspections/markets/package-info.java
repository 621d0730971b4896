/**
 * 重点市场名录库: the key markets (wholesale markets, 集贸市场, shopping centres, online platforms) with their operator
 * (an entity of the directory), place, supervising unit, size, food-safety director (personal data, encrypted and
 * shown masked), goods and the inspection frequency required, and the sellers inside each. Read with
 * INSPECTION_VIEW, kept with INSPECTION_SETTINGS, both within the unit/region scope; every change audited. Part of
 * the inspections module; exposed as the named interface {@code markets} for the demo data.
 */
@org.springframework.modulith.NamedInterface("markets")
package org.shuangda.inspections.markets;
