package org.kenes.statements;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The readable difference between two texts, word by word: what was removed in {@code <del>}, what was added in
 * {@code <ins>}, the rest as it was. Everything is HTML-escaped, so the result can be shown as it is.
 */
final class WordDiff {

    /**
     * A word (letters and digits, with inner hyphens and apostrophes), a run of white space (kept, so line breaks
     * survive), or any other single character, so a comma added after a word leaves the word itself unchanged.
     */
    private static final Pattern TOKENS = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}]+(?:['\u2019-][\\p{L}\\p{N}\\p{M}]+)*|\\S");

    private WordDiff() {
    }

    static String html(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(html, from.subList(position, start), null);
            append(html, delta.getSource().getLines(), "del");
            append(html, delta.getTarget().getLines(), "ins");
            position = start + delta.getSource().size();
        }
        append(html, from.subList(position, from.size()), null);
        return html.toString();
    }

    /** Whether the two texts differ at all. */
    static boolean differ(String before, String after) {
        return !tokens(before).equals(tokens(after));
    }

    private static void append(StringBuilder html, List<String> tokens, String tag) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = HtmlUtils.htmlEscape(String.join("", tokens), "UTF-8");
        html.append(tag == null ? text : "<" + tag + ">" + text + "</" + tag + ">");
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
