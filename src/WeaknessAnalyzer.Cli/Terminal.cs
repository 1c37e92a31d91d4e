using System.Text;

using Spectre.Console;

namespace WeaknessAnalyzer.Cli;

/// <summary>
/// Where the tool writes: the report on <see cref="Out"/>, progress, errors and the list of written files on
/// <see cref="Error"/>. <see cref="Rich"/> is true only in a terminal without NO_COLOR (and not TERM=dumb): then tables,
/// colour and a spinner; otherwise plain text, so that output piped to a file or another program stays simple.
/// </summary>
internal sealed class Terminal(TextWriter output, TextWriter error, bool rich, bool interactiveError, string workingDirectory)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Rich { get; } = rich;

    /// <summary>Whether a spinner may be drawn on <see cref="Error"/>.</summary>
    public bool InteractiveError { get; } = interactiveError;

    /// <summary>The terminal's width, when known.</summary>
    public int? Width { get; init; }

    /// <summary>Relative paths are taken from here.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    public static Terminal System()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var plain = noColor || dumb;
        var rich = !plain && !Console.IsOutputRedirected;
        int? width = null;
        try
        {
            if (rich && Console.WindowWidth > 20) width = Math.Min(Console.WindowWidth, 140);
        }
        catch (IOException)
        {
            // No window: the default width.
        }

        return new Terminal(Console.Out, Console.Error, rich, interactiveError: !plain && !Console.IsErrorRedirected, Environment.CurrentDirectory) { Width = width };
    }

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A Spectre console over <see cref="Out"/> (colour and tables only when <see cref="Rich"/>).</summary>
    public IAnsiConsole OutConsole() => Create(Out, Rich);

    /// <summary>A Spectre console over <see cref="Error"/>, for the spinner.</summary>
    public IAnsiConsole ErrorConsole() => Create(Error, InteractiveError);

    private static IAnsiConsole Create(TextWriter writer, bool rich) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = rich ? AnsiSupport.Yes : AnsiSupport.No,
        ColorSystem = rich ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = rich ? InteractionSupport.Yes : InteractionSupport.No,
    });

    /// <summary>
    /// Text from the log made safe for a terminal: control characters (ESC, BEL, C1...) dropped, line breaks and tabs
    /// turned into spaces, so no value can move the cursor, change the title or clear the screen.
    /// </summary>
    public static string Safe(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var b = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\n' or '\r' or '\t') b.Append(' ');
            else if (!char.IsControl(c)) b.Append(c);
        }

        return b.ToString();
    }
}
