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

    /// <summary>Escapes text for Markdown: backslash-escapes every punctuation character that has a meaning, encodes &lt; and &amp;, and flattens line breaks.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                case '\t': sb.Append(' '); break;
                case var c when char.IsControl(c): break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '"' or '\'' or ':':
                    sb.Append('\\').Append(ch);
                    break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
