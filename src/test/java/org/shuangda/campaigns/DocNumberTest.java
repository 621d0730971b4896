package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumberTest {

    @ParameterizedTest
    @CsvSource({
            "国办发〔2010〕50号, 国办发〔2010〕50号",
            "黎政办发[2010]108号, 黎政办发〔2010〕108号",
            "晋政办发【2011】 7 号, 晋政办发〔2011〕7号",
            "长政发(2010)第12号, 长政发〔2010〕12号"})
    void lenientShapesAreWrittenWithTheProperBrackets(String typed, String canonical) {
        assertThat(DocNumber.isValid(typed)).isTrue();
        assertThat(DocNumber.normalise(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"国办发2010年50号", "国办发〔10〕50号", "〔2010〕", "50号"})
    void otherTextIsNotADocumentNumber(String typed) {
        assertThat(DocNumber.isValid(typed)).isFalse();
    }

    @Test
    void blankMeansNone() {
        assertThat(DocNumber.isValid("  ")).isTrue();
        assertThat(DocNumber.normalise(null)).isNull();
    }
}
