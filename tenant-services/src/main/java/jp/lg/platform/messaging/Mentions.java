package jp.lg.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions of a message, resolved: people by Keycloak user id, whole towns by LG code, or
 * everyone ({@code @all}); {@code unknown} lists the mentions that named nobody in the channel.
 *
 * <p>In the text a mention is {@code @} (not preceded by a letter or digit, so e-mail addresses are
 * not mentions) and then: {@code all}; a username ({@code @saijo.staff}, it has a dot); a six-digit
 * LG code ({@code @382060}); or a town's English name in lower case ({@code @saijo}).
 */
public record Mentions(List<String> userIds, List<String> tenantCodes, boolean all, List<String> unknown) {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9][A-Za-z0-9._-]*)");

    public Mentions {
        userIds = List.copyOf(userIds);
        tenantCodes = List.copyOf(tenantCodes);
        unknown = List.copyOf(unknown);
    }

    /** The distinct mentions written in {@code text}, without the {@code @}, in order; trailing dots dropped. */
    public static List<String> written(String text) {
        LinkedHashSet<String> tokens = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String token = m.group(1).replaceAll("[.\\-_]+$", "");
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return new ArrayList<>(tokens);
    }

    /** How a written mention is read: which of the four forms it has. */
    public enum Form {
        ALL, USERNAME, LG_CODE, TOWN_NAME;

        public static Form of(String token) {
            if (token.equals("all")) {
                return ALL;
            }
            if (token.matches("[0-9]{6}")) {
                return LG_CODE;
            }
            return token.contains(".") ? USERNAME : TOWN_NAME;
        }
    }
}
