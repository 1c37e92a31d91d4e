using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 5: self-critical but fair. Confidence against what actually happened: the calibration matrix, and themes under- or over-rated.</summary>
internal static class SelfAssessmentLesson
{
    public static SelfAssessmentSection Analyze(CandidateLog log, IReadOnlyList<ThemeFinding> findings)
    {
        var both = log.Rows.Where(r => r.Confidence is not null && r.Response is not null).ToList();
        var matrix = both.GroupBy(r => (r.Confidence!.Value, r.Response!.Value)).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => new CalibrationCell(g.Key.Item1, g.Key.Item2, g.Count())).ToList();
        var under = new List<CalibrationGap>();
        var over = new List<CalibrationGap>();
        foreach (var f in findings.Where(f => !f.Unthemed))
        {
            var qs = both.Where(r => log.ThemeOf(r) == f.Id).ToList();
            if (qs.Count < 2) continue;
            var meanConf = qs.Average(r => r.Confidence!.Value);
            var good = (double)qs.Count(r => r.Response >= ResponseQuality.Ok) / qs.Count;
            if (meanConf <= UnderRatedMaxConfidence && good >= UnderRatedMinOkShare) under.Add(new CalibrationGap(f.Id, f.Label, meanConf, good, qs.Count));
            if (meanConf >= OverRatedMinConfidence && good <= OverRatedMaxOkShare) over.Add(new CalibrationGap(f.Id, f.Label, meanConf, good, qs.Count));
        }

        var hits = both.Count(r => (r.Confidence >= ConfidentFrom) == (r.Response >= ResponseQuality.Ok));
        return new SelfAssessmentSection(matrix, under, over, both.Count, hits, CalibrationMinQuestions);
    }
}
