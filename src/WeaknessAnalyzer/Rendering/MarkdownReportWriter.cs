using System.Globalization;
using System.Text;

using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

/// <summary>Writes a report as Markdown. Everything from the log is escaped, so a hostile question cannot inject links, HTML or formatting.</summary>
public static class MarkdownReportWriter
{
    /// <summary>Writes the report.</summary>
    public static void Write(WeaknessReport report, TextWriter writer) => new TextLayout(writer, markdown: true).Write(report);

    /// <summary>The report as a Markdown string.</summary>
    public static string ToMarkdown(WeaknessReport report)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, sw);
        return sw.ToString();
    }

    /// <summary>
    /// Escapes text for Markdown where it would change the meaning, and nowhere else: emphasis, code, links, tables and
    /// strike-through characters (<c>\ ` * _ [ ] | ~</c>), HTML (<c>&lt; &gt; &amp;</c> are encoded), a leading block marker
    /// (<c>#</c>, <c>-</c>, <c>+</c>, <c>=</c>, <c>1.</c>), the <c>(</c> of a link after <c>]</c>, and the <c>://</c> and <c>www.</c> of a would-be link; line breaks
    /// are flattened and control characters dropped. <c>2024-07-05.</c> and <c>stumble (s)</c> stay as they are.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        var start = true;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r': break;
                case '\n' or '\t': sb.Append(' '); break;
                case var c when char.IsControl(c): break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    sb.Append('\\').Append(ch);
                    break;
                case '#' or '-' or '+' or '=' when start:
                case '(' when i > 0 && text[i - 1] == ']':
                    sb.Append('\\').Append(ch);
                    break;
                case ':' when i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/':
                case '.' when i >= 3 && string.Compare(text, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0:
                case '.' or ')' when LeadingNumber(sb):
                    sb.Append('\\').Append(ch);
                    break;
                default: sb.Append(ch); break;
            }

            if (!char.IsWhiteSpace(ch)) start = false;
        }

        return sb.ToString();
    }

    /// <summary>Whether everything written so far is digits (an ordered-list marker would follow).</summary>
    private static bool LeadingNumber(StringBuilder sb)
    {
        var digits = 0;
        for (var i = 0; i < sb.Length; i++)
        {
            if (char.IsAsciiDigit(sb[i])) digits++;
            else if (!char.IsWhiteSpace(sb[i])) return false;
        }

        return digits is > 0 and <= 9;
    }
}
