package org.cyberarms.advisor.knowledge;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The checked entries of one YAML mapping, in file order: every key is a known, unique word. Produced by
 * {@link NodeReader#fields}, which has already reported unknown, duplicate and missing keys.
 */
public final class Fields {

    /** One {@code key: value} pair; the key keeps its own position for problems about the key. */
    public record Entry(String name, ScalarNode key, Node value) {}

    private final MappingNode mapping;
    private final List<Entry> entries;

    Fields(MappingNode mapping, List<Entry> entries) {
        this.mapping = mapping;
        this.entries = List.copyOf(entries);
    }

    public MappingNode mapping() {
        return mapping;
    }

    /** The accepted entries, in file order (unknown and repeated keys left out). */
    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Node> value(String name) {
        return entry(name).map(Entry::value);
    }
}
