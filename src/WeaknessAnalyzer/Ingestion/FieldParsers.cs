using System.Globalization;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>Parses the optional fields of a row. Each parser returns false with a reason that never contains the value.</summary>
internal static class FieldParsers
{
    private static readonly string[] UnambiguousDateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyyMMdd",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ",
        "d MMM yyyy", "d MMMM yyyy", "dd MMM yyyy", "dd MMMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy", "d-MMMM-yyyy",
        "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM dd, yyyy", "MMMM dd, yyyy",
        "ddd, d MMM yyyy", "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "ddd, MMM d, yyyy",
    ];

    private static readonly Dictionary<string, InterviewOutcome> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["offer"] = InterviewOutcome.Offer, ["offered"] = InterviewOutcome.Offer, ["accepted"] = InterviewOutcome.Offer,
        ["hired"] = InterviewOutcome.Offer, ["got offer"] = InterviewOutcome.Offer, ["offer received"] = InterviewOutcome.Offer,
        ["offer accepted"] = InterviewOutcome.Offer, ["offer declined"] = InterviewOutcome.Offer, ["success"] = InterviewOutcome.Offer,
        ["rejected"] = InterviewOutcome.Rejected, ["reject"] = InterviewOutcome.Rejected, ["rejection"] = InterviewOutcome.Rejected,
        ["no offer"] = InterviewOutcome.Rejected, ["not selected"] = InterviewOutcome.Rejected, ["failed"] = InterviewOutcome.Rejected,
        ["fail"] = InterviewOutcome.Rejected, ["turned down"] = InterviewOutcome.Rejected, ["ghosted"] = InterviewOutcome.Rejected,
        ["no hire"] = InterviewOutcome.Rejected, ["unsuccessful"] = InterviewOutcome.Rejected, ["declined"] = InterviewOutcome.Rejected,
        ["pending"] = InterviewOutcome.Pending, ["waiting"] = InterviewOutcome.Pending, ["in progress"] = InterviewOutcome.Pending,
        ["awaiting"] = InterviewOutcome.Pending, ["awaiting decision"] = InterviewOutcome.Pending, ["tbd"] = InterviewOutcome.Pending,
        ["no response yet"] = InterviewOutcome.Pending, ["on hold"] = InterviewOutcome.Pending,
        ["withdrew"] = InterviewOutcome.Withdrew, ["withdrawn"] = InterviewOutcome.Withdrew, ["withdraw"] = InterviewOutcome.Withdrew,
        ["pulled out"] = InterviewOutcome.Withdrew, ["dropped out"] = InterviewOutcome.Withdrew, ["cancelled"] = InterviewOutcome.Withdrew,
        ["canceled"] = InterviewOutcome.Withdrew,
        ["advanced"] = InterviewOutcome.Advanced, ["next round"] = InterviewOutcome.Advanced, ["next stage"] = InterviewOutcome.Advanced,
        ["moved forward"] = InterviewOutcome.Advanced, ["passed"] = InterviewOutcome.Advanced, ["progressed"] = InterviewOutcome.Advanced,
        ["through"] = InterviewOutcome.Advanced, ["moved on"] = InterviewOutcome.Advanced, ["invited back"] = InterviewOutcome.Advanced,
        ["pass"] = InterviewOutcome.Advanced,
    };

    private static readonly Dictionary<string, ResponseQuality> Responses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["strong"] = ResponseQuality.Strong, ["good"] = ResponseQuality.Strong, ["great"] = ResponseQuality.Strong,
        ["excellent"] = ResponseQuality.Strong, ["nailed it"] = ResponseQuality.Strong, ["very good"] = ResponseQuality.Strong,
        ["ok"] = ResponseQuality.Ok, ["okay"] = ResponseQuality.Ok, ["fine"] = ResponseQuality.Ok, ["average"] = ResponseQuality.Ok,
        ["decent"] = ResponseQuality.Ok, ["adequate"] = ResponseQuality.Ok, ["so-so"] = ResponseQuality.Ok, ["mixed"] = ResponseQuality.Ok,
        ["weak"] = ResponseQuality.Weak, ["poor"] = ResponseQuality.Weak, ["bad"] = ResponseQuality.Weak, ["shaky"] = ResponseQuality.Weak,
        ["struggled"] = ResponseQuality.Weak, ["rambled"] = ResponseQuality.Weak,
        ["stumped"] = ResponseQuality.Stumped, ["blank"] = ResponseQuality.Stumped, ["froze"] = ResponseQuality.Stumped,
        ["no answer"] = ResponseQuality.Stumped, ["blanked"] = ResponseQuality.Stumped, ["failed"] = ResponseQuality.Stumped,
        ["couldn't answer"] = ResponseQuality.Stumped, ["could not answer"] = ResponseQuality.Stumped,
    };

    public static string Normalize(string s) =>
        string.Join(' ', s.Trim().Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool TryOutcome(string raw, out InterviewOutcome value, out string reason)
    {
        reason = "";
        if (Outcomes.TryGetValue(Normalize(raw).Replace('-', ' '), out value))
        {
            return true;
        }

        reason = "not a known outcome (expected offer, rejected, pending, withdrew or advanced, or a common synonym)";
        return false;
    }

    public static bool TryResponse(string raw, CultureInfo culture, out ResponseQuality value, out string reason)
    {
        reason = "";
        var s = Normalize(raw);
        if (Responses.TryGetValue(s, out value))
        {
            return true;
        }

        if (double.TryParse(s, NumberStyles.Float, culture, out var n) && n == Math.Floor(n))
        {
            switch (n)
            {
                case 1: value = ResponseQuality.Stumped; return true;
                case 2: value = ResponseQuality.Weak; return true;
                case 3: value = ResponseQuality.Ok; return true;
                case 4 or 5: value = ResponseQuality.Strong; return true;
                default:
                    reason = "a response rating must be 1 to 5";
                    return false;
            }
        }

        reason = "not a known response (expected strong, ok, weak, stumped, a common synonym, or a rating 1-5)";
        return false;
    }

    public static bool TryScale(string raw, CultureInfo culture, out int value, out string reason)
    {
        value = 0;
        reason = "";
        var s = Normalize(raw);
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && s[(slash + 1)..].Trim() == "5")
        {
            s = s[..slash].Trim();
        }

        if (TryNumber(s, culture, out var n) && n == Math.Floor(n) && n is >= 1 and <= 5)
        {
            value = (int)n;
            return true;
        }

        reason = "must be a whole number from 1 to 5";
        return false;
    }

    public static bool TryHours(string raw, CultureInfo culture, out double value, out string reason)
    {
        reason = "";
        var s = Normalize(raw);
        foreach (var suffix in (string[])["hours", "hour", "hrs", "hr", "h"])
        {
            if (s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^suffix.Length].Trim();
                break;
            }
        }

        if (!TryNumber(s, culture, out value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            reason = "must be a number of hours";
            return false;
        }

        if (value < 0)
        {
            reason = "must not be negative";
            return false;
        }

        if (value > 10_000)
        {
            reason = "is implausibly large (over 10,000 hours)";
            return false;
        }

        return true;
    }

    /// <summary>Parses a number in the culture, accepting a decimal comma (<c>3,5</c>) as spreadsheets in many locales write it.</summary>
    private static bool TryNumber(string s, CultureInfo culture, out double value)
    {
        if (double.TryParse(s, NumberStyles.Float, culture, out value))
        {
            return true;
        }

        var comma = s.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && comma == s.LastIndexOf(',') && !s.Contains('.', StringComparison.Ordinal) &&
               double.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The earliest date a log may hold; earlier ones are problems (a typo, or a spreadsheet's zero date).</summary>
    public static readonly DateOnly EarliestDate = new(1970, 1, 1);

    /// <summary>The latest date a log may hold; later ones are problems (and would overflow review dates).</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static bool TryDate(string raw, InterviewLogOptions options, out DateOnly value, out string reason)
    {
        if (!TryAnyDate(raw, options, out value, out reason)) return false;
        if (value >= EarliestDate && value <= LatestDate) return true;
        reason = "is outside the years 1970 to 2100";
        value = default;
        return false;
    }

    private static bool TryAnyDate(string raw, InterviewLogOptions options, out DateOnly value, out string reason)
    {
        reason = "";
        var s = Normalize(raw);
        var culture = options.Culture;
        if (options.DateFormat is { } format &&
            DateTime.TryParseExact(s, format, culture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            value = DateOnly.FromDateTime(exact);
            return true;
        }

        if (DateTime.TryParseExact(s, UnambiguousDateFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var dt) ||
            (!ReferenceEquals(culture, CultureInfo.InvariantCulture) &&
             DateTime.TryParseExact(s, UnambiguousDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out dt)))
        {
            value = DateOnly.FromDateTime(dt);
            return true;
        }

        // Numeric day/month/year forms: accepted only when the order is certain.
        var parts = s.Split('/', '.', '-');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[2].Length == 4 && options.DateFormat is null)
        {
            // TryParse: a digit run too long for an int is simply not a date (it used to throw OverflowException).
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ||
                !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                reason = "is not a valid date (expected yyyy-MM-dd or a form such as 5 Mar 2024)";
                value = default;
                return false;
            }

            if (a > 12 && b is >= 1 and <= 12 && TryMake(y, b, a, out value))
            {
                return true;
            }

            if (b > 12 && a is >= 1 and <= 12 && TryMake(y, a, b, out value))
            {
                return true;
            }

            if (a is >= 1 and <= 12 && b is >= 1 and <= 12)
            {
                reason = "is ambiguous (day and month could be swapped); set InterviewLogOptions.DateFormat";
                value = default;
                return false;
            }
        }

        reason = "is not a valid date (expected yyyy-MM-dd or a form such as 5 Mar 2024)";
        value = default;
        return false;
    }

    private static bool TryMake(int y, int m, int d, out DateOnly value)
    {
        value = default;
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        value = new DateOnly(y, m, d);
        return true;
    }
}
