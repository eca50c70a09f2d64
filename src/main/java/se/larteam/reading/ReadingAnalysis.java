package se.larteam.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How the library's text is analysed, per reading language: each language has its own fields ({@code title_sv},
 * {@code meta_sv}, {@code text_sv}, ...), so Swedish is stemmed as Swedish, English as English and Norwegian as
 * Norwegian. Swedish text is also split into compound parts when indexed (a hand-made list of parts,
 * {@code sv-compound-parts.txt}), so "utveckling" finds "skolutveckling"; the search words themselves are not split,
 * so "skolutveckling" does not find every text about schools.
 */
final class ReadingAnalysis {

    static final List<String> LANGUAGES = List.of("sv", "en", "no");
    /** The analysed fields per language, with their weight in a search. */
    static final Map<String, Float> TEXT_FIELDS = Map.of("title", 3f, "meta", 2f, "text", 1f);

    private ReadingAnalysis() {
    }

    static String field(String base, String language) {
        return base + "_" + language;
    }

    /** A reading's language as the index knows it: one of {@link #LANGUAGES}, Swedish when unknown. */
    static String language(String language) {
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(l) ? l : "sv";
    }

    /** For writing documents: Swedish with compound parts. */
    static Analyzer forIndexing() {
        return perLanguage(new SwedishAnalyzerWithParts(compoundParts()));
    }

    /** For the words searched for: Swedish without compound parts. */
    static Analyzer forSearching() {
        return perLanguage(new SwedishAnalyzerWithParts(null));
    }

    private static Analyzer perLanguage(Analyzer swedish) {
        Analyzer english = new EnglishAnalyzer();
        Analyzer norwegian = new NorwegianAnalyzer();
        Map<String, Analyzer> fields = new HashMap<>();
        for (String base : TEXT_FIELDS.keySet()) {
            fields.put(field(base, "sv"), swedish);
            fields.put(field(base, "en"), english);
            fields.put(field(base, "no"), norwegian);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    static CharArraySet compoundParts() {
        CharArraySet parts = new CharArraySet(200, true);
        try (InputStream in = ReadingAnalysis.class.getResourceAsStream("sv-compound-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("sv-compound-parts.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(parts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /**
     * Lucene's Swedish analysis (standard tokens, lower case, Swedish stop words, the Snowball Swedish stemmer) with,
     * when indexing, the parts of compounds added at the compound's position and with its offsets, so a highlight
     * marks the whole word.
     */
    private static final class SwedishAnalyzerWithParts extends Analyzer {
        private final CharArraySet parts;

        SwedishAnalyzerWithParts(CharArraySet parts) {
            this.parts = parts;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            if (parts != null) {
                // Words of 6+ letters are searched for parts of 3-20 letters; every part found is kept.
                result = new DictionaryCompoundWordTokenFilter(result, parts, 6, 3, 20, false);
            }
            result = new StopFilter(result, SwedishAnalyzer.getDefaultStopSet());
            result = new SnowballFilter(result, new SwedishStemmer());
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
