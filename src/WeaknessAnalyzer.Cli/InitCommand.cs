using System.CommandLine;

namespace WeaknessAnalyzer.Cli;

/// <summary>`weakness init [path]`: writes a starter log with every column and example rows.</summary>
internal static class InitCommand
{
    public const string DefaultPath = "interview-log.csv";

    public static readonly string[] Examples =
    [
        "weakness init                       (writes interview-log.csv here)",
        "weakness init ~/jobs/log.csv --force",
    ];

    public static Command Build(Terminal terminal)
    {
        var path = new Argument<string>("path") { Description = $"Where to write the log (default: {DefaultPath} in the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", "Write a starter interview log: every column, example rows to replace with your own.") { path, force };
        command.SetAction(parsed => Run(terminal, parsed.GetValue(path) ?? DefaultPath, parsed.GetValue(force)));
        return command;
    }

    public static int Run(Terminal terminal, string path, bool force)
    {
        var full = terminal.FullPath(path);
        if (Directory.Exists(full)) throw new CliException($"{path} is a folder; give a file name, such as {Path.Combine(path, DefaultPath)}.");
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder)) throw new CliException($"the folder of {path} does not exist.");
        if (File.Exists(full) && !force) throw new CliException($"{path} already exists; pass --force to overwrite it.");
        try
        {
            using var template = Template();
            using var file = new FileStream(full, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            template.CopyTo(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path} could not be written: {ex.Message}");
        }

        terminal.Out.WriteLine($"Wrote {path}: one row per question you were asked, with example rows to replace.");
        terminal.Out.WriteLine("Columns: date, company, role, stage, outcome, question, category, response (strong/ok/weak/stumped), confidence (1-5),");
        terminal.Out.WriteLine("feedback, prep_hours, interest (1-5), notes. Only question is required; the more you fill in, the more the plan can say.");
        terminal.Out.WriteLine($"Next: weakness analyze {Quote(path)} --html");
        return WeaknessCli.Ok;
    }

    /// <summary>The starter log bundled in the tool.</summary>
    public static Stream Template() =>
        typeof(InitCommand).Assembly.GetManifestResourceStream("WeaknessAnalyzer.Cli.Templates.interview-log.csv")
        ?? throw new InvalidOperationException("The starter log is missing from the tool.");

    internal static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
