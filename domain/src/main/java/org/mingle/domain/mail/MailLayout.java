package org.mingle.domain.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one layout of Mingle's mail, as plain text and as HTML with the same words: a heading, paragraphs, action links
 * and a footer. Everything given is plain text; the HTML escapes it, so a name or title cannot inject
 * markup.
 */
public record MailLayout(String heading, List<String> paragraphs, List<Action> actions, List<String> footer) {

    /** A link the mail asks the reader to follow. */
    public record Action(String label, String url) {

        public Action {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }

    public MailLayout {
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        actions = List.copyOf(actions);
        footer = List.copyOf(footer);
    }

    public String text() {
        var lines = new ArrayList<String>();
        lines.add(heading);
        lines.add("");
        for (String paragraph : paragraphs) {
            lines.add(paragraph);
            lines.add("");
        }
        for (Action a : actions) {
            lines.add(a.label() + ": " + a.url());
        }
        if (!actions.isEmpty()) {
            lines.add("");
        }
        if (!footer.isEmpty()) {
            lines.add("-- ");
            lines.addAll(footer);
        }
        return String.join("\r\n", lines).strip() + "\r\n";
    }

    public String html() {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a;max-width:36em\">");
        html.append("<h1 style=\"font-size:1.3em\">").append(escape(heading)).append("</h1>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        if (!actions.isEmpty()) {
            html.append("<p>");
            for (Action a : actions) {
                html.append("<a href=\"").append(escape(a.url()))
                        .append("\" style=\"display:inline-block;margin:0 .5em .5em 0;padding:.6em 1.2em;"
                                + "background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px\">")
                        .append(escape(a.label())).append("</a>");
            }
            html.append("</p>");
        }
        if (!footer.isEmpty()) {
            html.append("<hr><p style=\"font-size:.85em;color:#555\">");
            html.append(String.join("<br>", footer.stream().map(MailLayout::linked).toList()));
            html.append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    /** Footer lines may end in an address; it becomes a link. */
    private static String linked(String line) {
        int at = line.lastIndexOf("http");
        if (at < 0) {
            return escape(line);
        }
        String url = line.substring(at).strip();
        return escape(line.substring(0, at)) + "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
