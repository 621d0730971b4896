package org.shuangda.complaints;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings: the public form's limits (the key ring is the privacy module's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicLimits.class)
class ComplaintsConfiguration {
}
