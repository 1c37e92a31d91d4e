using System.Globalization;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

internal sealed class TextLayout(TextWriter w, bool markdown)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private string E(string s) => markdown ? MarkdownReportWriter.Escape(s) : TextFormat.Printable(s);

    private void H(int level, string text)
    {
        if (markdown)
        {
            w.WriteLine($"{new string('#', level)} {text}");
        }
        else
        {
            w.WriteLine(level <= 2 ? text.ToUpperInvariant() : text);
            w.WriteLine(new string(level <= 2 ? '=' : '-', Math.Min(78, text.Length)));
        }

        w.WriteLine();
    }

    private void Bullet(string text) => w.WriteLine($"{(markdown ? "-" : "  *")} {text}");

    private static string Pct(double x) => TextFormat.Pct(x);

    private static string D(DateOnly? d) => TextFormat.Date(d);

    /// <summary>The most problem groups shown; the JSON report has every problem.</summary>
    private const int MaxProblemGroups = 20;

    public void Write(WeaknessReport report)
    {
        H(1, "Interview weakness report");
        var s = report.Ingestion;
        w.WriteLine(E($"As of {D(report.ReferenceDate)}. {ReportText.Reading(s)}{ReportText.Decoding(s)}"));
        w.WriteLine();
        var notes = ReportText.ReadingNotes(s);
        foreach (var note in notes) Bullet(E("Note: " + note));
        if (notes.Count > 0) w.WriteLine();
        if (s.Problems.Count > 0)
        {
            // Grouped by column and kind, so the one that matters is not buried under a hundred of another kind.
            var groups = s.ProblemGroups;
            if (markdown) H(3, "What could not be read");
            else w.WriteLine("What could not be read:");
            foreach (var g in groups.Take(MaxProblemGroups)) Bullet(E(ReportText.ProblemGroup(g, s)));
            if (groups.Count > MaxProblemGroups) Bullet($"... and {groups.Count - MaxProblemGroups} more kinds of problem (the JSON report lists every one)");
            w.WriteLine();
        }

        if (report.HasCandidates && report.Cohort.Count > 0)
        {
            H(2, "Cohort: themes many candidates stumble on");
            foreach (var c in report.Cohort) Bullet($"{E(c.Label)}: {c.Candidates} candidates, {c.Stumbles} stumbles ({E(string.Join(", ", c.CandidateNames))})");
            w.WriteLine();
        }

        foreach (var c in report.Candidates) WriteCandidate(c, report.HasCandidates);
    }

    private void WriteCandidate(CandidateReport c, bool named)
    {
        if (named) H(2, "Candidate: " + E(c.Candidate));
        w.WriteLine($"{ReportText.Count(c.Interviews.Count, "interview")}, {ReportText.Count(c.QuestionCount, "question")}, {ReportText.Count(c.StumbleCount, "stumble")}.");
        w.WriteLine();
        foreach (var caveat in c.Caveats) Bullet("Note: " + E(ReportText.Caveat(caveat, c)));
        if (c.Caveats.Count > 0) w.WriteLine();

        WriteProgress(c);
        WritePlan(c);
        WriteWeaknesses(c);
        WriteLessons(c);
    }

    private void WriteProgress(CandidateReport c)
    {
        if (c.Progress.Count == 0) return;
        H(3, $"Progress since the last plan ({D(c.Progress[0].Since)})");
        foreach (var p in c.Progress) Bullet(E(ReportText.Progress(p)));
        w.WriteLine();
    }

    private void WritePlan(CandidateReport c)
    {
        H(3, "Next steps: your development plan");
        if (c.Plan.Items.Count == 0)
        {
            w.WriteLine("No recurring weakness yet: no theme has stumbles in more than one interview.");
            w.WriteLine();
        }

        foreach (var p in c.Plan.Items)
        {
            w.WriteLine(markdown ? $"**{p.Priority}. {E(p.Theme)}**" : $"{p.Priority}. {p.Theme}");
            w.WriteLine();
            Bullet("Goal: " + E(ReportText.Goal(p)));
            Bullet("Why: " + E(ReportText.Evidence(p)));
            foreach (var s in p.Feedback) Bullet("Interviewer said: " + E($"\"{s}\""));
            foreach (var a in p.Actions) Bullet("Do: " + E(ReportText.Action(a)));
            foreach (var q in p.Rehearse) Bullet("Rehearse: " + E(ReportText.Rehearsal(p, q)));
            foreach (var q in p.Practice) Bullet("Practise (new): " + E(q));
            w.WriteLine();
        }

        w.WriteLine("Checklist for the next interviews:");
        w.WriteLine();
        foreach (var item in c.Plan.Checklist) Bullet("[ ] " + E(ReportText.Checklist(item, c.Plan)));
        w.WriteLine();
    }

    private const int MaxStumblesShown = 3;

    /// <summary>Up to <paramref name="max"/> stumbles, each different question first (a question stumbled three times would otherwise hide the others), in row order.</summary>
    internal static List<QuestionEvidence> ShownStumbles(IReadOnlyList<QuestionEvidence> stumbles, int max)
    {
        var firsts = stumbles.DistinctBy(q => Themes.TextKeys.DedupKey(q.Question), StringComparer.Ordinal).Take(max).ToList();
        var chosen = firsts.Concat(stumbles.Except(firsts).Take(max - firsts.Count)).ToHashSet();
        return [.. stumbles.Where(chosen.Contains)];
    }

    private void WriteWeaknesses(CandidateReport c)
    {
        H(3, "Recurring weaknesses");
        if (c.RecurringWeaknesses.Count == 0) w.WriteLine("None found.");
        foreach (var f in c.RecurringWeaknesses)
        {
            Bullet($"{E(f.Label)}: {E(ReportText.FindingSummary(f))}");
            var stumbles = f.Questions.Where(q => q.Stumble).ToList();
            var shown = ShownStumbles(stumbles, MaxStumblesShown);
            // Without a response the stumble comes from the confidence: say so.
            foreach (var q in shown) w.WriteLine($"    - row {q.Row}: {E(q.Question)} ({(q.Response is null && q.Confidence is { } rated ? $"no response, confidence {rated}/5" : ReportText.Response(q.Response))})");
            var rest = stumbles.Except(shown).Select(q => q.Row).ToList();
            if (rest.Count > 0) w.WriteLine($"    - and {ReportText.Count(rest.Count, "more stumble")} ({(rest.Count == 1 ? "row" : "rows")} {string.Join(", ", rest)})");
        }

        w.WriteLine();
        H(3, "Strengths to keep");
        if (c.Strengths.Count == 0) w.WriteLine("None stands out yet.");
        foreach (var f in c.Strengths.Take(5)) Bullet($"{E(f.Label)}: {f.QuestionCount - f.StumbleCount}/{f.QuestionCount} answered well");
        w.WriteLine();

        H(3, "All themes");
        if (markdown)
        {
            w.WriteLine("| id | theme | questions | interviews | stumbles | rate | recurring | trend |");
            w.WriteLine("|---:|---|---:|---:|---:|---:|---|---|");
            foreach (var f in c.Themes) w.WriteLine($"| {f.Id} | {E(f.Label)} | {f.QuestionCount} | {f.InterviewCount} | {f.StumbleCount} | {Pct(f.StumbleRate)} | {(f.Recurring ? "yes" : "no")} | {ReportText.Trend(f.Trend)} |");
        }
        else
        {
            w.WriteLine($"  {"id",3}  {"theme",-50} {"qs",4} {"ivs",4} {"stum",5} {"rate",5}  trend");
            foreach (var f in c.Themes) w.WriteLine($"  {f.Id,3}  {Trunc(f.Label, 50),-50} {f.QuestionCount,4} {f.InterviewCount,4} {f.StumbleCount,5} {Pct(f.StumbleRate),5}  {ReportText.Trend(f.Trend)}{(f.Recurring ? "  (recurring)" : "")}");
        }

        w.WriteLine();
    }

    private void WriteLessons(CandidateReport c)
    {
        H(3, "Feedback");
        w.WriteLine($"{ReportText.Count(c.Feedback.WithFeedback.Count, "interview")} with feedback, {c.Feedback.WithoutFeedback.Count} without.");
        w.WriteLine();
        foreach (var critical in new[] { true, false })
        {
            var points = c.Feedback.RecurringThemes.Where(f => f.Critical == critical).ToList();
            if (points.Count == 0) continue;
            w.WriteLine(ReportText.FeedbackHeading(critical));
            foreach (var f in points) Bullet(E(ReportText.FeedbackPoint(f)));
            w.WriteLine();
        }
        if (c.Feedback.WithoutFeedback.Count > 0) Bullet(E(ReportText.AskForFeedback(c.Feedback.WithoutFeedback)));
        w.WriteLine();

        H(3, "Preparation");
        w.WriteLine(E(ReportText.PreparationVerdict(c.Preparation)));
        w.WriteLine();
        foreach (var g in c.Preparation.ByOutcome) Bullet($"{g.Group}: {ReportText.Count(g.Interviews, "interview")}, mean {g.Mean?.ToString("0.#", Inv)} h");
        foreach (var stage in c.Preparation.ByStage) Bullet(E(ReportText.Stage(stage)));
        foreach (var line in ReportText.PrepGaps(c.Preparation.StumbledDespitePrep)) Bullet(E(line));
        w.WriteLine();

        H(3, "Fit");
        w.WriteLine(E(ReportText.FitVerdict(c.Fit)));
        w.WriteLine();
        foreach (var i in c.Fit.LostDespiteStrongAnswers) Bullet("Possible fit mismatch: " + E(i.Title));
        foreach (var i in c.Fit.NotWanted) Bullet(E(ReportText.NotWanted(i)));
        foreach (var r in c.Fit.Remarks) Bullet(E(ReportText.FitRemark(r)));
        foreach (var g in c.Fit.ByRole) Bullet($"Role {E(g.Group)}: {ReportText.Count(g.Interviews, "interview")}, {g.Successes} advanced/offer, {g.Rejections} rejected");
        w.WriteLine();

        H(3, "Self-assessment");
        w.WriteLine(E(ReportText.CalibrationVerdict(c.SelfAssessment)));
        w.WriteLine();
        foreach (var gap in c.SelfAssessment.UnderRated) Bullet("Under-rated: " + E(ReportText.UnderRated(gap)));
        foreach (var gap in c.SelfAssessment.OverRated) Bullet("Over-rated: " + E(ReportText.OverRated(gap)));
        w.WriteLine();
    }

    private static string Trunc(string s, int n) => TextFormat.Shorten(s, n);
}
