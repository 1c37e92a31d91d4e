using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

/// <summary>
/// Writes a report as JSON (schema version <see cref="WeaknessReport.SchemaVersion"/>, camelCase, described in the README):
/// the report's facts, with the sentences <see cref="ReportText"/> makes of them beside. Serialized by System.Text.Json's
/// source generator; non-ASCII and HTML-sensitive characters are escaped, so the output is safe to embed anywhere.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    /// <summary>Writes the report to a stream as UTF-8 JSON. The stream is left open.</summary>
    public static void Write(WeaknessReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        JsonSerializer.Serialize(w, JsonReportMapper.Map(report), JsonReportContext.Default.JsonReport);
    }

    /// <summary>Writes the report to a text writer. The writer is left open.</summary>
    public static void Write(WeaknessReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToJson(report));
    }

    /// <summary>The report as a JSON string.</summary>
    public static string ToJson(WeaknessReport report)
    {
        using var ms = new MemoryStream();
        Write(report, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}

/// <summary>The report's facts and sentences as the JSON contract's records.</summary>
internal static class JsonReportMapper
{
    public static JsonReport Map(WeaknessReport report) => new(
        WeaknessReport.SchemaVersion, TextFormat.Date(report.ReferenceDate), report.HasCandidates, Ingestion(report.Ingestion),
        [.. report.Candidates.Select(Candidate)],
        [.. report.Cohort.Select(t => new JsonCohortTheme(t.ThemeId, t.Label, t.Candidates, t.Stumbles, t.CandidateNames))]);

    private static JsonIngestion Ingestion(IngestionSummary s) => new(
        s.RowsRead, s.RowsAccepted, s.RowsRejected, s.RowsBlank, s.RowsFilledDown, s.RowsSplit, s.Encoding, Camel(s.DateOrder),
        [.. s.ColumnMatches.Select(c => new JsonColumn(c.Column, c.Header, Camel(c.MatchedBy), c.Filled, c.Cleared, c.TenPointScale, c.MostlyUnreadable))],
        ReportText.ReadingNotes(s),
        [.. s.ProblemGroups.Select(g => new JsonProblemGroup(g.Column, g.Reason, Camel(g.Action), g.Count, g.Rows, ReportText.ProblemGroup(g, s, int.MaxValue)))],
        [.. s.Problems.Select(p => new JsonProblem(p.RowNumber, p.LineNumber, p.Column, p.Reason, Camel(p.Action)))],
        s.UnknownColumns, s.DatesWithoutYear);

    private static JsonCandidate Candidate(CandidateReport c) => new(
        c.Candidate, Ingestion(c.Ingestion), c.Interviews.Count, c.QuestionCount, c.StumbleCount,
        [.. c.Themes.Select(Theme)],
        [.. c.Plan.Items.Select(PlanItem)],
        [.. c.Plan.Checklist.Select(i => new JsonChecklistItem(Camel(i.Kind), i.Count, ReportText.Checklist(i, c.Plan)))],
        TextFormat.Date(c.Plan.ReviewDate),
        new JsonFeedback(
            c.Feedback.WithFeedback.Count, [.. c.Feedback.WithoutFeedback.Select(i => i.Title)],
            [.. c.Feedback.RecurringThemes.Select(f => new JsonFeedbackTheme(f.Label, f.Keywords, f.InterviewCount, f.Sentences, f.Outcomes, f.Critical))],
            [.. c.Feedback.WithoutFeedback.Select(ReportText.AskForFeedback)]),
        new JsonPreparation(
            Groups(c.Preparation.ByOutcome),
            [.. c.Preparation.ByStage.Select(s => new JsonStage(s.Stage, s.AdvancedInterviews, Round(s.AdvancedMeanHours), s.RejectedInterviews, Round(s.RejectedMeanHours), ReportText.Stage(s)))],
            [.. c.Preparation.StumbledDespitePrep.Select(g => new JsonPrepGap(g.ThemeId, g.Theme, g.Stumbles, g.MinHours, ReportText.PrepGap(g)))],
            Comparison(c.Preparation.Comparison), ReportText.PreparationVerdict(c.Preparation)),
        new JsonFit(
            Groups(c.Fit.InterestByOutcome), [.. c.Fit.LostDespiteStrongAnswers.Select(i => i.Title)], Groups(c.Fit.ByRole), Groups(c.Fit.ByCompany),
            Comparison(c.Fit.Comparison), ReportText.FitVerdict(c.Fit), [.. c.Fit.NotWanted.Select(ReportText.NotWanted)],
            [.. c.Fit.Remarks.Select(r => new JsonFitRemark(r.Interview.Title, r.Sentence, ReportText.FitRemark(r)))]),
        new JsonSelfAssessment(
            c.SelfAssessment.RatedQuestions, c.SelfAssessment.MatchedQuestions,
            [.. c.SelfAssessment.UnderRated.Select(g => Gap(g, ReportText.UnderRated(g)))],
            [.. c.SelfAssessment.OverRated.Select(g => Gap(g, ReportText.OverRated(g)))],
            ReportText.CalibrationVerdict(c.SelfAssessment)),
        [.. c.Caveats.Select(k => new JsonCaveat(Camel(k), ReportText.Caveat(k, c)))],
        [.. c.Progress.Select(p => new JsonProgress(p.Label, p.PreviousLabel, p.ThemeId, Camel(p.Status), p.StumbleRateBefore, p.StumbleRateAfter, p.QuestionsBefore, p.QuestionsSince, p.StumblesSince, p.TargetQuestions, p.UsualStumbleRate, ReportText.Progress(p)))]);

    private static JsonTheme Theme(ThemeFinding t) => new(
        t.Id, t.Label, Camel(t.Kind), t.Phrases, t.Keywords, t.QuestionCount, t.InterviewCount, t.StumbleCount, t.StumbleInterviewCount, Round(t.StumbleRate), t.Recurring,
        Camel(t.Trend), t.Unthemed, t.Severity, t.UsualStumbleRate, ReportText.Severity(t), Round(t.MeanConfidence), Round(t.StumbleRateRejected), Round(t.StumbleRateAdvanced),
        t.FirstSeen is { } f ? TextFormat.Date(f) : null, t.LastSeen is { } l ? TextFormat.Date(l) : null, t.Rows);

    private static JsonPlanItem PlanItem(PlanItem p) => new(
        p.Priority, p.ThemeId, p.Theme, p.TargetQuestions, TextFormat.Date(p.ReviewDate),
        [.. p.Actions.Select(a => new JsonPlanAction(Camel(a.Kind), a.Count, a.Keywords, ReportText.Action(a)))],
        p.Rehearse, ReportText.Goal(p), ReportText.Target(p), ReportText.Evidence(p), p.Feedback, p.Practice);

    private static JsonCalibrationGap Gap(CalibrationGap g, string text) => new(g.ThemeId, g.Theme, Round(g.MeanConfidence), Round(g.OkShare), g.Questions, text);

    private static JsonComparison Comparison(OutcomeComparison c) => new(
        Camel(c.Measure), c.AdvancedInterviews, Round(c.AdvancedMean), c.RejectedInterviews, Round(c.RejectedMean), c.MinGroupSize, Camel(c.Finding));

    private static List<JsonGroup> Groups(IReadOnlyList<GroupStat> groups) =>
        [.. groups.Select(g => new JsonGroup(g.Group, g.Interviews, Round(g.Mean), g.Successes, g.Rejections))];

    private static double Round(double value) => Math.Round(value, 4);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
