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
import java.util.stream.Stream;

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

        Placed asFollowOn() {
            return new Placed(line, column, message, true);
        }
    }

    /** A message that is a stack trace of Drools' own, not a message about the file. */
    static boolean isInternal(String text) {
        return text.contains("NullPointerException") || text.contains("\tat ");
    }

    static Placed explain(String text, int reportedLine, List<String> source) {
        Matcher parser = PARSER.matcher(text);
        if (parser.find()) {
            int line = Integer.parseInt(parser.group(1));
            int column = Integer.parseInt(parser.group(2)) + 1; // the parser counts columns from 0
            String message = "syntax error: " + plainSyntax(firstLine(parser.group(3)));
            return new Placed(line, column, message + unclosedParenthesis(source, line).orElse(""));
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
        if (isInternal(text)) {
            return new Placed(reportedLine, 0, "the rule file cannot be read from here on; look for a quote,"
                    + " bracket or comment left open");
        }
        String message = plain(meaningfulLines(text));
        int line = lineFrom(text, reportedLine);
        Matcher unresolved = UNRESOLVED.matcher(text);
        if (unresolved.find()) {
            Optional<int[]> at = findInRule(source, line, unresolved.group(1));
            if (at.isPresent()) {
                return new Placed(at.get()[0], at.get()[1], message, text.contains("to a variable"));
            }
        }
        return new Placed(line, 0, message, text.contains("cannot be resolved to a variable"));
    }

    /** An import Drools could not resolve; Drools places it at line 1, the import's own line is found here. */
    static Placed explainImport(String text, List<String> source) {
        Matcher m = Pattern.compile("Error importing : '([^']+)'").matcher(text);
        String name = m.find() ? m.group(1) : "";
        for (int i = 0; i < source.size(); i++) {
            Matcher line = IMPORT.matcher(source.get(i));
            if (line.matches() && line.group(1).equals(name)) {
                int column = source.get(i).indexOf(name) + name.lastIndexOf('.') + 2;
                return new Placed(i + 1, column, "cannot import `" + name + "`: there is no such type."
                        + " Check the spelling of `" + simpleName(name) + "` and of the package before it");
            }
        }
        return new Placed(0, 0, "cannot import `" + name + "`: there is no such type; check its spelling");
    }

    /*
     * Drools compiles a rule's action as a Java method whose first line is line 9 of the generated source
     * (Drools 10's javaRule template), starting at the action's first word after `then`. The Java compiler's
     * line there, counted from that word's line, is the line in the rule file.
     */
    private static final int FIRST_ACTION_LINE_GENERATED = 9;
    private static final Pattern UNDEFINED_METHOD =
            Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The method (\\w+)\\((.*?)\\) in the type (\\w+) is not applicable for the arguments \\((.*?)\\)");
    private static final Pattern TYPE_MISMATCH = Pattern.compile("Type mismatch: cannot convert from (\\S+) to (\\S+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![=!<>])=(?!=)");
    private static final Pattern INSERT_TOKEN = Pattern.compile("Syntax error, insert \"(.+?)\" to complete");
    private static final Pattern ON_TOKEN = Pattern.compile("Syntax error on tokens?( \"(.+?)\")?, (.*)");

    /** A problem the Java compiler found in a rule's action, placed at its line and column in the action. */
    static Placed explainAction(String text, BuildError.InAction action, List<String> source) {
        int line = action.generatedLine() >= FIRST_ACTION_LINE_GENERATED
                ? firstActionLine(source, action.thenLine()) + action.generatedLine() - FIRST_ACTION_LINE_GENERATED
                : conditionLine(text, action, source); // an eval(...) condition, generated above the action
        if (line < action.ruleLine() || line > source.size()) {
            line = action.ruleLine(); // not found: at least the right rule
        }
        String code = line >= 1 && line <= source.size() ? withoutComment(source.get(line - 1)) : "";
        Matcher m = UNDEFINED_METHOD.matcher(text);
        if (m.find() && m.group(3).startsWith("Rule_")) {
            // Called without an object: Java looked for it in the class Drools generated for the rule.
            return new Placed(line, wordColumn(code, m.group(1)), "`" + m.group(1) + "` is not known here: no"
                    + " function of that name is declared in the rule files; check the spelling");
        }
        if (m.find(0)) {
            String type = m.group(3);
            return new Placed(line, wordColumn(code, m.group(1)), "`" + m.group(1) + "` is not known here: `" + type
                    + "` has no `" + m.group(1) + "`." + qualified(source, type).flatMap(BuildMessages::fieldsOf)
                    .map(f -> " Its fields are: " + f + ".").orElse(""));
        }
        m = NOT_APPLICABLE.matcher(text);
        if (m.find()) {
            return new Placed(line, wordColumn(code, m.group(1)), "`" + m.group(1) + "` cannot take "
                    + (m.group(4).isEmpty() ? "nothing" : kinds(m.group(4))) + " here: it expects "
                    + (m.group(2).isEmpty() ? "nothing" : kinds(m.group(2))));
        }
        m = UNRESOLVED.matcher(text);
        if (m.find()) {
            String word = m.group(1);
            String hint = text.contains("to a type")
                    ? "check the spelling, or import it at the top of the file"
                    : word.startsWith("$") ? "bind it in the rule's conditions first (e.g. `" + word + " : Assessment(...)`)"
                    : "check the spelling";
            return new Placed(line, wordColumn(code, word), "`" + word + "` is not known here: " + hint,
                    text.contains("to a variable"));
        }
        m = TYPE_MISMATCH.matcher(text);
        if (m.find()) {
            Matcher assignment = ASSIGNMENT.matcher(code); // the value assigned is what has the wrong type
            int column = assignment.find() ? firstNonBlank(code, assignment.end()) : firstNonBlank(code, 0);
            return new Placed(line, column, kind(m.group(1)) + " cannot be used where " + kind(m.group(2))
                    + " is expected");
        }
        m = INSERT_TOKEN.matcher(text);
        if (m.find()) {
            String missing = m.group(1);
            int end = code.stripTrailing().length();
            return missing.equals(";")
                    ? new Placed(line, end + 1, "a `;` is missing at the end of this line: each statement of an"
                            + " action ends with `;`")
                    : new Placed(line, end + 1, "`" + missing + "` is missing here");
        }
        m = ON_TOKEN.matcher(text);
        if (m.find()) {
            String token = m.group(2);
            String what = m.group(3).replace("delete this token", "remove it").replace("delete these tokens", "remove them");
            return new Placed(line, token == null ? firstNonBlank(code, 0) : wordColumn(code, token),
                    "the action cannot be read here" + (token == null ? "" : " at `" + token + "`") + ": " + what);
        }
        return new Placed(line, firstNonBlank(code, 0), "in this action: " + plain(text));
    }

    /** The line of a Java problem in a rule's conditions: the first line naming the word it is about, or an eval. */
    private static int conditionLine(String text, BuildError.InAction action, List<String> source) {
        Optional<String> word = Stream.of(UNDEFINED_METHOD, NOT_APPLICABLE, UNRESOLVED)
                .map(p -> p.matcher(text)).filter(Matcher::find).map(m -> m.group(1)).findFirst();
        Pattern eval = Pattern.compile("(?<![\\w$])eval\\s*\\(");
        int evalLine = 0;
        for (int i = action.ruleLine(); i < action.thenLine() && i <= source.size(); i++) {
            String code = withoutComment(source.get(i - 1));
            if (word.isPresent() && wordColumn(code, word.get()) > 0 && code.contains(word.get())) {
                return i;
            }
            if (evalLine == 0 && eval.matcher(code).find()) {
                evalLine = i;
            }
        }
        return evalLine > 0 ? evalLine : action.ruleLine();
    }

    /** The parser's words (ANTLR's) said plainly. */
    private static String plainSyntax(String text) {
        return text
                .replaceAll("^mismatched input '(<EOF>|<eof>|)'", "the file ends before this rule is complete")
                .replaceAll("^mismatched input '([^']*)'", "unexpected `$1`")
                .replaceAll("^no viable alternative at input '([^']*)'", "`$1` cannot be read here")
                .replaceAll("^extraneous input '([^']*)' expecting (.*?)( in rule|$)", "unexpected `$1` (expected $2)$3")
                .replaceAll("^missing (\\S+) at '([^']*)'", "`$1` is missing before `$2`");
    }

    /** The line of the first word of a rule's action: on the `then` line itself, or the first line after it. */
    private static int firstActionLine(List<String> source, int thenLine) {
        if (thenLine < 1 || thenLine > source.size()) {
            return thenLine;
        }
        Matcher then = Pattern.compile("(?<![\\w$])then(?![\\w$])").matcher(source.get(thenLine - 1));
        if (then.find() && !source.get(thenLine - 1).substring(then.end()).isBlank()) {
            return thenLine;
        }
        for (int i = thenLine + 1; i <= source.size(); i++) {
            if (!source.get(i - 1).isBlank()) {
                return i;
            }
        }
        return thenLine;
    }

    private static String withoutComment(String line) {
        int comment = withoutStrings(line).indexOf("//");
        return comment >= 0 ? line.substring(0, comment) : line;
    }

    private static int wordColumn(String code, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(code);
        return m.find() ? m.start() + 1 : firstNonBlank(code, 0);
    }

    private static int firstNonBlank(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            if (!Character.isWhitespace(code.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A Java type in words: what kind of value it is. */
    private static String kind(String javaType) {
        String type = simpleName(javaType);
        return switch (type) {
            case "int", "long", "short", "byte", "double", "float", "Integer", "Long", "Short", "Byte", "Double",
                    "Float", "BigDecimal", "BigInteger", "Number" -> "a number";
            case "String", "CharSequence" -> "text";
            case "char", "Character" -> "a single character";
            case "boolean", "Boolean" -> "a yes/no value (true or false)";
            case "List", "Collection", "Set" -> "a list";
            case "void" -> "nothing";
            default -> "a `" + type.replaceAll("<.*>", "") + "`";
        };
    }

    private static String kinds(String javaTypes) {
        return Arrays.stream(javaTypes.split(",")).map(String::strip).map(BuildMessages::kind)
                .collect(Collectors.joining(", "));
    }

    /** The fully qualified name of a type the file imports by its simple name. */
    private static Optional<String> qualified(List<String> source, String simpleName) {
        return source.stream().map(IMPORT::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .filter(name -> name.endsWith("." + simpleName)).findFirst();
    }

    /**
     * Drools' and Java's words made plain for an analyst: no generated class names, no package prefixes,
     * no exception names.
     */
    static String plain(String text) {
        return text
                .replaceAll("Rule_[\\w$]+", "the rule's action")
                .replaceAll("\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)", "$1")
                .replaceAll("\\b\\w*(Exception|Error)\\b(?! importing)", "a failure")
                .replace("cannot be resolved to a variable", "is not known here")
                .replace("cannot be resolved to a type", "is not a known type")
                .replace("cannot be resolved", "is not known here");
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
