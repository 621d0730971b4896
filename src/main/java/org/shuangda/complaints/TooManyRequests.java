package org.shuangda.complaints;

/** A client address used up its allowance on a public page: 429 with a readable message. */
public class TooManyRequests extends RuntimeException {

    private final String messageCode;

    public TooManyRequests(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
