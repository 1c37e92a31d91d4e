using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace WeaknessAnalyzer.Cli;

/// <summary>The `weakness` command line: init, analyze and progress. Exit codes: 0 done, 2 bad input or arguments, 1 unexpected.</summary>
internal static class WeaknessCli
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancellationToken = default)
    {
        var root = Build(terminal);
        var parsed = root.Parse(args);
        // --help wins over a missing argument ("weakness analyze --help").
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExamples)
        {
            // One line, naming the value; the full help is one --help away.
            await terminal.Error.WriteLineAsync($"error: {parsed.Errors[0].Message} (weakness {CommandPath(parsed)}--help shows the options)").ConfigureAwait(false);
            return BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await terminal.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            await terminal.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return Unexpected;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one line instead of a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Library messages carry no values from the log, so the message can be shown as it is.
            await terminal.Error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return Unexpected;
        }
    }

    private static string CommandPath(ParseResult parsed)
    {
        var name = parsed.CommandResult.Command.Name;
        return parsed.CommandResult.Command is RootCommand ? "" : name + " ";
    }

    internal static RootCommand Build(Terminal terminal)
    {
        var root = new RootCommand("weakness: learn from the interviews that went wrong. Reads your interview log (one CSV row per question) and writes a development plan from the themes you keep stumbling on. Everything runs on this machine.");
        var init = InitCommand.Build(terminal);
        var analyze = AnalyzeCommand.Build(terminal);
        var progress = ProgressCommand.Build(terminal);
        root.Subcommands.Add(init);
        root.Subcommands.Add(analyze);
        root.Subcommands.Add(progress);
        var examples = new Dictionary<Command, string[]>
        {
            [root] =
            [
                "weakness init interview-log.csv",
                "weakness analyze interview-log.csv --html --json",
                "weakness progress interview-log.report.json interview-log.csv",
            ],
            [init] = InitCommand.Examples,
            [analyze] = AnalyzeCommand.Examples,
            [progress] = ProgressCommand.Examples,
        };
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, examples);
        return root;
    }

    /// <summary>The built-in help, then examples and the exit codes.</summary>
    private sealed class HelpWithExamples(HelpAction inner, Dictionary<Command, string[]> examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                output.WriteLine("Examples:");
                foreach (var line in lines) output.WriteLine($"  {line}");
                output.WriteLine();
            }

            output.WriteLine("Exit codes: 0 done, 2 bad input or arguments (one line on stderr), 1 an unexpected error.");
            return Ok;
        }
    }
}

/// <summary>A problem with the user's input or arguments: shown as one line, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
