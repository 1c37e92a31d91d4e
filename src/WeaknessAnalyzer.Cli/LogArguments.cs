using System.CommandLine;
using System.Globalization;

using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Cli;

/// <summary>The arguments every command that reads a log shares: the log, how to read it, how to fit themes, whose report.</summary>
internal sealed class LogArguments
{
    public Argument<string> Csv { get; } = new("csv") { Description = "The interview log (CSV: one row per question; `weakness init` writes a starter)." };

    public Option<bool> WordsOnly { get; } = new("--words-only") { Description = "Themes by words only: faster, without the sentence-embedding model (by default questions with the same meaning but different words share a theme)." };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Do not keep the question vectors in <log>.embeddings beside the log (kept by default: the next run embeds only new questions; the file holds hashes and vectors, no text)." };

    public Option<string> DateFormat { get; } = new("--date-format") { Description = "The log's date format, such as dd/MM/yyyy (default: decided per column from its dates).", HelpName = "format" };

    public Option<string> Culture { get; } = new("--culture") { Description = "The log's culture for numbers, month names and date order, such as de-DE (default: invariant).", HelpName = "name" };

    public Option<string[]> Map { get; } = new("--map") { Description = "Read a header as a column of the format (repeatable), such as --map \"How I did=response\".", HelpName = "Header=column", AllowMultipleArgumentsPerToken = false };

    public Option<string> Candidate { get; } = new("--candidate") { Description = "Only this person's report, for a coach's log with a candidate column (themes are still fitted over everyone's questions).", HelpName = "name" };

    public Option<int> Seed { get; } = new("--seed") { Description = "The seed of the theme fit: the same log and seed give the same report.", DefaultValueFactory = _ => 42, HelpName = "n" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Csv);
        command.Options.Add(WordsOnly);
        command.Options.Add(NoCache);
        command.Options.Add(DateFormat);
        command.Options.Add(Culture);
        command.Options.Add(Map);
        command.Options.Add(Candidate);
        command.Options.Add(Seed);
    }

    /// <summary>The reading options from the parsed values; a bad value is a <see cref="CliException"/> naming it.</summary>
    public InterviewLogOptions LogOptions(ParseResult parsed)
    {
        var options = InterviewLogOptions.Default;
        if (parsed.GetValue(DateFormat) is { } format) options = options with { DateFormat = format };
        if (parsed.GetValue(Culture) is { } name)
        {
            var culture = CultureInfo.GetCultures(CultureTypes.AllCultures).FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && c.Name.Length > 0)
                ?? throw new CliException($"--culture: unknown culture '{name}' (such as en-GB, de-DE, fr-FR).");
            options = options with { Culture = culture };
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parsed.GetValue(Map) ?? [])
        {
            var eq = pair.LastIndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1) throw new CliException($"--map needs \"Header=column\", such as --map \"How I did=response\" (was '{pair}').");
            map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }

        options = options with { Columns = map };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }

        return options;
    }
}
