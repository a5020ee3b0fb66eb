package org.cyberarms.advisor.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Drools' build messages, written for Java programmers, into messages an analyst can act on: what is
 * wrong, at which line and column, and a hint where the mistake usually is. Drools rarely gives a column,
 * so it is found in the line's text.
 */
final class BuildMessages {

    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)", Pattern.DOTALL);
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "Unable to Analyse Expression (.*?):\\s*\\[Error: unable to resolve method using strict-mode: "
                    + "([\\w.$]+?)\\.([\\w$]+)\\(\\)\\]", Pattern.DOTALL);
    private static final Pattern BRACKET_LINE = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern RULE_NAME = Pattern.compile("\\[Rule name='([^']*)'\\]");
    private static final Pattern UNRESOLVED = Pattern.compile("([\\w$]+) cannot be resolved");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;?\\s*$");

    private BuildMessages() {}

    /**
     * A message placed at a line and column (0 when unknown). A follow-on problem only repeats the effect
     * of another one (a variable left unbound because its pattern failed): it is shown only when it is
     * the file's only problem.
     */
    record Placed(int line, int column, String message, boolean followOn) {
        Placed(int line, int column, String message) {
            this(line, column, message, false);
        }
    }

    static Placed explain(String text, int reportedLine, List<String> source) {
        Matcher parser = PARSER.matcher(text);
        if (parser.find()) {
            int line = Integer.parseInt(parser.group(1));
            int column = Integer.parseInt(parser.group(2)) + 1; // the parser counts columns from 0
            String message = "syntax error: " + firstLine(parser.group(3));
            Optional<String> hint = unclosedString(source, line).or(() -> unclosedParenthesis(source, line));
            return new Placed(line, column, message + hint.orElse(""));
        }
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find()) {
            String type = simpleName(field.group(2));
            String name = field.group(3);
            int line = lineFrom(text, reportedLine);
            if (name.startsWith("$")) {
                String message = "`" + name + "` is used but not bound by an earlier pattern.";
                if (line == 0) {
                    // Drools gives no line when the pattern that bound the variable was deleted: find the use.
                    Optional<int[]> use = unboundUse(source, field.group(1).strip(), name);
                    if (use.isPresent()) {
                        return new Placed(use.get()[0], use.get()[1], message, true);
                    }
                }
                return new Placed(line, 0, message, true);
            }
            String message = "`" + type + "` has no field `" + name + "` (in `" + field.group(1).strip() + "`)."
                    + fieldsOf(field.group(2)).map(f -> " Its fields are: " + f + ".").orElse("");
            return new Placed(line, columnOfWord(source, line, name), message);
        }
        Matcher type = UNKNOWN_TYPE.matcher(text);
        if (type.find()) {
            String name = type.group(1);
            String imported = importedTypes(source);
            String message = "unknown fact type `" + name + "`."
                    + (imported.isEmpty() ? "" : " This file imports: " + imported + ".")
                    + " Check the spelling, or add an import at the top of the file.";
            return new Placed(reportedLine, columnOfWord(source, reportedLine, name), message);
        }
        if (text.contains("NullPointerException") || text.contains("\tat ")) {
            Optional<Integer> open = firstLineWithOddQuotes(source);
            String message = "the rule file cannot be read"
                    + open.map(l -> ": line " + l + " opens a string (\") that is never closed").orElse("");
            return new Placed(open.orElse(reportedLine), 0, message);
        }
        String message = meaningfulLines(text);
        int line = lineFrom(text, reportedLine);
        Matcher unresolved = UNRESOLVED.matcher(text);
        if (unresolved.find()) {
            // Java reports an error in a rule's action at the rule's first line: find the word in the rule.
            Optional<int[]> at = findInRule(source, line, unresolved.group(1));
            if (at.isPresent()) {
                return new Placed(at.get()[0], at.get()[1], message, text.contains("to a variable"));
            }
        }
        return new Placed(line, 0, message, text.contains("cannot be resolved to a variable"));
    }

    /** Line and column of {@code word}, searched from {@code line} to the rule's {@code end}. */
    private static Optional<int[]> findInRule(List<String> source, int line, String word) {
        Pattern pattern = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int i = Math.max(1, line); i <= source.size(); i++) {
            Matcher m = pattern.matcher(source.get(i - 1));
            if (m.find()) {
                return Optional.of(new int[] {i, m.start() + 1});
            }
            if (i > line && source.get(i - 1).strip().equals("end")) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Line and column of {@code variable} on the first line that holds {@code expression} inside a rule that
     * binds no such variable ({@code $x :}), the rule Drools' message is about but does not name.
     */
    private static Optional<int[]> unboundUse(List<String> source, String expression, String variable) {
        Pattern binding = Pattern.compile(Pattern.quote(variable) + "\\s*:(?!:)");
        int ruleStart = 0;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            if (line.strip().startsWith("rule ")) {
                ruleStart = i;
            }
            int at = line.indexOf(expression);
            if (at < 0) {
                continue;
            }
            int ruleEnd = i;
            while (ruleEnd < source.size() - 1 && !source.get(ruleEnd).strip().equals("end")) {
                ruleEnd++;
            }
            boolean bound = source.subList(ruleStart, ruleEnd + 1).stream().anyMatch(l -> binding.matcher(l).find());
            if (!bound) {
                return Optional.of(new int[] {i + 1, line.indexOf(variable, at) + 1});
            }
        }
        return Optional.empty();
    }

    private static int lineFrom(String text, int reportedLine) {
        if (reportedLine > 0) {
            return reportedLine;
        }
        Matcher bracket = BRACKET_LINE.matcher(text);
        return bracket.find() ? Integer.parseInt(bracket.group(1)) : 0;
    }

    /** Drools' multi-line messages, without the internal lines, with the rule named once. */
    private static String meaningfulLines(String text) {
        Matcher rule = RULE_NAME.matcher(text);
        String ruleName = rule.find() ? rule.group(1) : null;
        String body = text.lines()
                .map(String::strip)
                .map(l -> l.replaceAll("\\s*:?\\s*\\[Rule name='[^']*'\\]", ""))
                .map(l -> l.replaceFirst("^Rule Compilation error\\s*:?\\s*", ""))
                .filter(l -> !l.isEmpty() && !l.startsWith("at "))
                .collect(Collectors.joining(" "));
        return (ruleName != null ? "in rule \"" + ruleName + "\": " : "") + body;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text).strip();
    }

    /** Hint for a common syntax mistake: a string opened on a line at or above the error and never closed. */
    private static Optional<String> unclosedString(List<String> source, int errorLine) {
        return firstLineWithOddQuotes(source)
                .filter(line -> line <= errorLine)
                .map(line -> ". Hint: line " + line + " opens a string (\") that it does not close.");
    }

    /** Hint for the most common syntax mistake: an unclosed parenthesis on the error line or just above. */
    private static Optional<String> unclosedParenthesis(List<String> source, int errorLine) {
        for (int line = errorLine; line >= Math.max(1, errorLine - 4); line--) {
            if (line > source.size()) {
                continue;
            }
            String text = withoutStrings(source.get(line - 1));
            long open = text.chars().filter(c -> c == '(').count();
            long close = text.chars().filter(c -> c == ')').count();
            if (open > close) {
                return Optional.of(". Hint: line " + line + " opens a '(' that it does not close.");
            }
            if (close > open) {
                return Optional.of(". Hint: line " + line + " closes a ')' that it did not open.");
            }
        }
        return Optional.empty();
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
    }

    private static Optional<Integer> firstLineWithOddQuotes(List<String> source) {
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i).replace("\\\"", "").replaceAll("//.*$", "");
            if (line.chars().filter(c -> c == '"').count() % 2 == 1) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static int columnOfWord(List<String> source, int line, String word) {
        if (line < 1 || line > source.size()) {
            return 0;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(source.get(line - 1));
        return m.find() ? m.start() + 1 : 0;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The fields a rule may name on a fact type: a record's components and public no-argument accessors. */
    private static Optional<String> fieldsOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, BuildMessages.class.getClassLoader());
            List<String> fields = new ArrayList<>();
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(fields::add);
            }
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                        && method.getDeclaringClass() == type && method.getReturnType() != void.class
                        && !fields.contains(method.getName())
                        && !List.of("hashCode", "toString").contains(method.getName())) {
                    fields.add(method.getName());
                }
            }
            return fields.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", fields));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String importedTypes(List<String> source) {
        return source.stream()
                .map(IMPORT::matcher)
                .filter(Matcher::matches)
                .map(m -> simpleName(m.group(1)))
                .collect(Collectors.joining(", "));
    }
}
