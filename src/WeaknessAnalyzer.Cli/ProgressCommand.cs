using System.CommandLine;

namespace WeaknessAnalyzer.Cli;

/// <summary>`weakness progress &lt;previous.json&gt; &lt;csv&gt;`: the progress against an earlier plan, alone.</summary>
internal static class ProgressCommand
{
    public static readonly string[] Examples =
    [
        "weakness progress interview-log.report.json interview-log.csv",
        "weakness progress march.report.json log.csv --candidate Ana",
    ];

    public static Command Build(Terminal terminal)
    {
        var log = new LogArguments();
        var previous = new Argument<string>("previous") { Description = "The earlier report's JSON (written by analyze --json)." };
        var command = new Command("progress", "For each item of an earlier plan: the questions on it since then, the stumble rate before and after, and whether it met its target.");
        command.Arguments.Add(previous);
        log.AddTo(command);
        command.SetAction(async (parsed, ct) =>
        {
            var csv = parsed.GetValue(log.Csv)!;
            var earlier = parsed.GetValue(previous)!;
            var fullPath = AnalysisRun.CheckLog(terminal, csv);
            var logOptions = log.LogOptions(parsed);
            var loaded = AnalysisRun.LoadPrevious(terminal, earlier);
            var report = await AnalysisRun.RunAsync(terminal, csv, fullPath, logOptions, parsed.GetValue(log.Seed), parsed.GetValue(log.WordsOnly), parsed.GetValue(log.NoCache), loaded, parsed.GetValue(log.Candidate), ct).ConfigureAwait(false);
            PlanView.Write(terminal, report, progressOnly: true);
            return WeaknessCli.Ok;
        });
        return command;
    }
}
