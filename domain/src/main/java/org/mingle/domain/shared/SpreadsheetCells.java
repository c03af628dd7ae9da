package org.mingle.domain.shared;

/**
 * Cells of exported CSV files made inert for spreadsheets. Spreadsheets run a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, and some also after a leading tab or carriage return; someone could
 * name themselves {@code =HYPERLINK(...)}. Such a cell is written with a leading {@code '}, which spreadsheets show as
 * text (OWASP's advice on CSV injection).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The text of a cell, made inert for spreadsheets when it would start a formula; {@code null} is empty. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
