package org.kenes.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The library's texts mix Russian and English, often in one title, so one analyzer serves both: the Russian stemmer
 * leaves Latin words alone and the English one Cyrillic words. A query in either language, or both, then finds
 * every form of its words ("мигрант" finds "мигрантов", "migrant" finds "migrants").
 */
public class LibraryAnalysis implements LuceneAnalysisConfigurer {

    static final String MULTILINGUAL = "multilingual";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(MULTILINGUAL).instance(new Multilingual());
    }

    static final class Multilingual extends Analyzer {

        private static final CharArraySet STOP_WORDS = stopWords();

        private static CharArraySet stopWords() {
            CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
            words.addAll(RussianAnalyzer.getDefaultStopSet());
            return CharArraySet.unmodifiableSet(words);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            // "ё" is written as "е" as often as not
            stream = new PatternReplaceFilter(stream, java.util.regex.Pattern.compile("ё"), "е", true);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new SnowballFilter(stream, new RussianStemmer());
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
