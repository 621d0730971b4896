package org.shuangda.complaints;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings: the key ring and the public form's limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FilerCipher.FilerKeys.class, PublicLimits.class})
class ComplaintsConfiguration {
}
