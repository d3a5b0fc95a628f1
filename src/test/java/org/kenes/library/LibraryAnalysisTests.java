package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The one analyzer for both languages: each word reduced to its stem, the other language's words left alone. */
class LibraryAnalysisTests {

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = new LibraryAnalysis.Multilingual(); TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void russianFormsOfAWordShareTheirStem() throws IOException {
        assertThat(terms("мигрант мигрантов Мигрантам мигранты")).containsOnly(terms("мигрант").getFirst());
        assertThat(terms("домохозяйство домохозяйств")).containsOnly(terms("домохозяйство").getFirst());
    }

    @Test
    void englishFormsOfAWordShareTheirStem() throws IOException {
        assertThat(terms("migrant migrants Migrants")).containsOnly("migrant");
        assertThat(terms("returning returns")).containsOnly("return");
    }

    @Test
    void eachStemmerLeavesTheOtherLanguageAlone() throws IOException {
        assertThat(terms("labour мигрантов")).containsExactly("labour", "мигрант");
    }

    @Test
    void stopWordsOfBothLanguagesAreDropped() throws IOException {
        assertThat(terms("права и обязанности of the migrants")).doesNotContain("и", "of", "the");
    }

    @Test
    void yoIsReadAsYe() throws IOException {
        assertThat(terms("учёт")).isEqualTo(terms("учет"));
    }
}
