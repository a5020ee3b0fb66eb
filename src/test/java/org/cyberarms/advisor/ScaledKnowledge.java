package org.cyberarms.advisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid knowledge of any size, made from the bundled knowledge: element {@code n} (E0001, E0002, ...) is an
 * exact copy of bundled element number {@code n mod 16}, with its own id and "(copy of E03)" after its name.
 * So every generated element must reach the same conclusions as the bundled element it copies, which lets a
 * test check the answers for large knowledge as well as its cost.
 *
 * <p>The copy is made on the text of {@code elements.yaml}, so provenance, panels and comments are kept as
 * an analyst would have them. Used by the scale tests, and by {@code bench/scale.sh}:
 * {@code java -cp target/test-classes org.cyberarms.advisor.ScaledKnowledge 2000 target/scale/2000}.
 */
public final class ScaledKnowledge {

    private static final Pattern ENTRY_START = Pattern.compile("(?m)^  - id: (E[0-9]+)\\s*$");
    private static final Pattern NAME = Pattern.compile("(?m)^(    name: )(.*)$");

    private ScaledKnowledge() {}

    /** One generated element and the bundled element it copies. */
    public record Copy(String id, String copyOf) {}

    /**
     * Writes {@code count} elements, copied from {@code source}'s elements in turn, and {@code source}'s
     * maturity model into {@code target}. Returns which bundled element each generated one copies.
     */
    public static List<Copy> write(Path source, int count, Path target) throws IOException {
        String text = Files.readString(source.resolve("elements.yaml"));
        Matcher starts = ENTRY_START.matcher(text);
        List<Integer> offsets = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (starts.find()) {
            offsets.add(starts.start());
            ids.add(starts.group(1));
        }
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("no element entries in " + source.resolve("elements.yaml"));
        }
        offsets.add(text.length());
        int width = Math.max(4, String.valueOf(count).length());
        StringBuilder out = new StringBuilder(text.substring(0, offsets.get(0)));
        List<Copy> copies = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int original = (n - 1) % ids.size();
            String id = "E" + "0".repeat(width - String.valueOf(n).length()) + n;
            String entry = text.substring(offsets.get(original), offsets.get(original + 1)).stripTrailing() + "\n\n";
            entry = entry.replaceFirst("id: " + ids.get(original), "id: " + id);
            entry = NAME.matcher(entry).replaceFirst(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + " (copy of " + ids.get(original) + ")"));
            out.append(entry);
            copies.add(new Copy(id, ids.get(original)));
        }
        Files.createDirectories(target);
        Files.writeString(target.resolve("elements.yaml"), out);
        Files.copy(source.resolve("maturity-model.yaml"), target.resolve("maturity-model.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copies;
    }

    /** {@code ScaledKnowledge COUNT TARGET_DIR [SOURCE_DIR]}: writes COUNT elements copied from SOURCE_DIR (default knowledge). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScaledKnowledge COUNT TARGET_DIR [SOURCE_DIR]");
            System.exit(2);
        }
        Path source = Path.of(args.length > 2 ? args[2] : "knowledge");
        write(source, Integer.parseInt(args[0]), Path.of(args[1]));
    }
}
