/**
 * 两法衔接: transfers of suspected crimes to the police (国务院令第310号) with their clocks, the criminal threshold
 * table that prompts the officer, the prosecutor's oversight (cases above a threshold never transferred, 建议移送
 * opinions) and the case figures offered to reporting. Part of the cases module; exposed as the named interface
 * {@code transfer} for the demo data.
 */
@org.springframework.modulith.NamedInterface("transfer")
package org.shuangda.cases.transfer;
