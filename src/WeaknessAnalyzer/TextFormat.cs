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

    /// <summary>An ISO date, or "-" when there is none.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "-";
}
