using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Analysis;

/// <summary>
/// Four interviews whose themes are planted (the category column is the theme), so the lessons can be checked with exact
/// numbers without clustering. Design is stumbled in two rejected interviews and answered ok in an advanced one; SQL and
/// behavioural questions go well; Delta rejected although both answers were strong.
/// </summary>
internal static class LessonFixture
{
    public const string Csv =
        "date,company,stage,outcome,question,category,response,confidence,feedback,prep_hours,interest\n" +
        "2024-01-10,Acme,onsite,rejected,Design a cache,design,weak,2,Needs more depth on design.,4,5\n" +
        "2024-01-10,Acme,onsite,rejected,Explain joins,sql,strong,4,Needs more depth on design.,4,5\n" +
        "2024-02-10,Beta,onsite,rejected,Design a rate limiter,design,stumped,1,,5,4\n" +
        "2024-02-10,Beta,onsite,rejected,When does an index help,sql,ok,3,,5,4\n" +
        "2024-03-10,Gamma,phone screen,advanced,Design a URL shortener,design,ok,3,Good structure.,2,3\n" +
        "2024-03-10,Gamma,phone screen,advanced,Write a left join,sql,strong,5,Good structure.,2,3\n" +
        "2024-04-10,Delta,onsite,rejected,Tell me about a conflict,behavioural,strong,2,,1,2\n" +
        "2024-04-10,Delta,onsite,rejected,Describe a failure,behavioural,strong,2,,1,2\n";

    public static CandidateLog Log(string csv = Csv)
    {
        var log = InterviewLogReader.Parse(csv);
        var categories = log.Records.Select(r => r.Category ?? "").Distinct(StringComparer.Ordinal).ToList();
        var themes = new List<Theme> { new(0, "unthemed", [], [], 0, true) };
        themes.AddRange(categories.Select((c, i) => new Theme(i + 1, c, [c], [], log.Records.Count(r => r.Category == c), false)));
        // The category "unthemed" stands for the unthemed group.
        var themeOf = log.Records.ToDictionary<InterviewRecord, InterviewRecord, int>(r => r, r => r.Category == "unthemed" ? Theme.UnthemedId : categories.IndexOf(r.Category ?? "") + 1, ReferenceEqualityComparer.Instance);
        var reference = log.Records.Where(r => r.Date is not null).Select(r => r.Date!.Value).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new CandidateLog(log, "", log.Records, themeOf, themes, reference);
    }
}
