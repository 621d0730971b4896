package org.shuangda.complaints;

import java.util.Arrays;
import java.util.List;
import org.shuangda.shared.InvalidInput;

/** Where a filing came in; the API speaks the hotline numbers ("12315"), labels {@code filing.channel.NAME}. */
public enum Channel {
    HOTLINE_12315("12315"),
    HOTLINE_12365("12365"),
    HOTLINE_12330("12330"),
    HOTLINE_12312("12312"),
    HOTLINE_12390("12390"),
    WEB("WEB"),
    LETTER("LETTER"),
    VISIT("VISIT"),
    API("API");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isHotline() {
        return name().startsWith("HOTLINE_");
    }

    /** The channels an agent picks from on the hotline form. */
    public static List<Channel> agentChannels() {
        return Arrays.stream(values()).filter(c -> c != WEB && c != API).toList();
    }

    /** Accepts the code ("12315") or the enum name; anything else is a 422 on {@code channel}. */
    public static Channel parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("channel", "error.required");
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(v) || c.name().equalsIgnoreCase(v))
                .findFirst().orElseThrow(() -> new InvalidInput("channel", "filing.error.channel", v,
                        String.join(", ", Arrays.stream(values()).map(Channel::code).toList())));
    }
}
