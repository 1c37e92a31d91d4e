using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Reports;

internal static class ReportFixture
{
    public static readonly AnalysisOptions Options = new() { Themes = new ThemeOptions { ThemeCount = 2, Dimensions = 8 } };

    public static Task<WeaknessReport> SmallAsync() =>
        InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Reports", "small-log.csv"), Options);

    /// <summary>The report of a file of the export corpus (TestData/Exports), by words.</summary>
    public static Task<WeaknessReport> ExportAsync(string file) =>
        InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Exports", file), Options with { Themes = new ThemeOptions { Dimensions = 8 } });

    public static Task<WeaknessReport> HostileAsync() =>
        InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Reports", "hostile-log.csv"), Options with { Themes = new ThemeOptions { ThemeCount = 1, Dimensions = 4 } });
}
