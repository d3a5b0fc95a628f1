package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void marksRemovedAndAddedWordsAndKeepsTheRest() {
        // given two versions of a sentence
        String before = "The Network calls for decent work.";
        String after = "The Network strongly calls for decent work and social protection.";

        // when compared
        String html = WordDiff.html(before, after);

        // then the added words are marked, the unchanged ones (the full stop too) kept as they were
        assertThat(html).isEqualTo("The Network <ins>strongly </ins>calls for decent work<ins> and social protection</ins>.");
    }

    @Test
    void comparesRussianWordsAndEscapesMarkup() {
        // given a Russian text with something that looks like markup
        String before = "Сеть призывает <b>к труду</b>";
        String after = "Сеть настоятельно призывает <b>к труду</b>";

        // when compared, then the words are compared as words and nothing of the text becomes markup
        String html = WordDiff.html(before, after);
        assertThat(html).isEqualTo("Сеть <ins>настоятельно </ins>призывает &lt;b&gt;к труду&lt;/b&gt;");
        assertThat(WordDiff.differ(before, before)).isFalse();
    }

    @Test
    void aCommaAddedAfterAWordLeavesTheWordUnchanged() {
        // the space both texts share stays unmarked between the two additions, so either text reads whole
        assertThat(WordDiff.html("droughts and floods", "droughts, water scarcity and floods"))
                .isEqualTo("droughts<ins>,</ins> <ins>water scarcity </ins>and floods");
    }

    @Test
    void aFirstVersionIsAllNew() {
        assertThat(WordDiff.html("", "Joint statement")).isEqualTo("<ins>Joint statement</ins>");
    }
}
