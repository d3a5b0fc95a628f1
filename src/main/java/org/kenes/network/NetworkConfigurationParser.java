package org.kenes.network;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.kenes.network.NetworkConfiguration.CoChairPosition;
import org.kenes.network.NetworkConfiguration.Counterpart;
import org.kenes.network.NetworkConfiguration.DecisionRule;
import org.kenes.network.NetworkConfiguration.MeetingCadence;
import org.kenes.network.NetworkConfiguration.MeetingRules;
import org.kenes.network.NetworkConfiguration.Named;
import org.kenes.network.NetworkConfiguration.Objective;
import org.kenes.network.NetworkConfiguration.Secretariat;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.LocalizedText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a ToR configuration file. It works on the YAML node tree rather than binding objects, so every refusal can
 * name the line and the field that the person editing the file has to fix.
 */
final class NetworkConfigurationParser {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Set<String> LANGUAGES = Set.of("en", "ru", "kk", "tk");

    private NetworkConfigurationParser() {
    }

    static NetworkConfiguration parse(String file, String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new InvalidNetworkConfiguration(file, line, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidNetworkConfiguration(file, 1, null, "not readable as YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InvalidNetworkConfiguration(file, 1, null, "the file is empty");
        }
        Section top = Section.of(file, "", root);
        NetworkConfiguration configuration = new NetworkConfiguration(
                top.matching("slug", SLUG, "use lower-case letters, digits and dashes, for example 'kazakhstan'"),
                top.localized("name"),
                top.localized("short-name"),
                top.matching("country", Pattern.compile("[A-Z]{2}"), "use the ISO 3166 two-letter code, for example 'KZ'"),
                top.zone("time-zone"),
                top.has("launched") ? top.yearMonth("launched") : null,
                top.list("languages", (item, path) -> {
                    String language = Section.scalar(file, path, item).toLowerCase(Locale.ROOT);
                    if (!LANGUAGES.contains(language)) {
                        throw Section.problem(file, path, item, "unknown language '" + language + "'; use en, ru, kk or tk");
                    }
                    return language;
                }),
                top.localized("mission"),
                objectives(file, top),
                top.list("guiding-frameworks", (item, path) -> named(file, path, item)),
                top.list("government-counterparts", (item, path) -> {
                    Section counterpart = Section.of(file, path, item);
                    Counterpart value = new Counterpart(counterpart.code("code"), counterpart.localized("name"),
                            counterpart.flag("consulted-on-state-matters"));
                    counterpart.done();
                    return value;
                }),
                exactlyTwo(top, top.list("co-chairs", (item, path) -> {
                    Section position = Section.of(file, path, item);
                    CoChairPosition value = new CoChairPosition(position.code("code"), position.localized("title"),
                            position.code("organisation"));
                    position.done();
                    return value;
                })),
                secretariat(top.section("secretariat")),
                nonEmpty(top, "members", top.list("members", (item, path) -> code(file, path, item))),
                top.has("membership-open-to") ? top.localized("membership-open-to") : null,
                meetings(top.section("meetings")),
                top.choice("decision-rule", DecisionRule.class),
                top.choice("default-information-level", InformationLevel.class),
                top.has("regional-processes")
                        ? top.list("regional-processes", (item, path) -> named(file, path, item))
                        : List.of(),
                top.has("member-list-sharing")
                        ? top.choice("member-list-sharing", NetworkConfiguration.SharingCadence.class)
                        : NetworkConfiguration.SharingCadence.QUARTERLY);
        top.done();
        return configuration;
    }

    private static List<Objective> objectives(String file, Section top) {
        List<Objective> objectives = top.list("objectives", (item, path) -> {
            Section objective = Section.of(file, path, item);
            Objective value = new Objective(objective.number("number"), objective.localized("text"));
            objective.done();
            return value;
        });
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i).number() != i + 1) {
                throw top.problemAt("objectives[" + i + "].number", top.listItem("objectives", i),
                        "objectives must be numbered 1, 2, 3 ... in order; expected " + (i + 1));
            }
        }
        return nonEmpty(top, "objectives", objectives);
    }

    private static <T> List<T> nonEmpty(Section top, String key, List<T> values) {
        if (values.isEmpty()) {
            throw top.problemAt(key, top.node(key), "must list at least one entry");
        }
        return values;
    }

    private static List<CoChairPosition> exactlyTwo(Section top, List<CoChairPosition> coChairs) {
        if (coChairs.size() != 2) {
            throw top.problemAt("co-chairs", top.node("co-chairs"),
                    "a network has two co-chair positions; found " + coChairs.size());
        }
        return coChairs;
    }

    private static Named named(String file, String path, Node item) {
        Section named = Section.of(file, path, item);
        Named value = new Named(named.code("code"), named.localized("name"));
        named.done();
        return value;
    }

    private static String code(String file, String path, Node item) {
        String value = Section.scalar(file, path, item);
        if (!CODE.matcher(value).matches()) {
            throw Section.problem(file, path, item, "'" + value + "' is not a code; use letters, digits and dashes");
        }
        return value;
    }

    private static Secretariat secretariat(Section section) {
        Secretariat secretariat = new Secretariat(section.code("organisation"), section.localized("office"));
        section.done();
        return secretariat;
    }

    private static MeetingRules meetings(Section section) {
        MeetingRules rules = new MeetingRules(section.choice("cadence", MeetingCadence.class),
                section.flag("on-request-of-members"), section.flag("in-conjunction-with-unct"),
                section.flag("annual-network-meeting"));
        section.done();
        return rules;
    }

    /** One YAML mapping, with the keys read so far, so that unknown keys (often typos) are refused. */
    private static final class Section {

        private final String file;
        private final String path;
        private final MappingNode node;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
        private final Set<String> read = new LinkedHashSet<>();

        private Section(String file, String path, MappingNode node) {
            this.file = file;
            this.path = path;
            this.node = node;
            for (NodeTuple tuple : node.getValue()) {
                String key = scalar(file, path, tuple.getKeyNode());
                if (entries.put(key, tuple) != null) {
                    throw problem(file, join(path, key), tuple.getKeyNode(), "appears twice");
                }
            }
        }

        static Section of(String file, String path, Node node) {
            if (node instanceof MappingNode mapping) {
                return new Section(file, path, mapping);
            }
            throw problem(file, path, node, "expected a mapping of fields");
        }

        static String scalar(String file, String path, Node node) {
            if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank() && !Tag.NULL.equals(scalar.getTag())) {
                return scalar.getValue().strip();
            }
            throw problem(file, path, node, node instanceof ScalarNode ? "must not be empty" : "expected a single value");
        }

        static InvalidNetworkConfiguration problem(String file, String path, Node node, String problem) {
            return new InvalidNetworkConfiguration(file, node.getStartMark().getLine() + 1, path, problem);
        }

        InvalidNetworkConfiguration problemAt(String key, Node at, String problem) {
            return problem(file, join(path, key), at, problem);
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        Node node(String key) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                throw problem(file, join(path, key), node, "is missing");
            }
            read.add(key);
            return tuple.getValueNode();
        }

        Node listItem(String key, int index) {
            return ((SequenceNode) node(key)).getValue().get(index);
        }

        String text(String key) {
            return scalar(file, join(path, key), node(key));
        }

        String matching(String key, Pattern pattern, String advice) {
            String value = text(key);
            if (!pattern.matcher(value).matches()) {
                throw problem(file, join(path, key), node(key), "'" + value + "' is not valid; " + advice);
            }
            return value;
        }

        String code(String key) {
            return NetworkConfigurationParser.code(file, join(path, key), node(key));
        }

        int number(String key) {
            String value = text(key);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw problem(file, join(path, key), node(key), "'" + value + "' is not a whole number");
            }
        }

        boolean flag(String key) {
            String value = text(key);
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw problem(file, join(path, key), node(key), "'" + value + "' must be true or false");
            };
        }

        ZoneId zone(String key) {
            String value = text(key);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw problem(file, join(path, key), node(key), "'" + value + "' is not a time zone such as Asia/Almaty");
            }
        }

        YearMonth yearMonth(String key) {
            String value = text(key);
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw problem(file, join(path, key), node(key), "'" + value + "' must be a year and month such as 2020-03");
            }
        }

        <E extends Enum<E>> E choice(String key, Class<E> type) {
            String value = text(key);
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
                throw problem(file, join(path, key), node(key), "'" + value + "' is not one of " + allowed);
            }
        }

        LocalizedText localized(String key) {
            Section text = Section.of(file, join(path, key), node(key));
            LocalizedText value = LocalizedText.of(text.text("en"), text.text("ru"));
            text.done();
            return value;
        }

        Section section(String key) {
            return Section.of(file, join(path, key), node(key));
        }

        <T> List<T> list(String key, BiFunction<Node, String, T> item) {
            Node value = node(key);
            if (!(value instanceof SequenceNode sequence)) {
                throw problem(file, join(path, key), value, "expected a list");
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(item.apply(sequence.getValue().get(i), join(path, key) + "[" + i + "]"));
            }
            return List.copyOf(items);
        }

        void done() {
            for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
                if (!read.contains(entry.getKey())) {
                    throw problem(file, join(path, entry.getKey()), entry.getValue().getKeyNode(), "is not a known field");
                }
            }
        }
    }
}
