using System.Globalization;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>How an interview log is read. Every property has a documented default; <see cref="Default"/> holds them all.</summary>
public sealed record InterviewLogOptions
{
    /// <summary>The defaults.</summary>
    public static InterviewLogOptions Default { get; } = new();

    /// <summary>
    /// Throw an <see cref="InterviewDataException"/> at the first problem instead of listing it and going on.
    /// Default: <see langword="false"/> (lenient: bad rows are left out and listed, bad optional fields are cleared and listed).
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Put the offending raw values into problems and exception messages. Default: <see langword="false"/>,
    /// because interview notes are personal data.
    /// </summary>
    public bool IncludeRawValues { get; init; }

    /// <summary>
    /// An exact date format (such as <c>dd/MM/yyyy</c>) tried before the built-in ones. Default: <see langword="null"/>:
    /// ISO <c>yyyy-MM-dd</c> and unambiguous forms such as <c>5 Mar 2024</c> or <c>March 5, 2024</c> are read, and a
    /// slash date whose day and month could be swapped (<c>03/05/2024</c>) is a problem.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>The culture for numbers, month names and <see cref="DateFormat"/>. Default: <see cref="CultureInfo.InvariantCulture"/>.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The field separator. Default: <see langword="null"/>, detected among comma, semicolon, tab and pipe.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Headers to read as the format's columns, overriding names and aliases: header (as in the file, ignoring case, spaces
    /// and punctuation) to column (a name of <see cref="ColumnNames"/> such as <c>response</c>, or an alias such as
    /// <c>prep hours</c>). For example <c>{ ["How I did"] = "response" }</c>. Default: empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>How often (in rows) progress is reported. Default: 10,000.</summary>
    public int ProgressInterval { get; init; } = 10_000;

    /// <summary>The canonical column a mapping's target names (<c>response</c>, or an alias such as <c>prep hours</c>), or <see langword="null"/>.</summary>
    internal static string? ColumnOf(string? target) =>
        target is null ? null : ColumnNames.All.Contains(target, StringComparer.Ordinal) ? target : ColumnNames.Canonicalize(target);

    /// <summary>Checks every option and reports all problems at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message lists them all.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Culture is null)
        {
            errors.Add($"{nameof(Culture)} must not be null.");
        }

        if (ProgressInterval < 1)
        {
            errors.Add($"{nameof(ProgressInterval)} must be at least 1 (was {ProgressInterval}).");
        }

        if (DateFormat is not null && string.IsNullOrWhiteSpace(DateFormat))
        {
            errors.Add($"{nameof(DateFormat)} must be null or a format string.");
        }

        if (Delimiter is { } d && (d is '"' or '\r' or '\n' || d > 127))
        {
            errors.Add($"{nameof(Delimiter)} must be an ASCII character other than a quote or a line break.");
        }

        if (Columns is null)
        {
            errors.Add($"{nameof(Columns)} must not be null.");
        }
        else
        {
            foreach (var (header, column) in Columns)
            {
                if (string.IsNullOrWhiteSpace(header)) errors.Add($"{nameof(Columns)} has an empty header.");
                if (ColumnOf(column) is null) errors.Add($"{nameof(Columns)} maps '{header}' to '{column}', which is not a column of the format ({string.Join(", ", ColumnNames.All)}).");
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid interview log options: " + string.Join(" ", errors));
        }
    }
}
