using System.Globalization;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// plans [--logs 10] [--rows 300] [--weak 3] [--first-seed 1001] [--top 5] [--embedder none|minilm] [--varied] [--categories]
/// [--category-weight W] [--k K] [--no-siblings] [--siblings] [--verbose]:
/// generates one-person logs with planted weak themes (seeds first-seed, first-seed + 1, ...; the default seeds are held
/// out from every other command), analyses each and checks the top plan items against the truth: how many planted themes
/// are among them, whether each such item is named with a word distinctive of its planted theme, and what share of the
/// stumbles it shows belong to that theme. --no-siblings fits without joining sibling themes; --siblings also embeds every
/// theme with MiniLM and counts pairs of themes by the cosine of their centres, split by whether they hold one planted
/// theme or two (the measurement behind SiblingJoiner's threshold). Last line: RESULT found=&lt;n&gt;/&lt;m&gt; named=&lt;n&gt; pure=&lt;x&gt;.
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
        if (a.Get("no-siblings") is not null) options = options with { Themes = options.Themes with { JoinSiblings = false } };
        if (a.Int("k") is { } fixedK) options = options with { Themes = options.Themes with { ThemeCount = fixedK } };
        var distinctive = LogGenerator.DistinctiveWords();
        using var sib = a.Get("siblings") is not null ? new WeaknessAnalyzer.MiniLM.MiniLmQuestionEmbedder() : null;
        var sameCos = new List<double>();
        var diffCos = new List<double>();

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

            if (sib is not null)
            {
                var ts = c.Themes.Where(t => !t.Unthemed && t.QuestionCount >= 2).ToList();
                var means = ts.Select(t =>
                {
                    var qs = t.Questions.Select(q => q.Question).Distinct(StringComparer.Ordinal).ToArray();
                    var vs = sib.Embed(qs, default);
                    var m = new double[vs[0].Length];
                    foreach (var v in vs) { var nn = Math.Sqrt(v.Sum(x => (double)x * x)); for (var i = 0; i < m.Length; i++) m[i] += v[i] / nn; }
                    var norm = Math.Sqrt(m.Sum(x => x * x));
                    return m.Select(x => x / norm).ToArray();
                }).ToList();
                var maj = ts.Select(t => LogGenerator.MajorityPlantedTheme(t.Questions.Select(q => q.Question))).ToList();
                for (var i = 0; i < ts.Count; i++)
                {
                    for (var j = i + 1; j < ts.Count; j++)
                    {
                        if (maj[i] is null || maj[j] is null) continue;
                        var cos = means[i].Zip(means[j], (x, y) => x * y).Sum();
                        (maj[i] == maj[j] ? sameCos : diffCos).Add(cos);
                        if (verbose && cos > 0.6) Console.WriteLine($"    pair {cos:F2} {(maj[i] == maj[j] ? "SAME" : "diff")} {ts[i].Label} | {ts[j].Label}");
                    }
                }
            }

            found += hit.Count;
            planted += truth.WeakThemes.Length;
            Console.WriteLine($"seed {seed}: {hit.Count}/{truth.WeakThemes.Length} planted ({string.Join(", ", truth.WeakThemes)}); {c.Themes.Count - 1} themes");
            if (verbose) foreach (var l in line) Console.WriteLine("    " + l);
        }

        // Purity: over the first item of each planted theme found, the share of the stumbles it shows that belong to it.
        var pure = itemStumbles == 0 ? 0 : (double)pureStumbles / itemStumbles;
        if (sib is not null)
        {
            foreach (var th in new[] { 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85 })
            {
                Console.WriteLine($"siblings cos >= {th}: same {sameCos.Count(x => x >= th)}/{sameCos.Count}, different {diffCos.Count(x => x >= th)}/{diffCos.Count}");
            }
        }

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
