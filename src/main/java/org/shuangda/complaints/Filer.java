package org.shuangda.complaints;

/**
 * Who filed, as staff may see it: the kind, whether anonymous, the masks (张**, 138****5678). The ciphertexts
 * never leave the store ({@link FilerIdentity} decrypts them for the assigned handler only, with a reason).
 */
public record Filer(FilerKind kind, boolean anonymous, String nameMasked, String phoneMasked) {
}
