/**
 * Privacy: personal data at rest and the opening of a person's identity. Publishes {@link
 * org.shuangda.privacy.PersonalDataCipher} (SM4-GCM with one rotatable key ring, used by complaints for filers,
 * by cases for parties' ID numbers and by entities for legal representatives' ID numbers), {@link org.shuangda.privacy.EncryptedColumns} (what a module implements
 * so that {@link org.shuangda.privacy.PersonalDataKeyRotation} moves its ciphertexts to the current key) and
 * {@link org.shuangda.privacy.IdentityOpenings}: every opening of a tipster's identity or a party's (or legal representative's) full ID
 * number is stored with its reason and client address, audited, and listed for the unit head to review
 * (身份查看记录). Owns the table {@code identity_opening}. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = {"shared"})
package org.shuangda.privacy;
