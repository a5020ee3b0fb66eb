package org.cyberarms.advisor.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a document's {@link Document#sheet() sheet} as RFC 4180 CSV: a header row, then one row per table
 * row; fields quoted when they hold a comma, quote or line break, quotes doubled; CRLF line ends. It starts
 * with a UTF-8 byte order mark so that spreadsheets read accented names and dashes as UTF-8.
 */
final class CsvBackend implements Backend {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    @Override
    public String render(Document document) {
        Block.Table sheet = document.sheet().orElseThrow(() -> new IllegalStateException(
                "'" + document.title() + "' is not a table; the command line refuses --format csv for it"));
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        out.append(row(sheet.columns().stream().map(Block.Column::heading).toList())).append(LINE_END);
        for (Block.Row row : sheet.rows()) {
            out.append(row(row.cells().stream().map(c -> c.text().plain()).toList())).append(LINE_END);
        }
        return out.toString();
    }

    private static String row(List<String> fields) {
        return fields.stream().map(CsvBackend::field).collect(Collectors.joining(","));
    }

    static String field(String value) {
        // A leading = + - @ would make a spreadsheet run the cell as a formula (CSV injection): a quote mark
        // in front keeps it text. Ids, statuses and names never start with one; free text from files might.
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
