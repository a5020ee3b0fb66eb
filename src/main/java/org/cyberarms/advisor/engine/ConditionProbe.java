package org.cyberarms.advisor.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates single constraints of the analyst's rules against actual facts with the real engine: each
 * constraint becomes a small generated rule ({@code probe-N}) that matches one fact type with that constraint
 * alone and records its number in a global set. All probes go into one extra rule base; each fact is then
 * inserted alone into a session of it, and the probes that fire are the constraints the fact satisfies.
 * Variables bound by earlier patterns ({@code $id}) are replaced by each value they can take among the facts.
 */
final class ConditionProbe {

    static final Pattern BINDING_ONLY = Pattern.compile("^(\\$\\w+)\\s*:\\s*(\\w+)$");
    private static final Pattern LEADING_BINDING = Pattern.compile("^\\$\\w+\\s*:\\s*(?!=)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    private static final int MAX_VARIANTS = 64;

    private final Map<String, Integer> idByKey = new LinkedHashMap<>();
    private final Map<Object, Set<Integer>> passedByFact = new IdentityHashMap<>();
    private boolean usable = true;

    /** Builds probes for every constraint of {@code shapes} and evaluates them on every fact of {@code pool}. */
    static ConditionProbe run(List<RuleConditions.RuleShape> shapes, List<Object> pool) {
        ConditionProbe probe = new ConditionProbe();
        probe.evaluate(shapes, pool);
        return probe;
    }

    /** Whether {@code fact} satisfies {@code constraint} (already substituted); empty when not checkable. */
    Optional<Boolean> passes(Object fact, String objectType, String constraint) {
        Integer id = idByKey.get(objectType + "\u0000" + constraint);
        if (!usable || id == null || constraint.contains("$")) {
            return Optional.empty();
        }
        return Optional.of(passedByFact.getOrDefault(fact, Set.of()).contains(id));
    }

    /** The constraint without a leading {@code $x :} binding; the part that tests something. */
    static String test(String constraint) {
        return LEADING_BINDING.matcher(constraint).replaceFirst("");
    }

    private void evaluate(List<RuleConditions.RuleShape> shapes, List<Object> pool) {
        Map<String, Set<String>> values = variableValues(shapes, pool);
        Map<String, StringBuilder> drlByPackage = new LinkedHashMap<>();
        int file = 0;
        for (RuleConditions.RuleShape shape : shapes) {
            StringBuilder drl = new StringBuilder("package advisor.probes.p").append(file++).append(";\n");
            shape.imports().forEach(i -> drl.append("import ").append(i).append(";\n"));
            drl.append("global java.util.Set probes;\n");
            boolean any = false;
            for (RuleConditions.Condition c : shape.conditions()) {
                if (c.kind().equals("unchecked")) {
                    continue;
                }
                for (String constraint : c.constraints()) {
                    if (BINDING_ONLY.matcher(constraint).matches()) {
                        continue;
                    }
                    for (String variant : variants(test(constraint), values)) {
                        String key = c.objectType() + "\u0000" + variant;
                        if (!idByKey.containsKey(key)) {
                            int id = idByKey.size() + 1;
                            idByKey.put(key, id);
                            drl.append("rule \"probe-").append(id).append("\"\nwhen\n    ").append(c.objectType())
                                    .append("( ").append(variant).append(" )\nthen\n    probes.add(").append(id)
                                    .append(");\nend\n");
                            any = true;
                        }
                    }
                }
            }
            if (any) {
                drlByPackage.put("p" + file, drl);
            }
        }
        if (drlByPackage.isEmpty()) {
            return;
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        drlByPackage.forEach((name, drl) -> kfs.write(services.getResources()
                .newByteArrayResource(drl.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .setSourcePath("src/main/resources/advisor/probes/" + name + ".drl")
                .setResourceType(ResourceType.DRL)));
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            usable = false; // a constraint Drools cannot evaluate on its own: report it as unchecked
            return;
        }
        KieBase kieBase = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        for (Object fact : pool) {
            KieSession session = kieBase.newKieSession();
            try {
                Set<Integer> passed = new HashSet<>();
                session.setGlobal("probes", passed);
                session.insert(fact);
                session.fireAllRules();
                passedByFact.put(fact, passed);
            } finally {
                session.dispose();
            }
        }
    }

    /** For each variable a rule binds to a field ({@code $id : elementId}), the values that field has in the pool. */
    private static Map<String, Set<String>> variableValues(List<RuleConditions.RuleShape> shapes, List<Object> pool) {
        Map<String, Set<String>> values = new HashMap<>();
        for (RuleConditions.RuleShape shape : shapes) {
            for (RuleConditions.Condition c : shape.conditions()) {
                for (String constraint : c.constraints()) {
                    Matcher m = BINDING_ONLY.matcher(constraint);
                    if (!m.matches()) {
                        continue;
                    }
                    for (Object fact : pool) {
                        if (fact.getClass().getSimpleName().equals(c.objectType())) {
                            field(fact, m.group(2)).flatMap(ConditionProbe::literal)
                                    .ifPresent(v -> values.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(v));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static List<String> variants(String constraint, Map<String, Set<String>> values) {
        List<String> done = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(constraint));
        while (!todo.isEmpty() && done.size() < MAX_VARIANTS) {
            String text = todo.remove(0);
            Matcher m = VARIABLE.matcher(text);
            if (!m.find()) {
                done.add(text);
                continue;
            }
            String variable = m.group();
            Set<String> candidates = values.getOrDefault(variable, Set.of());
            for (String value : candidates) {
                todo.add(substitute(text, variable, value));
            }
        }
        return done;
    }

    static String substitute(String text, String variable, String literal) {
        return text.replaceAll(Pattern.quote(variable) + "(?!\\w)", Matcher.quoteReplacement(literal));
    }

    /** A DRL literal for a field value, when it has one. */
    static Optional<String> literal(Object value) {
        if (value instanceof String s) {
            return Optional.of("\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(String.valueOf(value));
        }
        return Optional.empty();
    }

    /** The value of a public no-argument accessor of a fact ({@code status} -> {@code status()}). */
    static Optional<Object> field(Object fact, String name) {
        try {
            Method m = fact.getClass().getMethod(name);
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
                return Optional.empty();
            }
            return Optional.ofNullable(m.invoke(fact));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
