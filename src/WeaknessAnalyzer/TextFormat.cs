using System.Globalization;

namespace WeaknessAnalyzer;

/// <summary>The one place numbers, shares and dates are formatted for people (invariant culture, so reports do not depend on the machine's locale).</summary>
internal static class TextFormat
{
    /// <summary>A share as a whole percentage: 0.756 → "76%".</summary>
    public static string Pct(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number with at most one decimal: 2.25 → "2.3", 3 → "3".</summary>
    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An ISO date: 2024-03-05.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text cut to fewer than <paramref name="maxLength"/> UTF-16 units plus "…" when it is longer; the cut falls between
    /// text elements, so it never splits a surrogate pair (an emoji) or a letter from its combining marks.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = 0;
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var end = e.ElementIndex + e.GetTextElement().Length;
            if (end > maxLength - 1) break;
            cut = end;
        }

        return text[..cut] + "…";
    }

    /// <summary>
    /// Text from the log made safe for a terminal on one line: line breaks become spaces, tabs stay, and every other control
    /// character (C0, DEL, C1: what starts an escape sequence that could retitle, clear or recolour the terminal) is dropped.
    /// </summary>
    public static string Printable(string text)
    {
        if (!HasControl(text)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c == '\n') sb.Append(' ');
            else if (c == '\t' || !char.IsControl(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Whether the text holds a control character (C0, DEL or C1; line breaks and tabs included). Vectorized: the fast path of every filter.</summary>
    public static bool HasControl(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u001f') || text.ContainsAnyInRange('\u007f', '\u009f');

    /// <summary>An ISO date, or "-" when there is none.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "-";
}
