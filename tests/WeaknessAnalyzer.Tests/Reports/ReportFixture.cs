using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Reports;

internal static class ReportFixture
{
    public static readonly AnalysisOptions Options = new() { Themes = new ThemeOptions { ThemeCount = 2, Dimensions = 8 } };

    public static Task<WeaknessReport> SmallAsync() =>
        InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Reports", "small-log.csv"), Options);

    public static Task<WeaknessReport> HostileAsync() =>
        InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Reports", "hostile-log.csv"), Options with { Themes = new ThemeOptions { ThemeCount = 1, Dimensions = 4 } });
}
