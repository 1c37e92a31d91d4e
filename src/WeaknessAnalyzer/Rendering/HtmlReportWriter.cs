using System.Globalization;
using System.Net;
using System.Text;
using WeaknessAnalyzer.Ingestion;

using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

/// <summary>
/// Writes a report as one self-contained HTML file (no external scripts, styles or fonts) with inline SVG charts:
/// themes by stumbles and stumble rate, stumbles over time per recurring theme, and confidence against response.
/// Everything from the log is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the report.</summary>
    public static void Write(WeaknessReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>Interview weakness report</title><style>");
        sb.Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;background:#f6f7f9;color:#1d2330}main{max-width:960px;margin:0 auto;padding:24px}");
        sb.Append("h1{font-size:1.8rem;margin:.2em 0}h2{margin-top:1.6em;border-bottom:2px solid #dde2ea;padding-bottom:.2em}h3{margin-bottom:.3em}");
        sb.Append(".card{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:16px 20px;margin:14px 0;overflow-x:auto}");
        sb.Append("table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e6e9ef}th{background:#eef1f6}");
        sb.Append(".muted{color:#667085}.pill{display:inline-block;border-radius:999px;padding:1px 8px;font-size:.8rem;background:#fde8e8;color:#9b1c1c}.ok{background:#e3f6ea;color:#176b3a}svg{max-width:100%;height:auto}");
        sb.Append(".note{border-left:4px solid #e0a800}details summary{cursor:pointer;font-weight:600}#calibration-chart{max-width:440px;display:block}@media (max-width:600px){main{padding:10px}.card{padding:12px 14px}svg.chart{min-width:680px}#calibration-chart{min-width:0}}details.evidence{margin:.6em 0 1em}.card>h2:first-child{margin-top:.2em}tr.stumble td{background:#fff4f4}tr.more td{font-style:italic;color:#667085}");
        sb.Append("</style></head><body><main>");
        sb.Append("<h1>Interview weakness report</h1>");
        var s = report.Ingestion;
        sb.Append(Inv, $"<p class=\"muted\">As of {report.ReferenceDate:yyyy-MM-dd}. {H(ReportText.Reading(s))}{H(ReportText.Decoding(s))}</p>");
        Reading(sb, s);
        if (report.HasCandidates && report.Cohort.Count > 0)
        {
            sb.Append("<section class=\"card\" id=\"cohort\"><h2>Cohort</h2><table><tr><th>Theme</th><th>Candidates</th><th>Stumbles</th></tr>");
            foreach (var c in report.Cohort) sb.Append(Inv, $"<tr><td>{H(c.Label)}</td><td>{c.Candidates}</td><td>{c.Stumbles}</td></tr>");
            sb.Append("</table></section>");
        }

        foreach (var c in report.Candidates) Candidate(sb, c, report.HasCandidates);
        sb.Append("</main></body></html>");
        writer.Write(sb.ToString());
    }

    /// <summary>Notes on the reading at the top, and every group of problems in a collapsible block.</summary>
    private static void Reading(StringBuilder sb, IngestionSummary s)
    {
        var notes = ReportText.ReadingNotes(s);
        if (notes.Count > 0)
        {
            sb.Append("<section class=\"card note\" id=\"reading\"><ul>");
            foreach (var note in notes) sb.Append(Inv, $"<li>{H(note)}</li>");
            sb.Append("</ul></section>");
        }

        if (s.Problems.Count == 0) return;
        sb.Append(Inv, $"<details class=\"card\" id=\"problems\"><summary>What could not be read: {H(s.Problems.Count == 1 ? "1 problem" : $"{s.Problems.Count} problems")}</summary><ul>");
        foreach (var g in s.ProblemGroups) sb.Append(Inv, $"<li>{H(ReportText.ProblemGroup(g, s, maxRows: 50))}</li>");
        sb.Append("</ul></details>");
    }

    /// <summary>The report as an HTML string.</summary>
    public static string ToHtml(WeaknessReport report)
    {
        using var sw = new StringWriter(Inv);
        Write(report, sw);
        return sw.ToString();
    }

    // Control characters from the log (ESC, BEL, C1) are not valid in HTML text: dropped before encoding.
    private static string H(string s) => WebUtility.HtmlEncode(TextFormat.Printable(s));

    private static string Pct(double x) => TextFormat.Pct(x);

    private static void Candidate(StringBuilder sb, CandidateReport c, bool named)
    {
        var interviewOf = InterviewOf(c);
        sb.Append("<section class=\"candidate\">");
        if (named) sb.Append(Inv, $"<h2>{H(c.Candidate)}</h2>");
        sb.Append(Inv, $"<p>{ReportText.Count(c.Interviews.Count, "interview")}, {ReportText.Count(c.QuestionCount, "question")}, {ReportText.Count(c.StumbleCount, "stumble")}.</p>");
        foreach (var caveat in c.Caveats) sb.Append(Inv, $"<p class=\"muted\">Note: {H(ReportText.Caveat(caveat, c))}</p>");

        if (c.Progress.Count > 0)
        {
            sb.Append(Inv, $"<div class=\"card\" id=\"progress\"><h2>Progress since the last plan ({TextFormat.Date(c.Progress[0].Since)})</h2><ul>");
            foreach (var p in c.Progress) sb.Append(Inv, $"<li class=\"progress-{p.Status.ToString().ToLowerInvariant()}\">{H(ReportText.Progress(p))}</li>");
            sb.Append("</ul>");
            ProgressChart(sb, c.Progress);
            sb.Append("</div>");
        }

        sb.Append("<div class=\"card\" id=\"plan\"><h2>Your development plan</h2>");
        if (c.Plan.Items.Count == 0) sb.Append("<p>No recurring weakness yet.</p>");
        foreach (var p in c.Plan.Items)
        {
            sb.Append(Inv, $"<h3>{p.Priority}. {H(p.Theme)}</h3><p><strong>Goal:</strong> {H(ReportText.Goal(p))}</p><p class=\"muted\">{H(ReportText.Evidence(p))}</p>");
            if (p.Feedback.Count > 0)
            {
                sb.Append("<p><strong>Interviewers said:</strong></p><ul class=\"quotes\">");
                foreach (var s in p.Feedback) sb.Append(Inv, $"<li>&ldquo;{H(s)}&rdquo;</li>");
                sb.Append("</ul>");
            }

            sb.Append("<ul>");
            foreach (var a in p.Actions) sb.Append(Inv, $"<li>{H(ReportText.Action(a))}</li>");
            sb.Append("</ul><p>Rehearse:</p><ol>");
            foreach (var q in p.Rehearse) sb.Append(Inv, $"<li>{H(ReportText.Rehearsal(p, q))}</li>");
            sb.Append("</ol>");
            if (p.Practice.Count > 0)
            {
                sb.Append("<p>New questions to practise:</p><ol>");
                foreach (var q in p.Practice) sb.Append(Inv, $"<li>{H(q)}</li>");
                sb.Append("</ol>");
            }

            Evidence(sb, p.Finding, interviewOf);
        }

        sb.Append("<h3>Checklist</h3><ul>");
        foreach (var item in c.Plan.Checklist) sb.Append(Inv, $"<li>{H(ReportText.Checklist(item, c.Plan))}</li>");
        sb.Append("</ul></div>");

        sb.Append("<div class=\"card\" id=\"weaknesses\"><h2>Recurring weaknesses</h2>");
        if (c.RecurringWeaknesses.Count == 0) sb.Append("<p>None found.</p>");
        foreach (var f in c.RecurringWeaknesses)
        {
            sb.Append(Inv, $"<h3>{H(f.Label)}</h3><p>{H(ReportText.FindingSummary(f))}</p>");
            Evidence(sb, f, interviewOf);
        }

        sb.Append("</div><div class=\"card\" id=\"strengths\"><h2>Strengths to keep</h2>");
        if (c.Strengths.Count == 0) sb.Append("<p>None stands out yet.</p>");
        else
        {
            sb.Append("<ul>");
            foreach (var f in c.Strengths.Take(5)) sb.Append(Inv, $"<li>{H(f.Label)}: {f.QuestionCount - f.StumbleCount} of {f.QuestionCount} answered well</li>");
            sb.Append("</ul>");
        }

        sb.Append("</div>");

        sb.Append("<div class=\"card\"><h2>Themes by stumbles</h2>");
        ThemeChart(sb, c.Themes.Where(t => t.StumbleCount > 0 || !t.Unthemed).OrderByDescending(t => t.StumbleCount).ThenBy(t => t.Id).Take(12).ToList());
        sb.Append("<table><tr><th>#</th><th>Theme</th><th>Questions</th><th>Interviews</th><th>Stumbles</th><th>Rate</th><th>Trend</th></tr>");
        foreach (var t in c.Themes)
        {
            sb.Append(Inv, $"<tr><td>{t.Id}</td><td>{H(t.Label)} {(t.Recurring ? "<span class=\"pill\">recurring</span>" : "")}</td><td>{t.QuestionCount}</td><td>{t.InterviewCount}</td><td>{t.StumbleCount}</td><td>{Pct(t.StumbleRate)}</td><td>{H(ReportText.Trend(t.Trend))}</td></tr>");
        }

        sb.Append("</table></div>");

        if (c.RecurringWeaknesses.Count > 0)
        {
            sb.Append("<div class=\"card\"><h2>Stumble rate by month</h2>");
            TimeChart(sb, c);
            sb.Append("</div>");
        }

        sb.Append("<div class=\"card\"><h2>Confidence against response</h2>");
        CalibrationChart(sb, c.SelfAssessment.Matrix);
        sb.Append(Inv, $"<p>{H(ReportText.CalibrationVerdict(c.SelfAssessment))}</p><ul>");
        foreach (var l in c.SelfAssessment.UnderRated.Select(ReportText.UnderRated).Concat(c.SelfAssessment.OverRated.Select(ReportText.OverRated))) sb.Append(Inv, $"<li>{H(l)}</li>");
        sb.Append("</ul></div>");

        sb.Append(Inv, $"<div class=\"card\"><h2>Feedback</h2><p>{ReportText.Count(c.Feedback.WithFeedback.Count, "interview")} with feedback, {c.Feedback.WithoutFeedback.Count} without.</p>");
        foreach (var critical in new[] { true, false })
        {
            var points = c.Feedback.RecurringThemes.Where(f => f.Critical == critical).ToList();
            if (points.Count == 0) continue;
            sb.Append(Inv, $"<p>{H(ReportText.FeedbackHeading(critical))}</p><ul>");
            foreach (var f in points) sb.Append(Inv, $"<li>{H(ReportText.FeedbackPoint(f))}</li>");
            sb.Append("</ul>");
        }

        if (c.Feedback.WithoutFeedback.Count > 0) sb.Append(Inv, $"<ul><li>{H(ReportText.AskForFeedback(c.Feedback.WithoutFeedback))}</li></ul>");
        sb.Append("</div>");
        sb.Append(Inv, $"<div class=\"card\"><h2>Preparation</h2><p>{H(ReportText.PreparationVerdict(c.Preparation))}</p><ul>");
        foreach (var g in c.Preparation.ByOutcome) sb.Append(Inv, $"<li>{H($"{g.Group}: {ReportText.Count(g.Interviews, "interview")}, mean {g.Mean?.ToString("0.#", Inv)} h")}</li>");
        foreach (var l in c.Preparation.ByStage.Select(ReportText.Stage).Concat(ReportText.PrepGaps(c.Preparation.StumbledDespitePrep))) sb.Append(Inv, $"<li>{H(l)}</li>");
        sb.Append(Inv, $"</ul></div><div class=\"card\"><h2>Fit</h2><p>{H(ReportText.FitVerdict(c.Fit))}</p><ul>");
        foreach (var i in c.Fit.LostDespiteStrongAnswers) sb.Append(Inv, $"<li>Possible fit mismatch: {H(i.Title)}</li>");
        foreach (var i in c.Fit.NotWanted) sb.Append(Inv, $"<li>{H(ReportText.NotWanted(i))}</li>");
        foreach (var r in c.Fit.Remarks) sb.Append(Inv, $"<li>{H(ReportText.FitRemark(r))}</li>");
        foreach (var g in c.Fit.ByRole) sb.Append(Inv, $"<li>{H($"Role {g.Group}: {ReportText.Count(g.Interviews, "interview")}, {g.Successes} advanced/offer, {g.Rejections} rejected")}</li>");
        sb.Append("</ul></div></section>");
    }

    private static void ThemeChart(StringBuilder sb, List<ThemeFinding> themes)
    {
        if (themes.Count == 0) return;
        const int RowH = 26, Left = 310, Width = 560;
        var max = Math.Max(1, themes.Max(t => t.QuestionCount));
        var height = themes.Count * RowH + 30;
        sb.Append(Inv, $"<svg class=\"chart\" id=\"themes-chart\" role=\"img\" aria-label=\"Themes by stumbles\" viewBox=\"0 0 {Left + Width + 120} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < themes.Count; i++)
        {
            var t = themes[i];
            var y = i * RowH + 10;
            var total = (double)t.QuestionCount / max * Width;
            var stumbles = (double)t.StumbleCount / max * Width;
            // About 7 px a character at 13 px: 42 characters fit the 310 px before the bars; the full name on hover.
            var label = TextFormat.Shorten(t.Label, 42);
            sb.Append(Inv, $"<text x=\"{Left - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2330\"><title>{H(t.Label)}</title>{H(label)}</text>");
            sb.Append(Inv, $"<rect x=\"{Left}\" y=\"{y}\" width=\"{total:0.#}\" height=\"{RowH - 8}\" fill=\"#cfd8e6\" rx=\"3\"><title>{t.QuestionCount} questions</title></rect>");
            sb.Append(Inv, $"<rect class=\"bar\" x=\"{Left}\" y=\"{y}\" width=\"{stumbles:0.#}\" height=\"{RowH - 8}\" fill=\"#d64545\" rx=\"3\"><title>{t.StumbleCount} stumbles</title></rect>");
            sb.Append(Inv, $"<text x=\"{Left + total + 6:0.#}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#667085\">{t.StumbleCount}/{t.QuestionCount} ({Pct(t.StumbleRate)})</text>");
        }

        sb.Append(Inv, $"<text x=\"{Left}\" y=\"{height - 4}\" font-size=\"11\" fill=\"#667085\">red: stumbles, grey: all questions</text></svg>");
    }

    /// <summary>
    /// Rows shown in one evidence table at most: a coach's log can hold thousands of questions on one theme, and a page of a
    /// million rows does not open; the rest are counted in a last row and are all in the JSON report.
    /// </summary>
    internal const int MaxEvidenceRows = 200;

    /// <summary>A theme's questions, stumbles first, in a collapsible table: the evidence one click away.</summary>
    private static void Evidence(StringBuilder sb, ThemeFinding f, Dictionary<long, (string? Company, string? Stage)> interviewOf)
    {
        if (f.Questions.Count == 0) return;
        sb.Append(Inv, $"<details class=\"evidence\"><summary>Evidence: {H(ReportText.Count(f.QuestionCount, "question"))}, {H(ReportText.Count(f.StumbleCount, "stumble"))}</summary>");
        sb.Append("<table><tr><th>Row</th><th>Date</th><th>Interview</th><th>Question</th><th>Response</th><th>Confidence</th></tr>");
        foreach (var q in f.Questions.OrderByDescending(q => q.Stumble).ThenBy(q => q.Date ?? DateOnly.MaxValue).ThenBy(q => q.Row).Take(MaxEvidenceRows))
        {
            var where = interviewOf.TryGetValue(q.Row, out var iv) ? string.Join(", ", new[] { iv.Company, iv.Stage }.Where(x => !string.IsNullOrEmpty(x))) : "";
            sb.Append(Inv, $"<tr{(q.Stumble ? " class=\"stumble\"" : "")}><td>{q.Row}</td><td>{(q.Date is { } d ? TextFormat.Date(d) : "")}</td><td>{H(where)}</td><td>{H(q.Question)}</td><td>{H(q.Response?.ToString().ToLowerInvariant() ?? "")}</td><td>{q.Confidence?.ToString(Inv) ?? ""}</td></tr>");
        }

        if (f.Questions.Count > MaxEvidenceRows)
        {
            var more = f.Questions.Count - MaxEvidenceRows;
            var moreStumbles = Math.Max(0, f.StumbleCount - MaxEvidenceRows);
            sb.Append(Inv, $"<tr class=\"more\"><td colspan=\"6\">{H($"and {ReportText.Count(more, "more question")} ({ReportText.Count(moreStumbles, "stumble")}), all in the JSON report")}</td></tr>");
        }

        sb.Append("</table></details>");
    }

    /// <summary>Each row's interview (company and stage), once per candidate.</summary>
    private static Dictionary<long, (string? Company, string? Stage)> InterviewOf(CandidateReport c) =>
        c.Interviews.SelectMany(i => i.Rows.Select(r => (Row: r, Where: (i.Company, i.Stage)))).ToDictionary(p => p.Row, p => p.Where);

    /// <summary>
    /// The stumble rate of each recurring theme (at most five) per calendar month: the share of its questions that month
    /// that went wrong, a point per month with questions on it, months on the x axis, 0-100% on the y axis.
    /// </summary>
    private static void TimeChart(StringBuilder sb, CandidateReport c)
    {
        var themes = c.RecurringWeaknesses.Take(5).ToList();
        var dated = themes.SelectMany(t => t.Questions).Where(q => q.Date is not null).ToList();
        if (dated.Count == 0)
        {
            sb.Append("<p class=\"muted\">No dates in the log.</p>");
            return;
        }

        static int Month(DateOnly d) => d.Year * 12 + d.Month - 1;
        var first = dated.Min(q => Month(q.Date!.Value));
        var last = dated.Max(q => Month(q.Date!.Value));
        var months = last - first + 1;
        string[] colors = ["#d64545", "#3b6fd6", "#2f9e62", "#c98a12", "#8a4fd6"];
        const int W = 820, Top = 16, PlotH = 180, L = 58, R = 20;
        var bottom = Top + PlotH;
        var slot = (double)(W - L - R) / months;
        double X(int month) => L + (month - first + 0.5) * slot;
        double Y(double rate) => bottom - rate * PlotH;
        sb.Append(Inv, $"<svg class=\"chart\" id=\"time-chart\" role=\"img\" aria-label=\"Stumble rate by month for each recurring theme\" viewBox=\"0 0 {W} {bottom + 60 + themes.Count * 18}\" xmlns=\"http://www.w3.org/2000/svg\">");
        foreach (var tick in new[] { 0, 50, 100 })
        {
            sb.Append(Inv, $"<line x1=\"{L}\" y1=\"{Y(tick / 100.0):0.#}\" x2=\"{W - R}\" y2=\"{Y(tick / 100.0):0.#}\" stroke=\"{(tick == 0 ? "#99a3b3" : "#e6e9ef")}\"/>");
            sb.Append(Inv, $"<text x=\"{L - 6}\" y=\"{Y(tick / 100.0) + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"#667085\">{tick}%</text>");
        }

        // Every month labelled when they fit, else every second, third...
        var every = Math.Max(1, (int)Math.Ceiling(months / 12.0));
        for (var m = first; m <= last; m++)
        {
            if ((m - first) % every != 0) continue;
            sb.Append(Inv, $"<text x=\"{X(m):0.#}\" y=\"{bottom + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#667085\">{m / 12:0000}-{m % 12 + 1:00}</text>");
        }

        sb.Append(Inv, $"<text x=\"{L + (W - L - R) / 2}\" y=\"{bottom + 34}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#667085\">month of the interview</text>");
        sb.Append(Inv, $"<text transform=\"translate(14 {Top + PlotH / 2}) rotate(-90)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#667085\">went wrong</text>");
        for (var s = 0; s < themes.Count; s++)
        {
            var points = themes[s].Questions.Where(q => q.Date is not null).GroupBy(q => Month(q.Date!.Value)).OrderBy(g => g.Key)
                .Select(g => (Month: g.Key, Stumbles: g.Count(q => q.Stumble), Count: g.Count())).ToList();
            // A small offset per theme keeps equal rates in one month apart.
            var dx = (s - (themes.Count - 1) / 2.0) * Math.Min(6, slot / 8);
            if (points.Count > 1)
            {
                sb.Append(Inv, $"<polyline fill=\"none\" stroke=\"{colors[s]}\" stroke-width=\"2\" points=\"{string.Join(" ", points.Select(p => (X(p.Month) + dx).ToString("0.#", Inv) + "," + Y((double)p.Stumbles / p.Count).ToString("0.#", Inv)))}\"/>");
            }

            foreach (var p in points)
            {
                sb.Append(Inv, $"<circle class=\"point\" cx=\"{X(p.Month) + dx:0.#}\" cy=\"{Y((double)p.Stumbles / p.Count):0.#}\" r=\"{3 + Math.Min(4, p.Count)}\" fill=\"{colors[s]}\" fill-opacity=\"0.85\"><title>{H($"{themes[s].Label}, {p.Month / 12:0000}-{p.Month % 12 + 1:00}: {p.Stumbles} of {p.Count} went wrong")}</title></circle>");
            }

            sb.Append(Inv, $"<rect x=\"{L}\" y=\"{bottom + 46 + s * 18}\" width=\"12\" height=\"12\" fill=\"{colors[s]}\"/><text x=\"{L + 18}\" y=\"{bottom + 56 + s * 18}\" font-size=\"12\" fill=\"#1d2330\">{H(themes[s].Label)}</text>");
        }

        sb.Append("</svg><p class=\"muted\">Each point is one month: the share of that month's questions on the theme that went wrong (a larger point: more questions).</p>");
    }

    /// <summary>The stumble rate of each earlier plan item before the plan and since, side by side.</summary>
    private static void ProgressChart(StringBuilder sb, IReadOnlyList<ProgressItem> items)
    {
        var shown = items.Where(p => p.StumbleRateBefore is not null || p.StumbleRateAfter is not null).ToList();
        if (shown.Count == 0) return;
        const int RowH = 40, Left = 310, Width = 440;
        var height = shown.Count * RowH + 30;
        sb.Append(Inv, $"<svg class=\"chart\" id=\"progress-chart\" role=\"img\" aria-label=\"Stumble rate before the last plan and since\" viewBox=\"0 0 {Left + Width + 110} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < shown.Count; i++)
        {
            var p = shown[i];
            var y = i * RowH + 6;
            sb.Append(Inv, $"<text x=\"{Left - 8}\" y=\"{y + 20}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2330\"><title>{H(p.Label)}</title>{H(TextFormat.Shorten(p.Label, 42))}</text>");
            Bar(y, p.StumbleRateBefore, "#99a3b3", "before");
            Bar(y + 16, p.StumbleRateAfter, "#3b6fd6", "since");
        }

        sb.Append(Inv, $"<text x=\"{Left}\" y=\"{height - 4}\" font-size=\"11\" fill=\"#667085\">share that went wrong: grey before the plan, blue since</text></svg>");

        void Bar(int y, double? rate, string color, string when)
        {
            if (rate is not { } r)
            {
                sb.Append(Inv, $"<text x=\"{Left}\" y=\"{y + 11}\" font-size=\"11\" fill=\"#667085\">{when}: not asked</text>");
                return;
            }

            sb.Append(Inv, $"<rect class=\"progress-bar\" x=\"{Left}\" y=\"{y}\" width=\"{Math.Max(1, r * Width):0.#}\" height=\"13\" fill=\"{color}\" rx=\"2\"/>");
            sb.Append(Inv, $"<text x=\"{Left + Math.Max(1, r * Width) + 6:0.#}\" y=\"{y + 11}\" font-size=\"11\" fill=\"#667085\">{when}: {Pct(r)}</text>");
        }
    }

    private static void CalibrationChart(StringBuilder sb, IReadOnlyList<CalibrationCell> matrix)
    {
        if (matrix.Count == 0)
        {
            sb.Append("<p class=\"muted\">No question has both a confidence and a response.</p>");
            return;
        }

        const int Cell = 52, L = 90, T = 20;
        var max = matrix.Max(m => m.Count);
        var responses = new[] { ResponseQuality.Stumped, ResponseQuality.Weak, ResponseQuality.Ok, ResponseQuality.Strong };
        sb.Append(Inv, $"<svg class=\"chart\" id=\"calibration-chart\" role=\"img\" aria-label=\"Confidence against response\" viewBox=\"0 0 {L + 5 * Cell + 20} {T + 4 * Cell + 40}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var r = 0; r < 4; r++)
        {
            sb.Append(Inv, $"<text x=\"{L - 8}\" y=\"{T + r * Cell + Cell / 2 + 4}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1d2330\">{responses[3 - r].ToString().ToLowerInvariant()}</text>");
            for (var conf = 1; conf <= 5; conf++)
            {
                var count = matrix.FirstOrDefault(m => m.Confidence == conf && m.Response == responses[3 - r])?.Count ?? 0;
                var alpha = count == 0 ? 0.04 : 0.15 + 0.85 * count / max;
                var x = L + (conf - 1) * Cell;
                var y = T + r * Cell;
                sb.Append(Inv, $"<rect class=\"cell\" x=\"{x}\" y=\"{y}\" width=\"{Cell - 4}\" height=\"{Cell - 4}\" rx=\"4\" fill=\"#3b6fd6\" fill-opacity=\"{alpha:0.00}\"/>");
                if (count > 0) sb.Append(Inv, $"<text x=\"{x + Cell / 2 - 2}\" y=\"{y + Cell / 2 + 3}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1d2330\">{count}</text>");
            }
        }

        for (var conf = 1; conf <= 5; conf++) sb.Append(Inv, $"<text x=\"{L + (conf - 1) * Cell + Cell / 2 - 2}\" y=\"{T + 4 * Cell + 14}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2330\">{conf}</text>");
        sb.Append(Inv, $"<text x=\"{L + 5 * Cell / 2}\" y=\"{T + 4 * Cell + 34}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#667085\">confidence</text></svg>");
    }
}
