using System.Globalization;
using System.Text.Json;

namespace WeaknessAnalyzer.Reports;

/// <summary>
/// The plan of an earlier report, read back from its JSON (<see cref="Rendering.JsonReportWriter"/>, schema version 2), so
/// that a new report can say how each item went since (<see cref="AnalysisOptions.Previous"/>). Only what progress needs
/// is kept: the report's date and, per candidate, each plan item's theme name, target and questions.
/// </summary>
/// <param name="ReferenceDate">The earlier report's "as of" date: questions dated after it count as "since".</param>
/// <param name="Candidates">Each candidate's earlier plan ("" for a personal log).</param>
public sealed record PreviousReport(DateOnly ReferenceDate, IReadOnlyList<PreviousPlan> Candidates)
{
    /// <summary>Reads an earlier report's JSON.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a WeaknessAnalyzer report of schema version 2 (the message names what is wrong, never a value from the report).</exception>
    public static PreviousReport Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromJson(doc.RootElement);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The previous report is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }
    }

    /// <summary>Reads an earlier report's JSON from a file.</summary>
    /// <exception cref="InvalidDataException">See <see cref="Load(Stream)"/>.</exception>
    public static PreviousReport Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static PreviousReport FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version) || Int(version) is not { } schema)
        {
            throw new InvalidDataException("The previous report has no schemaVersion: it is not a WeaknessAnalyzer JSON report.");
        }

        if (schema != 2) throw new InvalidDataException($"The previous report has schemaVersion {schema}; version 2 is read.");
        var date = Date(root, "referenceDate") ?? throw new InvalidDataException("The previous report has no referenceDate.");
        var candidates = new List<PreviousPlan>();
        foreach (var c in Array(root, "candidates"))
        {
            var items = new List<PreviousPlanItem>();
            foreach (var p in Array(c, "plan"))
            {
                var themeId = p.TryGetProperty("themeId", out var id) ? Int(id) ?? -1 : -1;
                if (themeId == Themes.Theme.UnthemedId) continue;   // "Other stumbles" is not a theme to follow.
                items.Add(new PreviousPlanItem(
                    (p.TryGetProperty("priority", out var pr) ? Int(pr) : null) ?? items.Count + 1,
                    Text(p, "theme") ?? throw new InvalidDataException("A plan item of the previous report has no theme."),
                    Math.Clamp((p.TryGetProperty("targetQuestions", out var t) ? Int(t) : null) ?? 3, 1, 1000),
                    [.. Array(p, "rehearse").Where(q => q.ValueKind == JsonValueKind.String).Select(q => q.GetString()!)]));
            }

            candidates.Add(new PreviousPlan(Text(c, "candidate") ?? "", items));
        }

        return new PreviousReport(date, candidates);
    }

    private static JsonElement[] Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    /// <summary>A whole number that fits an int, else <see langword="null"/> (2.5, 1e30 and "2" are not).</summary>
    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) ? v : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        Text(e, name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>One candidate's earlier plan.</summary>
/// <param name="Candidate">The candidate ("" for a personal log).</param>
/// <param name="Items">The plan items, in their priority order.</param>
public sealed record PreviousPlan(string Candidate, IReadOnlyList<PreviousPlanItem> Items);

/// <summary>One item of an earlier plan.</summary>
/// <param name="Priority">Its priority then.</param>
/// <param name="Theme">Its theme's name then.</param>
/// <param name="TargetQuestions">Its goal: the next this-many questions on the theme at ok or better.</param>
/// <param name="Questions">The past questions it listed to rehearse: how the theme is found again in a new report, whatever its name or id has become.</param>
public sealed record PreviousPlanItem(int Priority, string Theme, int TargetQuestions, IReadOnlyList<string> Questions);

/// <summary>How an earlier plan item went since.</summary>
public enum ProgressStatus
{
    /// <summary>No question on the theme since the earlier report.</summary>
    NotAskedYet,

    /// <summary>At least the target number of questions since, none stumbled: the goal is met.</summary>
    MetTarget,

    /// <summary>
    /// The stumble rate since is at least 20 points lower than before, by more than chance (Fisher's exact test, one-sided:
    /// at most a 10% chance of so large a change from a theme that went the same), and no higher than the usual stumble rate
    /// of all the person's questions.
    /// </summary>
    Improved,

    /// <summary>The stumble rate since is within 20 points of before, or the difference could be chance.</summary>
    NoChange,

    /// <summary>The stumble rate since is at least 20 points higher than before, by more than chance.</summary>
    Worse,

    /// <summary>A recurring weakness now that the earlier plan did not have.</summary>
    New,

    /// <summary>
    /// Lower than before as for <see cref="Improved"/>, but still above the usual stumble rate of all the person's questions
    /// (<see cref="ProgressItem.UsualStumbleRate"/>): better, not solved; the theme stays in the plan.
    /// </summary>
    BetterStillWeak,
}

/// <summary>One line of progress against the earlier plan.</summary>
/// <param name="Label">The theme's name now (the earlier name when it is not found again).</param>
/// <param name="PreviousLabel">The theme's name in the earlier plan; <see langword="null"/> for a <see cref="ProgressStatus.New"/> theme.</param>
/// <param name="ThemeId">The theme now; <see langword="null"/> when none of the earlier item's questions is in the new log.</param>
/// <param name="Status">How it went.</param>
/// <param name="StumbleRateBefore">Stumbles / questions on the theme dated up to the earlier report's date, when any.</param>
/// <param name="StumbleRateAfter">The same for questions dated after it, when any.</param>
/// <param name="QuestionsBefore">Questions on the theme dated up to the earlier report's date.</param>
/// <param name="QuestionsSince">Questions on the theme dated after the earlier report.</param>
/// <param name="StumblesSince">Of those, stumbles.</param>
/// <param name="TargetQuestions">The earlier item's target.</param>
/// <param name="Since">The earlier report's date.</param>
public sealed record ProgressItem(string Label, string? PreviousLabel, int? ThemeId, ProgressStatus Status, double? StumbleRateBefore, double? StumbleRateAfter, int QuestionsBefore, int QuestionsSince, int StumblesSince, int TargetQuestions, DateOnly Since)
{
    /// <summary>
    /// Stumbles / questions over all the person's questions in the new log: the level an <see cref="ProgressStatus.Improved"/>
    /// theme is back at or below; <see langword="null"/> when not known (a theme not found again).
    /// </summary>
    public double? UsualStumbleRate { get; init; }
}
