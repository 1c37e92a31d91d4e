using System.Globalization;
using System.Text.RegularExpressions;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>Parses the optional fields of a row. Each parser returns false with a reason that never contains the value.</summary>
internal static partial class FieldParsers
{
    private static readonly string[] UnambiguousDateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyyMMdd",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ",
        "d MMM yyyy", "d MMMM yyyy", "dd MMM yyyy", "dd MMMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy", "d-MMMM-yyyy",
        "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "MMM dd, yyyy", "MMMM dd, yyyy",
        "ddd, d MMM yyyy", "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "ddd, MMM d, yyyy",
        "MMMM d, yyyy h:mm tt", "MMM d, yyyy h:mm tt", "MMMM d, yyyy HH:mm", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm",
        "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ss.fffffff", "yyyy-MM-ddTHH:mmZ",
        "d. MMMM yyyy", "d. MMM yyyy", "dd. MMMM yyyy", "d MMM yy", "d-MMM-yy", "dd-MMM-yy", "MMM d, yy",
    ];

    public static string Normalize(string s) =>
        string.Join(' ', s.Trim().Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool TryOutcome(string raw, out InterviewOutcome value, out string reason)
    {
        reason = "";
        if (ValueWords.TryMatch(ValueWords.Outcomes, raw, out value)) return true;
        reason = "not a known outcome (expected offer, rejected, pending, withdrew or advanced, or a common synonym)";
        return false;
    }

    public static bool TryResponse(string raw, CultureInfo culture, out ResponseQuality value, out string reason)
    {
        reason = "";
        if (ValueWords.TryMatch(ValueWords.Responses, raw, out value, ValueWords.SameSide)) return true;
        if (TryRatingNumber(raw, culture, out var n, out var bare, out reason))
        {
            if (bare && n > 5)
            {
                reason = "a response rating must be 1 to 5 (or written as 7/10)";
                return false;
            }

            value = n switch { 1 => ResponseQuality.Stumped, 2 => ResponseQuality.Weak, 3 => ResponseQuality.Ok, _ => ResponseQuality.Strong };
            return true;
        }

        reason = "not a known response (expected strong, ok, weak, stumped, a common synonym, or a rating 1-5)";
        return false;
    }

    /// <summary>A 1-5 rating of one cell on its own: a bare 6 to 10 is not one (see <see cref="TryRating"/> for a 10-point column).</summary>
    public static bool TryScale(string raw, CultureInfo culture, out int value, out string reason)
    {
        if (!TryRating(raw, culture, out value, out var bare, out reason)) return false;
        if (!bare || value <= 5) return true;
        reason = "must be a whole number from 1 to 5";
        value = 0;
        return false;
    }

    /// <summary>
    /// A rating: a word (<c>high</c>, <c>medium</c>), stars, <c>4/5</c>, <c>4 out of 5</c>, <c>8/10</c>, <c>80%</c> (converted to
    /// 1-5 at once, <paramref name="bare"/> false), or a bare whole number 1 to 10 (<paramref name="bare"/> true; above 5 it is
    /// a 1-5 rating only if its column turns out to be a 10-point scale).
    /// </summary>
    public static bool TryRating(string raw, CultureInfo culture, out int value, out bool bare, out string reason)
    {
        if (ValueWords.TryMatch(ValueWords.Ratings, raw, out value))
        {
            (bare, reason) = (false, "");
            return true;
        }

        return TryRatingNumber(raw, culture, out value, out bare, out reason);
    }

    private static bool TryRatingNumber(string raw, CultureInfo culture, out int value, out bool bare, out string reason)
    {
        (value, bare, reason) = (0, false, "must be a whole number from 1 to 5");
        if (ValueWords.Stars(raw) is var stars and >= 1 and <= 5)
        {
            value = stars;
            return true;
        }

        var s = WithoutBrackets(Normalize(raw)).ToLowerInvariant();
        var match = RatioPattern().Match(s);
        if (match.Success && TryNumber(match.Groups[1].Value, culture, out var n) && TryNumber(match.Groups[2].Value, culture, out var d) && d > 0 && n >= 0 && n <= d)
        {
            value = d == 5 && n == Math.Floor(n) && n >= 1 ? (int)n : Math.Clamp((int)Math.Round(n / d * 5, MidpointRounding.AwayFromZero), 1, 5);
            return true;
        }

        if (s.EndsWith('%') && TryNumber(s[..^1].Trim(), culture, out var p) && p is >= 0 and <= 100)
        {
            value = Math.Clamp((int)Math.Round(p / 20, MidpointRounding.AwayFromZero), 1, 5); // x% of 5
            return true;
        }

        if (TryNumber(s, culture, out n) && n == Math.Floor(n) && n is >= 1 and <= 10)
        {
            (value, bare) = ((int)n, true);
            return true;
        }

        return false;
    }

    /// <summary>Text without a bracketed part: <c>4 (high)</c> is <c>4</c>.</summary>
    private static string WithoutBrackets(string s)
    {
        var open = s.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? s[..open].TrimEnd() : s;
    }

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s*(?:/|out of|of)\s*(\d+(?:[.,]\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RatioPattern();

    [GeneratedRegex(@"^(?:(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)?)(?:\s*(\d+)\s*(m|min|mins|minute|minutes)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s*(?:-|\u2013|to)\s*(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hour|hours)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^(?:q(?:uestion)?\s*\d{0,3}\s*[:.)\-]\s*|\d{1,3}[.)]\s+)(?=\S)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuestionMarkerPattern();

    /// <summary>A question without the marker people type before it: <c>Q: </c>, <c>Q1. </c>, <c>Question: </c>, <c>3) </c>.</summary>
    public static string WithoutQuestionMarker(string question)
    {
        if (question.Length == 0 || question[0] is not ('q' or 'Q' or (>= '0' and <= '9'))) return question; // most questions: no regex
        var m = QuestionMarkerPattern().Match(question);
        return m.Success && m.Length < question.Length ? question[m.Length..] : question;
    }

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    /// <summary>
    /// Hours of preparation: <c>3</c>, <c>2,5</c>, <c>4h</c>, <c>1.5 hrs</c>, <c>45 min</c>, <c>1h30</c>, <c>1:30</c>, <c>2-3</c> (the middle),
    /// <c>~3</c>, <c>3+</c>, <c>none</c>.
    /// </summary>
    public static bool TryHours(string raw, CultureInfo culture, out double value, out string reason)
    {
        reason = "";
        if (!TryDuration(raw, culture, out value))
        {
            reason = "must be a number of hours (such as 3, 1.5 h, 45 min or 1h30)";
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

    private static bool TryDuration(string raw, CultureInfo culture, out double value)
    {
        var s = WithoutBrackets(Normalize(raw)).ToLowerInvariant().TrimStart('~', '\u2248', '<', '>').TrimEnd('+', '?').Trim();
        foreach (var prefix in (string[])["about ", "approx. ", "approx ", "around ", "roughly ", "circa ", "ca. "])
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal)) s = s[prefix.Length..].Trim();
        }

        if (s.EndsWith("ish", StringComparison.Ordinal)) s = s[..^3].Trim();
        s = s.Replace("+", "", StringComparison.Ordinal).Trim(); // "2+ hours"
        if (HoursInWords(s) is { } words)
        {
            value = words;
            return true;
        }

        if (s is "none" or "no" or "nothing" or "zero" or "no prep")
        {
            value = 0;
            return true;
        }

        if (s is "half an hour" or "half hour" or "30 mins")
        {
            value = 0.5;
            return true;
        }

        if (TryNumber(s, culture, out value)) return !double.IsNaN(value) && !double.IsInfinity(value);
        if (ClockPattern().Match(s) is { Success: true } clock)
        {
            value = int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture) + (int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture) / 60.0);
            return true;
        }

        if (RangePattern().Match(s) is { Success: true } range && TryNumber(range.Groups[1].Value, culture, out var lo) && TryNumber(range.Groups[2].Value, culture, out var hi) && hi >= lo)
        {
            value = (lo + hi) / 2;
            return true;
        }

        var m = DurationPattern().Match(s);
        if (!m.Success || !TryNumber(m.Groups[1].Value, culture, out var first)) return false;
        var unit = m.Groups[2].Value;
        var minutesOnly = unit.StartsWith('m');
        if (m.Groups[3].Success)
        {
            // "1h30" or "2 hours 15 min": the second number is minutes, and needs an hour unit before it.
            if (unit.Length == 0 || minutesOnly || first != Math.Floor(first)) return false;
            value = first + (int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) / 60.0);
            return true;
        }

        value = minutesOnly ? first / 60 : first;
        return true;
    }

    /// <summary>
    /// Preparation said in words: "an hour", "a couple of hours" (2), "a few hours" (3), "half a day" (4), "a day", "1 day",
    /// "2 days" (8 hours a day, up to 14 days). "An evening" or "a weekend" say too little and stay unread.
    /// </summary>
    private static double? HoursInWords(string s)
    {
        switch (s)
        {
            case "an hour" or "one hour" or "1 hour": return 1;
            case "a couple of hours" or "a couple hours" or "couple of hours" or "couple hours" or "two hours": return 2;
            case "a few hours" or "few hours" or "three hours": return 3;
            case "half a day" or "half day" or "a half day": return 4;
            case "a day" or "one day" or "a full day" or "full day" or "1 day" or "all day": return 8;
        }

        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[1] is "days" or "day" && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 14
            ? days * 8
            : null;
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

    /// <summary>One date cell on its own: a slash date whose day and month could be swapped is a problem here (the reader decides those by column).</summary>
    public static bool TryDate(string raw, InterviewLogOptions options, out DateOnly value, out string reason)
    {
        value = default;
        if (!TryDateCell(raw, options, out var cell, out reason)) return false;
        if (cell.Kind == DateKind.Ambiguous)
        {
            reason = AmbiguousDate;
            return false;
        }

        if (cell.Kind is DateKind.NoYear or DateKind.NoYearAmbiguous)
        {
            reason = NoYear;
            return false;
        }

        value = cell.Value;
        return true;
    }

    /// <summary>Why a date without a year is cleared when no row near it has a date.</summary>
    public const string NoYear = "has no year, and no other row's date gives one (write the year, such as 12 Mar 2025)";

    /// <summary>Why a date whose order stays unknown is cleared.</summary>
    public const string AmbiguousDate = "is ambiguous (day and month could be swapped, and no date in its column settles the order); set the date format (--date-format in the tool and the sample, InterviewLogOptions.DateFormat in code)";

    /// <summary>
    /// A date cell: read at once (<see cref="DateKind.Exact"/>, <see cref="DateKind.DayFirst"/>, <see cref="DateKind.MonthFirst"/>: the last two
    /// are evidence for the column's order) or <see cref="DateKind.Ambiguous"/>, holding both readings for the column to decide.
    /// </summary>
    public static bool TryDateCell(string raw, InterviewLogOptions options, out DateCell cell, out string reason)
    {
        if (!TryAnyDate(raw, options, out cell, out reason)) return false;
        if (cell.Kind is DateKind.NoYear or DateKind.NoYearAmbiguous) return true; // its year comes from the rows around it
        var (early, late) = cell.Kind == DateKind.Ambiguous ? (cell.Resolve(dayFirst: true), cell.Resolve(dayFirst: false)) : (cell.Value, cell.Value);
        if (early >= EarliestDate && late <= LatestDate && late >= EarliestDate && early <= LatestDate) return true;
        reason = "is outside the years 1970 to 2100";
        cell = default;
        return false;
    }

    private static bool TryAnyDate(string raw, InterviewLogOptions options, out DateCell cell, out string reason)
    {
        reason = "";
        cell = default;
        var s = Normalize(raw);
        var arrow = s.IndexOf('\u2192', StringComparison.Ordinal);
        if (arrow > 0) s = s[..arrow].TrimEnd(); // Notion's date range "January 14, 2025 → January 15, 2025": its start
        s = Ordinal().Replace(s, "$1"); // "15th March 2025", "March 1st, 2025"
        var culture = options.Culture;
        if (options.DateFormat is { } format &&
            DateTime.TryParseExact(s, format, culture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            cell = new DateCell(DateOnly.FromDateTime(exact), DateKind.Exact);
            return true;
        }

        if (TryFormats(s, culture, out var dt) || TryFormats(s, CultureInfo.InvariantCulture, out dt) ||
            (s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-' &&
             DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var offset) && (dt = offset.DateTime) != default))
        {
            cell = new DateCell(DateOnly.FromDateTime(dt), DateKind.Exact);
            return true;
        }

        if (TryExcelSerial(s, out var serial))
        {
            cell = new DateCell(serial, DateKind.Exact);
            return true;
        }

        if (options.DateFormat is null && TryNumericDate(WithoutTime(s), out cell)) return true;
        if (TryYearless(s, options, out cell)) return true;
        reason = "is not a valid date (expected yyyy-MM-dd or a form such as 5 Mar 2024)";
        return false;
    }

    private static bool TryFormats(string s, CultureInfo culture, out DateTime dt) =>
        DateTime.TryParseExact(s, UnambiguousDateFormats, culture, DateTimeStyles.AllowWhiteSpaces, out dt);

    /// <summary>A whole number of days since 1899-12-30, as Excel stores dates (<c>45672</c> is 2025-01-14), from 1970 to 2100.</summary>
    private static bool TryExcelSerial(string s, out DateOnly date)
    {
        date = default;
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var whole = dot > 0 ? s[..dot] : s;
        if (whole.Length != 5 || !whole.All(char.IsAsciiDigit) || (dot > 0 && !s[(dot + 1)..].All(char.IsAsciiDigit))) return false;
        var days = int.Parse(whole, CultureInfo.InvariantCulture);
        if (days is < 25_569 or > 73_415) return false;
        date = new DateOnly(1899, 12, 30).AddDays(days);
        return true;
    }

    /// <summary>"14/03/2025 18:12" or "3/14/2025 6:12 PM": the date part.</summary>
    private static string WithoutTime(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0) return s;
        var rest = s[(space + 1)..].Trim();
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon is 1 or 2 && rest[..colon].All(char.IsAsciiDigit) ? s[..space] : s;
    }

    /// <summary>Numeric day/month/year forms (<c>/</c>, <c>.</c> or <c>-</c>; two- or four-digit years).</summary>
    private static bool TryNumericDate(string s, out DateCell cell)
    {
        cell = default;
        var parts = s.Split('/', '.', '-');
        if (parts.Length != 3 || !parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit)) || parts[0].Length > 2 || parts[1].Length > 2 || parts[2].Length is not (2 or 4))
        {
            return false;
        }

        var (a, b, y) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        if (parts[2].Length == 2) y += y < 70 ? 2000 : 1900;
        if (a > 12 && b is >= 1 and <= 12 && TryMake(y, b, a, out var d))
        {
            cell = new DateCell(d, DateKind.DayFirst);
            return true;
        }

        if (b > 12 && a is >= 1 and <= 12 && TryMake(y, a, b, out d))
        {
            cell = new DateCell(d, DateKind.MonthFirst);
            return true;
        }

        // Dots separate day, month and year day first wherever they are used (de-DE, ru-RU, fr-CH...): "12.03.2025" is 12 March.
        if (a is >= 1 and <= 12 && b is >= 1 and <= 12 && s.Contains('.', StringComparison.Ordinal) && TryMake(y, b, a, out d))
        {
            cell = new DateCell(d, DateKind.DayFirst);
            return true;
        }

        if (a is >= 1 and <= 12 && b is >= 1 and <= 12)
        {
            cell = new DateCell(default, DateKind.Ambiguous, a, b, y);
            return true;
        }

        return false;
    }

    private static readonly string[] YearlessFormats =
    [
        "MMM d yyyy", "MMMM d yyyy", "MMM dd yyyy", "MMMM dd yyyy", "d MMM yyyy", "d MMMM yyyy", "dd MMM yyyy", "dd MMMM yyyy",
        "d-MMM yyyy", "dd-MMM yyyy", "d. MMMM yyyy", "d. MMM yyyy", "MMM. d yyyy",
    ];

    /// <summary>
    /// A date written without its year, as people type them into a sheet: "Mar 12", "12 March", "Tue, Mar 12", "14-Mar" (month
    /// names), or "14/03", "3/14", "14.03." (numbers; one that reads both ways waits for its column's order, like
    /// <c>03/05/2025</c>). The year comes from the rows around it once the file is read (<see cref="ColumnSettling"/>).
    /// </summary>
    private static bool TryYearless(string s, InterviewLogOptions options, out DateCell cell)
    {
        cell = default;
        var text = Weekday().Replace(s, "").Trim().TrimEnd('.', ',').Trim();
        if (text.Length is < 3 or > 20) return false;
        // 2000 is a leap year: "Feb 29" reads.
        foreach (var culture in (CultureInfo[])[options.Culture, CultureInfo.InvariantCulture])
        {
            if (DateTime.TryParseExact(text.Replace(',', ' ') + " 2000", YearlessFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var dt))
            {
                cell = new DateCell(default, DateKind.NoYear, dt.Month, dt.Day);
                return true;
            }
        }

        if (options.DateFormat is not null) return false;
        var parts = text.Split('/', '.');
        if (parts.Length != 2 || !parts.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit))) return false;
        var (a, b) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        var dots = text.Contains('.', StringComparison.Ordinal);
        if ((a > 12 || dots) && b is >= 1 and <= 12 && a <= DateTime.DaysInMonth(2000, b) && a >= 1) cell = new DateCell(default, DateKind.NoYear, b, a);
        else if (b > 12 && a is >= 1 and <= 12 && b <= DateTime.DaysInMonth(2000, a)) cell = new DateCell(default, DateKind.NoYear, a, b);
        else if (a is >= 1 and <= 12 && b is >= 1 and <= 12) cell = new DateCell(default, DateKind.NoYearAmbiguous, a, b);
        else return false;
        return true;
    }

    /// <summary>A leading English weekday: "Tue, ", "Monday ".</summary>
    [GeneratedRegex(@"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>A day number's ordinal suffix: "15th", "1st", "2nd", "3rd".</summary>
    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

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

/// <summary>How a date cell was read.</summary>
internal enum DateKind : byte
{
    /// <summary>An unambiguous form (ISO, month names, a serial number, the exact format).</summary>
    Exact,

    /// <summary>A numeric date that only reads day first (<c>14/03/2025</c>): evidence for its column.</summary>
    DayFirst,

    /// <summary>A numeric date that only reads month first (<c>3/14/2025</c>): evidence for its column.</summary>
    MonthFirst,

    /// <summary>A numeric date that reads both ways (<c>03/05/2025</c>): its column decides.</summary>
    Ambiguous,

    /// <summary>A date without its year (<c>Mar 12</c>, <c>14/03</c>): month in <see cref="DateCell.First"/>, day in <see cref="DateCell.Second"/>; the rows around it give the year.</summary>
    NoYear,

    /// <summary>A date without its year whose day and month could be swapped (<c>03/05</c>): its column decides the order, the rows around it the year.</summary>
    NoYearAmbiguous,
}

/// <summary>A date cell: its date, or for an ambiguous one the two numbers and the year.</summary>
internal readonly record struct DateCell(DateOnly Value, DateKind Kind, int First = 0, int Second = 0, int Year = 0)
{
    /// <summary>The date of an ambiguous cell, read day first or month first.</summary>
    public DateOnly Resolve(bool dayFirst) => Kind != DateKind.Ambiguous ? Value : dayFirst ? new(Year, Second, First) : new(Year, First, Second);
}
