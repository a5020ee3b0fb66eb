package org.cyberarms.advisor.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints a document's {@link Document#sheet() sheet} as RFC 4180 CSV: a header row, then one row per table
 * row; fields quoted when they hold a comma, quote or line break, quotes doubled; CRLF line ends. It starts
 * with a UTF-8 byte order mark so that spreadsheets read accented names and dashes as UTF-8.
 */
final class CsvBackend implements Backend {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");
    private static final String LINE_END = "\r\n";

    @Override
    public String render(Document document) {
        Block.Table sheet = document.sheet().orElseThrow(() -> new IllegalStateException(
                "'" + document.title() + "' is not a table; the command line refuses --format csv for it"));
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        out.append(sheet.columns().stream().map(c -> field(c.heading(), false)).collect(Collectors.joining(",")))
                .append(LINE_END);
        for (Block.Row row : sheet.rows()) {
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                fields.add(field(row.cells().get(c).text().plain(), sheet.columns().get(c).numeric()));
            }
            out.append(String.join(",", fields)).append(LINE_END);
        }
        return out.toString();
    }

    static String field(String value) {
        return field(value, false);
    }

    /**
     * @param numeric the column holds numbers: a number there ({@code -3}, {@code +0.5}) stays a number; any
     *                other value is guarded like text
     */
    static String field(String value, boolean numeric) {
        // A leading = + - @ (or a tab or carriage return before one) makes a spreadsheet run the cell as a
        // formula (CSV injection): a quote mark in front keeps it text. Ids, statuses and names never start
        // with one; free text from the files might.
        boolean number = numeric && NUMBER.matcher(value).matches();
        String safe = !number && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
