package org.kenes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class MessagesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> SAME_IN_BOTH = Set.of("layout.brand", "layout.api", "index.title", "index.heading",
            "layout.language.en", "layout.language.ru", "members.export.pdf", "members.export.xlsx", "members.export.csv");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value");

    @Test
    void everyEnglishMessageHasARussianTwinAndNoMore() throws IOException {
        // given each module's English bundle and its Russian twin
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path english : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path russian = english.resolveSibling(english.getFileName().toString().replace(".properties", "_ru.properties"));

                // when their keys are compared, then they are the same
                assertThat(russian).as("Russian bundle for " + english).exists();
                assertThat(load(russian).stringPropertyNames()).as(russian.toString())
                        .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
                // and no Russian text is empty or left in English (names such as "Kenes" and "API" excepted)
                Properties englishTexts = load(english);
                load(russian).forEach((key, value) -> {
                    assertThat(value.toString()).as(russian + ": " + key).isNotBlank();
                    if (value.toString().chars().anyMatch(c -> Character.isLetter(c) && c < 0x250) && !SAME_IN_BOTH.contains(key.toString())) {
                        assertThat(value).as(russian + ": " + key + " looks untranslated").isNotEqualTo(englishTexts.get(key));
                    }
                });
            }
        }
    }

    @Test
    void templatesHoldNoLiteralTextOnlyMessageKeys() throws IOException {
        // given every page template
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
                // when its text is read, then each visible text comes from th:text or th:utext
                collect(document.root(), template, literals);
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        // given all English keys
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.filter(f -> !f.getFileName().toString().contains("_")).forEach(f -> keys.addAll(load(f).stringPropertyNames()));
        }
        // when the templates' literal keys are listed, then each exists
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = java.util.regex.Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]").matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void collect(Element element, Path template, List<String> literals) {
        if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors") || element.hasAttr("th:replace")
                && !element.tagName().equals("html")) {
            return;
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            if (element.hasAttr(attribute) && element.attr(attribute).chars().anyMatch(Character::isLetter)
                    && !element.tagName().equals("input")) {
                literals.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
            }
        }
        for (TextNode text : element.textNodes()) {
            if (text.text().chars().anyMatch(Character::isLetter)) {
                literals.add(template + ": <" + element.tagName() + "> " + text.text().strip());
            }
        }
        element.children().forEach(child -> collect(child, template, literals));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
