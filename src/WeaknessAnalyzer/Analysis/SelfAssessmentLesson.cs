using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;
using static WeaknessAnalyzer.TextFormat;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 5: self-critical but fair. Confidence against what actually happened: the calibration matrix, and themes under- or over-rated.</summary>
internal static class SelfAssessmentLesson
{
    public static SelfAssessmentSection Analyze(CandidateLog log, IReadOnlyList<ThemeFinding> findings)
    {
        var both = log.Rows.Where(r => r.Confidence is not null && r.Response is not null).ToList();
        var matrix = both.GroupBy(r => (r.Confidence!.Value, r.Response!.Value)).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => new CalibrationCell(g.Key.Item1, g.Key.Item2, g.Count())).ToList();
        var under = new List<string>();
        var over = new List<string>();
        foreach (var f in findings.Where(f => !f.Unthemed))
        {
            var qs = both.Where(r => log.ThemeOf(r) == f.Id).ToList();
            if (qs.Count < 2) continue;
            var meanConf = qs.Average(r => r.Confidence!.Value);
            var good = (double)qs.Count(r => r.Response >= ResponseQuality.Ok) / qs.Count;
            if (meanConf <= UnderRatedMaxConfidence && good >= UnderRatedMinOkShare) under.Add($"{f.Label}: mean confidence {Num(meanConf)}/5 but {Pct(good)} of {qs.Count} answers were ok or better - you know more than you feel.");
            if (meanConf >= OverRatedMinConfidence && good <= OverRatedMaxOkShare) over.Add($"{f.Label}: mean confidence {Num(meanConf)}/5 but only {Pct(good)} of {qs.Count} answers were ok or better - check your answers against a model answer.");
        }

        string verdict;
        if (both.Count < CalibrationMinQuestions)
        {
            verdict = $"Not enough data: {both.Count} question(s) have both a confidence and a response (need {CalibrationMinQuestions}).";
        }
        else
        {
            var hits = both.Count(r => (r.Confidence >= ConfidentFrom) == (r.Response >= ResponseQuality.Ok));
            verdict = $"Your confidence matched the outcome of the answer on {hits} of {both.Count} questions ({Pct((double)hits / both.Count)}).";
        }

        return new SelfAssessmentSection(matrix, under, over, verdict);
    }
}
