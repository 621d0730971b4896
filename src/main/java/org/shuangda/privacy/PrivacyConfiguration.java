package org.shuangda.privacy;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key ring from {@code shuangda.privacy.keys.*}; when it names no key, from {@code shuangda.complaints.keys.*},
 * the names installations used while only filers' data was encrypted (their {@code SHUANGDA_COMPLAINTS_KEYS_*}
 * variables keep working, the key ids in the stored ciphertexts are the same).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    static final String KEYS = "shuangda.privacy.keys";
    static final String EARLIER_KEYS = "shuangda.complaints.keys";

    @Bean
    PersonalDataCipher personalDataCipher(Environment environment) {
        return new PersonalDataCipher(keys(environment), environment);
    }

    static PersonalDataCipher.PersonalDataKeys keys(Environment environment) {
        Binder binder = Binder.get(environment);
        Bindable<PersonalDataCipher.PersonalDataKeys> type = Bindable.of(PersonalDataCipher.PersonalDataKeys.class);
        PersonalDataCipher.PersonalDataKeys keys = binder.bind(KEYS, type).orElse(null);
        if (keys == null || keys.secrets().isEmpty()) {
            PersonalDataCipher.PersonalDataKeys earlier = binder.bind(EARLIER_KEYS, type).orElse(null);
            if (earlier != null && !earlier.secrets().isEmpty()) {
                return earlier;
            }
        }
        return keys == null ? new PersonalDataCipher.PersonalDataKeys(null, null) : keys;
    }
}
