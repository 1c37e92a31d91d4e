using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Analysis;

/// <summary>A coach's view: the themes that several candidates stumble on, most candidates first.</summary>
internal static class CohortAnalysis
{
    public static List<CohortTheme> Of(IReadOnlyList<Theme> themes, IReadOnlyList<CandidateReport> reports)
    {
        var cohort = new List<CohortTheme>();
        foreach (var theme in themes.Where(t => !t.IsUnthemed))
        {
            var names = reports.Where(r => r.Themes.Any(f => f.Id == theme.Id && f.StumbleCount > 0)).Select(r => r.Candidate).ToList();
            if (names.Count >= 2)
            {
                var stumbles = reports.SelectMany(r => r.Themes).Where(f => f.Id == theme.Id).Sum(f => f.StumbleCount);
                cohort.Add(new CohortTheme(theme.Id, theme.Label, names.Count, stumbles, names));
            }
        }

        return cohort.OrderByDescending(c => c.Candidates).ThenByDescending(c => c.Stumbles).ThenBy(c => c.ThemeId).ToList();
    }
}
