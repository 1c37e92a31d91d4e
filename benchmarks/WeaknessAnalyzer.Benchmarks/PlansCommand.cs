using System.Globalization;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// plans [--logs 10] [--rows 300] [--weak 3] [--first-seed 1001] [--top 5] [--embedder none|minilm] [--varied] [--categories]
/// [--category-weight W] [--k K] [--verbose]:
/// generates one-person logs with planted weak themes (seeds first-seed, first-seed + 1, ...; the default seeds are held
/// out from every other command), analyses each and checks the top plan items against the truth: how many planted themes
/// are among them, whether each such item is named with a word distinctive of its planted theme, and what share of the
/// stumbles it shows belong to that theme. Last line: RESULT found=&lt;n&gt;/&lt;m&gt; named=&lt;n&gt; pure=&lt;x&gt;.
/// </summary>
internal static class PlansCommand
{
    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var logs = a.Int("logs") ?? 10;
        var rows = a.Int("rows") ?? 300;
        var weak = a.Int("weak") ?? 3;
        var firstSeed = a.Int("first-seed") ?? 1001;
        var top = a.Int("top") ?? 5;
        var verbose = a.Get("verbose") is not null;
        var varied = a.Get("varied") is not null;
        var categories = a.Get("categories") is not null;
        var categoryWeight = a.Get("category-weight") is { } cw ? double.Parse(cw, CultureInfo.InvariantCulture) : (double?)null;
        using var embedder = a.Embedder(a.Get("embedder") ?? "none", threads: null);
        var options = embedder is null ? AnalysisOptions.Default : AnalysisOptions.Default with { Themes = AnalysisOptions.Default.Themes with { Embedder = embedder } };
        if (a.Int("max-themes") is { } maxThemes) options = options with { Themes = options.Themes with { MaxThemes = maxThemes } };
        if (categoryWeight is { } weight) options = options with { Themes = options.Themes with { CategoryWeight = weight } };
        if (a.Int("k") is { } fixedK) options = options with { Themes = options.Themes with { ThemeCount = fixedK } };
        var distinctive = LogGenerator.DistinctiveWords();

