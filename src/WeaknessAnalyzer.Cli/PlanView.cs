using System.Globalization;

using Spectre.Console;
using Spectre.Console.Rendering;

using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Cli;

/// <summary>
/// What the tool prints: how the log was read, then per person the progress against the last plan and the plan itself.
/// In a terminal: panels and colour (Spectre.Console); otherwise plain lines, unwrapped. Every value from the log goes
/// through <see cref="Terminal.Safe"/> (no control characters) and is never parsed as markup.
/// </summary>
internal static class PlanView
{
    public static void Write(Terminal terminal, WeaknessReport report, bool progressOnly)
    {
        IView view = terminal.Rich ? new RichView(terminal) : new PlainView(terminal.Out);
        view.Line(ReportText.Reading(report.Ingestion), "grey");
        foreach (var note in ReportText.ReadingNotes(report.Ingestion)) view.Line("Note: " + note, "yellow");
        if (ReportText.Decoding(report.Ingestion) is { Length: > 0 } decoding) view.Line(decoding, "yellow");
        foreach (var c in report.Candidates)
        {
            view.Blank();
            if (report.HasCandidates && c.Candidate.Length > 0) view.Heading(c.Candidate);
            WriteProgress(view, c, alwaysSay: progressOnly);
            if (!progressOnly) WritePlan(view, c);
        }
    }

    private static void WriteProgress(IView view, CandidateReport c, bool alwaysSay)
    {
        if (c.Progress.Count == 0)
        {
            if (alwaysSay) view.Line("The earlier report has no plan for this person.", "grey");
            return;
        }

        view.Title($"Progress since the last plan ({Date(c.Progress[0].Since)})");
        foreach (var p in c.Progress)
        {
            var colour = p.Status switch
            {
                ProgressStatus.MetTarget or ProgressStatus.Improved => "green",
                ProgressStatus.Worse => "red",
                ProgressStatus.New or ProgressStatus.BetterStillWeak => "yellow",
                _ => null,
            };
            view.Line("- " + ReportText.Progress(p), colour);
        }

        view.Blank();
    }

    private static void WritePlan(IView view, CandidateReport c)
    {
        var plan = c.Plan;
        view.Title($"Your plan (review it on {Date(plan.ReviewDate)})");
        if (plan.Items.Count == 0) view.Line("No recurring weakness yet: no theme has stumbles in more than one interview.", null);
        foreach (var item in plan.Items)
        {
            var lines = new List<(string Label, string Text)>
            {
                ("Goal", ReportText.Goal(item)),
                ("Why", ReportText.Evidence(item)),
            };
            lines.AddRange(item.Feedback.Select(f => ("Interviewer said", $"\"{f}\"")));
            lines.AddRange(item.Actions.Select(a => ("Do", ReportText.Action(a))));
            lines.AddRange(item.Rehearse.Select(q => ("Rehearse", ReportText.Rehearsal(item, q))));
            lines.AddRange(item.Practice.Select(q => ("Practise (new)", q)));
            view.Item($"{item.Priority}. {item.Theme}", lines);
        }

        if (plan.Checklist.Count > 0)
        {
            view.Line("Before and after the next interviews:", null);
            foreach (var check in plan.Checklist) view.Line("- [ ] " + ReportText.Checklist(check, plan), null);
        }

        if (c.Feedback.WithoutFeedback.Count > 0) view.Line("- " + ReportText.AskForFeedback(c.Feedback.WithoutFeedback), null);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private interface IView
    {
        void Blank();

        void Heading(string text);

        void Title(string text);

        void Line(string text, string? colour);

        void Item(string title, IReadOnlyList<(string Label, string Text)> lines);
    }

    private sealed class PlainView(TextWriter w) : IView
    {
        public void Blank() => w.WriteLine();

        public void Heading(string text) => w.WriteLine($"== {Terminal.Safe(text)} ==");

        public void Title(string text) => w.WriteLine(Terminal.Safe(text));

        public void Line(string text, string? colour) => w.WriteLine(Terminal.Safe(text));

        public void Item(string title, IReadOnlyList<(string Label, string Text)> lines)
        {
            w.WriteLine(Terminal.Safe(title));
            foreach (var (label, text) in lines) w.WriteLine($"   {label}: {Terminal.Safe(text)}");
            w.WriteLine();
        }
    }

    private sealed class RichView : IView
    {
        private readonly IAnsiConsole _console;

        public RichView(Terminal terminal)
        {
            _console = terminal.OutConsole();
            if (terminal.Width is { } width) _console.Profile.Width = width;
        }

        public void Blank() => _console.WriteLine();

        public void Heading(string text) => _console.Write(new Rule($"[bold]{Markup.Escape(Terminal.Safe(text))}[/]") { Justification = Justify.Left });

        public void Title(string text) => _console.MarkupLine($"[bold underline]{Markup.Escape(Terminal.Safe(text))}[/]");

        public void Line(string text, string? colour) =>
            _console.MarkupLine(colour is null ? Markup.Escape(Terminal.Safe(text)) : $"[{colour}]{Markup.Escape(Terminal.Safe(text))}[/]");

        public void Item(string title, IReadOnlyList<(string Label, string Text)> lines)
        {
            var rows = lines.Select(l => (IRenderable)new Markup($"[bold]{Markup.Escape(l.Label)}:[/] {Markup.Escape(Terminal.Safe(l.Text))}")).ToList();
            _console.Write(new Panel(new Rows(rows)) { Header = new PanelHeader($"[bold yellow] {Markup.Escape(Terminal.Safe(title))} [/]"), Border = BoxBorder.Rounded, Expand = true });
        }
    }
}
