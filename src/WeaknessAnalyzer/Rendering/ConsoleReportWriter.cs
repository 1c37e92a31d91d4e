using System.Globalization;
using System.Text;

using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

/// <summary>Writes a report as plain text for a terminal (what the sample prints).</summary>
public static class ConsoleReportWriter
{
    /// <summary>Writes the report. No control character from the log reaches the writer (no terminal escape sequences).</summary>
    public static void Write(WeaknessReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var safe = new ControlFreeWriter(writer);
        new TextLayout(safe, markdown: false).Write(report);
        safe.Flush();
    }
}

/// <summary>
/// Passes text on without control characters other than line breaks and tabs: the last line of defence of the console report
/// against terminal escape sequences (ESC, CSI, OSC, BEL...) in values from the log.
/// </summary>
internal sealed class ControlFreeWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value is '\n' or '\r' or '\t' || !char.IsControl(value)) inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!TextFormat.HasControl(value))
        {
            inner.Write(value);
            return;
        }

        foreach (var c in value) Write(c);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        for (var i = index; i < index + count; i++) Write(buffer[i]);
    }

    public override void Flush() => inner.Flush();
}