        var alternatives = new Dictionary<string, int>(StringComparer.Ordinal) { ["severity (plan order)"] = 0, ["stumbles + interviews"] = 0, ["log-likelihood ratio vs usual rate"] = 0, ["sure excess stumbles n(L - p0)"] = 0 };
        int found = 0, planted = 0, named = 0, shown = 0, pureStumbles = 0, itemStumbles = 0, byCounts = 0, byBound = 0;
        for (var s = 0; s < logs; s++)
        {
            var seed = firstSeed + s;
            var csv = new StringWriter(CultureInfo.InvariantCulture);
            var truth = LogGenerator.Write(csv, rows, candidates: 1, seed, weak, varied, categories: categories)[0];
            var report = InterviewAnalyzer.AnalyzeAsync(new StringReader(csv.ToString()), options).GetAwaiter().GetResult();
            var c = report.Candidates[0];

            // With the true themes given (perfect clustering): rank by stumbles + interviews with a stumble, or by the
            // stumble rate's 95% lower bound (the library's severity); planted themes among the top.
            var truthThemes = c.Themes.SelectMany(t => t.Questions).GroupBy(q => LogGenerator.PlantedThemeOf(q.Question)).Where(g => g.Key is not null)
                .Select(g => (Theme: g.Key!, Stumbles: g.Count(q => q.Stumble), Questions: g.Count(),
                    Interviews: g.Where(q => q.Stumble).Select(q => q.Date).Distinct().Count())) // one date per generated interview
                .ToList();
            byCounts += truthThemes.OrderByDescending(t => t.Stumbles + t.Interviews).ThenBy(t => t.Theme, StringComparer.Ordinal).Take(top).Count(t => truth.WeakThemes.Contains(t.Theme));
            byBound += truthThemes.OrderByDescending(t => WilsonLowerBound(t.Stumbles, t.Questions)).ThenBy(t => t.Theme, StringComparer.Ordinal).Take(top).Count(t => truth.WeakThemes.Contains(t.Theme));
            // The recurring themes of this report ranked other ways: distinct planted weak themes among the top.
            int Found(IEnumerable<ThemeFinding> order) => order.Take(top)
                .Select(f => LogGenerator.MajorityPlantedTheme(f.Questions.Where(q => q.Stumble).Select(q => q.Question)))
                .Where(t => t is not null && truth.WeakThemes.Contains(t)).Distinct().Count();
            alternatives["severity (plan order)"] += Found(c.RecurringWeaknesses);
            alternatives["stumbles + interviews"] += Found(c.RecurringWeaknesses.OrderByDescending(f => f.StumbleCount + f.StumbleInterviewCount).ThenBy(f => f.Id));
            alternatives["log-likelihood ratio vs usual rate"] += Found(c.RecurringWeaknesses.OrderByDescending(f => LogLikelihoodRatio(f.StumbleCount, f.QuestionCount, f.UsualStumbleRate)).ThenBy(f => f.Id));
            alternatives["sure excess stumbles n(L - p0)"] += Found(c.RecurringWeaknesses.OrderByDescending(f => f.QuestionCount * (WilsonLowerBound(f.StumbleCount, f.QuestionCount) - f.UsualStumbleRate)).ThenBy(f => f.Id));
            var hit = new HashSet<string>(StringComparer.Ordinal);
            var line = new List<string>();
            foreach (var item in c.Plan.Items.Take(top))
            {
                var stumbles = item.Finding.Questions.Where(q => q.Stumble).Select(q => LogGenerator.PlantedThemeOf(q.Question)).ToList();
                var majority = LogGenerator.MajorityPlantedTheme(item.Finding.Questions.Where(q => q.Stumble).Select(q => q.Question));
                var isWeak = majority is not null && truth.WeakThemes.Contains(majority);
                var nameOk = isWeak && Words(item.Theme).Any(distinctive[majority!].Contains);
                if (isWeak && hit.Add(majority!))
                {
                    shown++;
                    if (nameOk) named++;
                    pureStumbles += stumbles.Count(t => t == majority);
                    itemStumbles += stumbles.Count;
                }

                line.Add($"{item.Theme} [{majority ?? "-"}{(isWeak ? "*" : "")}{(nameOk ? "" : isWeak ? " unnamed" : "")} {stumbles.Count(t => t == majority)}/{stumbles.Count}]");
            }

            found += hit.Count;
            planted += truth.WeakThemes.Length;
            Console.WriteLine($"seed {seed}: {hit.Count}/{truth.WeakThemes.Length} planted ({string.Join(", ", truth.WeakThemes)}); {c.Themes.Count - 1} themes");
            if (verbose) foreach (var l in line) Console.WriteLine("    " + l);
        }

        // Purity: over the first item of each planted theme found, the share of the stumbles it shows that belong to it.
        var pure = itemStumbles == 0 ? 0 : (double)pureStumbles / itemStumbles;
        foreach (var (name, n) in alternatives) Console.WriteLine($"recurring themes ranked by {name}: {n}/{planted} planted among the top {top}");
        Console.WriteLine($"true themes given, planted among the top {top}: by stumbles + interviews {byCounts}/{planted}, by the 95% lower bound {byBound}/{planted}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT found={found}/{planted} named={named}/{shown} pure={pure:F3}"));
        return 0;
    }

    /// <summary>Signed log-likelihood ratio of s stumbles in n at the theme's own rate against the usual rate p0 (negative when the theme goes better).</summary>
    private static double LogLikelihoodRatio(int s, int n, double p0)
    {
        if (n == 0 || p0 <= 0 || p0 >= 1) return 0;
        var p = (double)s / n;
        var llr = (s == 0 ? 0 : s * Math.Log(p / p0)) + (s == n ? 0 : (n - s) * Math.Log((1 - p) / (1 - p0)));
        return p >= p0 ? llr : -llr;
    }

    private static double WilsonLowerBound(int s, int n) => n == 0 ? 0 : Analysis.ThemeLesson.WilsonLowerBound(s, n, 1.645);

    private static string[] Words(string label) =>
        label.ToLowerInvariant().Split([' ', '/', ':', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
