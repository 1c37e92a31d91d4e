using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Analysis;

/// <summary>
/// Progress against an earlier plan: each earlier item is found again as the theme now holding most of the questions
/// it listed (by their de-duplication key, so a renamed or renumbered theme is still found), and its stumble rate on
/// questions dated after the earlier report is set against the rate up to it. Recurring weaknesses now that match no
/// earlier item are <see cref="ProgressStatus.New"/>.
/// </summary>
internal static class ProgressLesson
{
    /// <summary>The stumble rate must move by this much for <see cref="ProgressStatus.Improved"/> or <see cref="ProgressStatus.Worse"/>...</summary>
    public const double Shift = 0.2;

    /// <summary>
    /// ...and Fisher's exact test (one-sided) must give the change at most this chance of coming from a theme that went the
    /// same before and after: 0 of 1 against 2 of 2 before is chance (1/3); 1 of 13 against 80% of 10 is not. Measured with
    /// the progress command on 300-row generated logs (one planted weak theme improving after a date, two steady): this
    /// test called 30 of 30 steady items steady and 16 of 18 improving ones improved; the two-proportion z-test it replaced
    /// (at z 1.28) had 27 of 30 and 18 of 18: it called 0 of 1 against 73% before an improvement. At 0.05, 30/30 and 14/18.
    /// </summary>
    public const double MaxChance = 0.1;

    public static IReadOnlyList<ProgressItem> Analyze(PreviousReport? previous, string candidate, IReadOnlyList<ThemeFinding> findings, IReadOnlyList<ThemeFinding> recurring)
    {
        var plan = previous?.Candidates.FirstOrDefault(c => string.Equals(c.Candidate, candidate, StringComparison.Ordinal));
        if (previous is null || plan is null) return [];
        var since = previous.ReferenceDate;
        var keysOf = findings.Where(f => !f.Unthemed).ToDictionary(f => f.Id, f => f.Questions.Select(q => TextKeys.DedupKey(q.Question)).ToHashSet(StringComparer.Ordinal));
        var result = new List<ProgressItem>();
        var matched = new HashSet<int>();
        foreach (var item in plan.Items.OrderBy(i => i.Priority))
        {
            var keys = item.Questions.Select(TextKeys.DedupKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var best = findings.Where(f => !f.Unthemed)
                .Select(f => (Finding: f, Shared: keys.Count(keysOf[f.Id].Contains)))
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared).ThenBy(x => x.Finding.Id)
                .Select(x => x.Finding).FirstOrDefault();
            if (best is null)
            {
                result.Add(new ProgressItem(item.Theme, item.Theme, null, ProgressStatus.NotAskedYet, null, null, 0, 0, 0, item.TargetQuestions, since));
                continue;
            }

            matched.Add(best.Id);
            result.Add(Item(best, item.Theme, item.TargetQuestions, since));
        }

        foreach (var f in recurring.Where(f => !matched.Contains(f.Id)))
        {
            var (before, after, nb, n, s) = Rates(f, since);
            result.Add(new ProgressItem(f.Label, null, f.Id, ProgressStatus.New, before, after, nb, n, s, 0, since) { UsualStumbleRate = f.UsualStumbleRate });
        }

        return result;
    }

    private static ProgressItem Item(ThemeFinding f, string previousLabel, int target, DateOnly since)
    {
        var (before, after, nb, n, s) = Rates(f, since);
        var sb = before is { } b ? (int)Math.Round(b * nb) : 0;
        var status = n == 0 ? ProgressStatus.NotAskedYet
            : s == 0 && n >= target ? ProgressStatus.MetTarget
            : before is null ? ProgressStatus.NoChange
            // Lower but still above the person's usual rate is better, not improved: on the progress command's logs the one
            // steady theme called improved went from 82% to 53% against a usual 34%; every improving theme ended at 20% or less.
            : after <= before - Shift && FisherAtMost(nb, sb, n, s) <= MaxChance ? (after <= f.UsualStumbleRate ? ProgressStatus.Improved : ProgressStatus.BetterStillWeak)
            : after >= before + Shift && FisherAtLeast(nb, sb, n, s) <= MaxChance ? ProgressStatus.Worse
            : ProgressStatus.NoChange;
        return new ProgressItem(f.Label, previousLabel, f.Id, status, before, after, nb, n, s, target, since) { UsualStumbleRate = f.UsualStumbleRate };
    }

    /// <summary>
    /// Fisher's exact test, one-sided: the chance, if the theme went the same before and after, that <paramref name="nAfter"/>
    /// questions drawn from all of them hold at most <paramref name="sAfter"/> stumbles. Pure arithmetic (ratios of the
    /// hypergeometric terms), so the same on every CPU.
    /// </summary>
    internal static double FisherAtMost(int nBefore, int sBefore, int nAfter, int sAfter) => Tail(nBefore, sBefore, nAfter, sAfter, atMost: true);

    /// <summary>The other tail: at least <paramref name="sAfter"/> stumbles.</summary>
    internal static double FisherAtLeast(int nBefore, int sBefore, int nAfter, int sAfter) => Tail(nBefore, sBefore, nAfter, sAfter, atMost: false);

    private static double Tail(int nBefore, int sBefore, int nAfter, int sAfter, bool atMost)
    {
        var total = nBefore + nAfter;
        var stumbles = sBefore + sAfter;
        var low = Math.Max(0, nAfter - (total - stumbles));
        var high = Math.Min(nAfter, stumbles);
        // Unnormalised hypergeometric terms from the lowest possible count up: w(k+1)/w(k) = (K-k)(n-k) / ((k+1)(N-K-n+k+1)).
        var weights = new double[high - low + 1];
        weights[0] = 1;
        for (var k = low; k < high; k++)
        {
            weights[k - low + 1] = weights[k - low] * (stumbles - k) * (nAfter - k) / ((k + 1.0) * (total - stumbles - nAfter + k + 1));
        }

        double sum = 0, tail = 0;
        for (var k = low; k <= high; k++)
        {
            sum += weights[k - low];
            if (atMost ? k <= sAfter : k >= sAfter) tail += weights[k - low];
        }

        return tail / sum;
    }

    private static (double? Before, double? After, int QuestionsBefore, int QuestionsSince, int StumblesSince) Rates(ThemeFinding f, DateOnly since)
    {
        var before = f.Questions.Where(q => q.Date is { } d && d <= since).ToList();
        var after = f.Questions.Where(q => q.Date is { } d && d > since).ToList();
        static double? Rate(List<QuestionEvidence> qs) => qs.Count == 0 ? null : Math.Round((double)qs.Count(q => q.Stumble) / qs.Count, 4);
        return (Rate(before), Rate(after), before.Count, after.Count, after.Count(q => q.Stumble));
    }
}
