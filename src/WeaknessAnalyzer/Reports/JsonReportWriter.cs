using System.Text.Encodings.Web;
using System.Text.Json;
using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>
/// Writes a report as JSON (camelCase, stable names, <c>schemaVersion</c>). A personal log gives one report at the top
/// level; a log with a candidate column gives <c>candidates[]</c> (each a full report) and <c>cohort[]</c>.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Writes the report to a stream as UTF-8 JSON.</summary>
    public static void Write(WeaknessReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default });
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", WeaknessReport.SchemaVersion);
        w.WriteString("referenceDate", Date(report.ReferenceDate));
        WriteIngestion(w, report.Ingestion);
        if (report.HasCandidates)
        {
            w.WriteStartArray("candidates");
            foreach (var c in report.Candidates)
            {
                w.WriteStartObject();
                w.WriteString("candidate", c.Candidate);
                WriteIngestion(w, c.Ingestion);
                WriteCandidate(w, c);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("cohort");
            foreach (var t in report.Cohort)
            {
                w.WriteStartObject();
                w.WriteNumber("themeId", t.ThemeId);
                w.WriteString("label", t.Label);
                w.WriteNumber("candidateCount", t.Candidates);
                w.WriteNumber("stumbleCount", t.Stumbles);
                Strings(w, "candidates", t.CandidateNames);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
        else
        {
            WriteCandidate(w, report.Candidates[0]);
        }

        w.WriteEndObject();
    }

    /// <summary>The report as a JSON string.</summary>
    public static string ToJson(WeaknessReport report)
    {
        using var ms = new MemoryStream();
        Write(report, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string Date(DateOnly d) => TextFormat.Date(d);

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 4));
        else w.WriteNull(name);
    }

    private static void WriteIngestion(Utf8JsonWriter w, IngestionSummary s)
    {
        w.WriteStartObject("ingestion");
        w.WriteNumber("rowsRead", s.RowsRead);
        w.WriteNumber("rowsAccepted", s.RowsAccepted);
        w.WriteNumber("rowsRejected", s.RowsRejected);
        w.WriteStartArray("problems");
        foreach (var p in s.Problems)
        {
            w.WriteStartObject();
            w.WriteNumber("row", p.RowNumber);
            w.WriteNumber("line", p.LineNumber);
            if (p.Column is null) w.WriteNull("column");
            else w.WriteString("column", p.Column);
            w.WriteString("reason", p.Reason);
            w.WriteString("action", p.Action.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "unknownColumns", s.UnknownColumns);
        w.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter w, CandidateReport c)
    {
        w.WriteNumber("interviewCount", c.Interviews.Count);
        w.WriteNumber("questionCount", c.QuestionCount);
        w.WriteNumber("stumbleCount", c.StumbleCount);
        w.WriteStartArray("themes");
        foreach (var t in c.Themes)
        {
            w.WriteStartObject();
            w.WriteNumber("id", t.Id);
            w.WriteString("label", t.Label);
            Strings(w, "keywords", t.Keywords);
            w.WriteNumber("questionCount", t.QuestionCount);
            w.WriteNumber("interviewCount", t.InterviewCount);
            w.WriteNumber("stumbleCount", t.StumbleCount);
            w.WriteNumber("stumbleRate", Math.Round(t.StumbleRate, 4));
            w.WriteBoolean("recurring", t.Recurring);
            w.WriteString("trend", Camel(t.Trend.ToString()));
            w.WriteBoolean("unthemed", t.Unthemed);
            w.WriteNumber("severity", t.Severity);
            Nullable(w, "meanConfidence", t.MeanConfidence);
            Nullable(w, "stumbleRateRejected", t.StumbleRateRejected);
            Nullable(w, "stumbleRateAdvanced", t.StumbleRateAdvanced);
            if (t.FirstSeen is { } f) w.WriteString("firstSeen", Date(f)); else w.WriteNull("firstSeen");
            if (t.LastSeen is { } l) w.WriteString("lastSeen", Date(l)); else w.WriteNull("lastSeen");
            w.WriteStartArray("rows");
            foreach (var r in t.Rows) w.WriteNumberValue(r);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("plan");
        foreach (var p in c.Plan.Items)
        {
            w.WriteStartObject();
            w.WriteNumber("priority", p.Priority);
            w.WriteNumber("themeId", p.ThemeId);
            w.WriteString("theme", p.Theme);
            w.WriteString("goal", p.Goal);
            w.WriteString("target", p.Target);
            Strings(w, "actions", p.Actions);
            Strings(w, "rehearse", p.Rehearse);
            w.WriteString("evidence", p.Evidence);
            w.WriteString("reviewDate", Date(p.ReviewDate));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "checklist", c.Plan.Checklist);

        w.WriteStartObject("feedback");
        w.WriteNumber("interviewsWithFeedback", c.Feedback.WithFeedback.Count);
        Strings(w, "interviewsWithoutFeedback", c.Feedback.WithoutFeedback.Select(i => i.Title));
        w.WriteStartArray("recurringThemes");
        foreach (var f in c.Feedback.RecurringThemes)
        {
            w.WriteStartObject();
            w.WriteString("label", f.Label);
            w.WriteNumber("interviewCount", f.InterviewCount);
            Strings(w, "sentences", f.Sentences);
            w.WriteStartObject("outcomes");
            foreach (var (k, v) in f.Outcomes) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "actions", c.Feedback.Actions);
        w.WriteEndObject();

        w.WriteStartObject("preparation");
        Groups(w, "byOutcome", c.Preparation.ByOutcome);
        Strings(w, "byStage", c.Preparation.ByStage);
        Strings(w, "stumbledDespitePrep", c.Preparation.StumbledDespitePrep);
        w.WriteString("verdict", c.Preparation.Verdict);
        w.WriteEndObject();

        w.WriteStartObject("fit");
        Groups(w, "interestByOutcome", c.Fit.InterestByOutcome);
        Strings(w, "lostDespiteStrongAnswers", c.Fit.LostDespiteStrongAnswers.Select(i => i.Title));
        Groups(w, "byRole", c.Fit.ByRole);
        Groups(w, "byCompany", c.Fit.ByCompany);
        w.WriteString("verdict", c.Fit.Verdict);
        w.WriteEndObject();

        w.WriteStartObject("selfAssessment");
        Strings(w, "underRated", c.SelfAssessment.UnderRated);
        Strings(w, "overRated", c.SelfAssessment.OverRated);
        w.WriteString("verdict", c.SelfAssessment.Verdict);
        w.WriteEndObject();

        Strings(w, "caveats", c.Caveats);
    }

    private static void Groups(Utf8JsonWriter w, string name, IReadOnlyList<GroupStat> groups)
    {
        w.WriteStartArray(name);
        foreach (var g in groups)
        {
            w.WriteStartObject();
            w.WriteString("group", g.Group);
            w.WriteNumber("interviews", g.Interviews);
            Nullable(w, "mean", g.Mean);
            w.WriteNumber("successes", g.Successes);
            w.WriteNumber("rejections", g.Rejections);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
