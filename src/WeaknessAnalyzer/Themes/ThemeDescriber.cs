namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Describes fitted themes: keywords by class-based TF-IDF over word tokens and adjacent pairs (tf(t,c)/terms(c) ·
/// log(1 + A/f(t))), near-synonyms (same crude stem) not repeated; phrases and the label by <see cref="ThemeNamer"/>, the
/// kind by <see cref="ThemeKinds"/>; representatives are the fitted questions closest to the theme's centre.
/// </summary>
internal static class ThemeDescriber
{
    public static List<Theme> Describe(List<string> uniqueText, List<float> uniqueWeight, int[] uniqueTheme, int k, int[] fitIdx, int[] fitTheme, float[] fitSim, ThemeOptions options)
    {
        // Class-based TF-IDF over keyword tokens (bigrams of adjacent keywords included).
        var termFreq = new Dictionary<string, double>[k + 1];
        for (var c = 0; c <= k; c++) termFreq[c] = new Dictionary<string, double>(StringComparer.Ordinal);
        var termsPerTheme = new double[k + 1];
        var count = new int[k + 1];
        var holding = new Dictionary<string, double>[k + 1];
        var position = new Dictionary<string, double>[k + 1];
        for (var c = 0; c <= k; c++)
        {
            holding[c] = new Dictionary<string, double>(StringComparer.Ordinal);
            position[c] = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var everywhere = new Dictionary<string, double>(StringComparer.Ordinal);
        // The ways a phrase was written other than in lower case ("SQL", "bit.ly" is lower already): few keys have any.
        var written = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);

        // Kinds first: they weigh the phrases (below).
        var questionKind = uniqueText.Select(q => ThemeKinds.Of(q, options.NameSkipWords)).ToArray();
        var byTheme = new List<(ThemeKind, double)>[k + 1];
        for (var c = 0; c <= k; c++) byTheme[c] = [];
        for (var u = 0; u < uniqueText.Count; u++) byTheme[uniqueTheme[u]].Add((questionKind[u], uniqueWeight[u]));
        var themeKind = new ThemeKind[k + 1];
        for (var c = 1; c <= k; c++) themeKind[c] = ThemeKinds.Of(byTheme[c], forName: true);

        // A theme about the person is named from its questions about the person, a technical theme from its technical ones;
        // the other side's phrases only when those give none ("Motivation: current job, data science", not "..., left join"
        // for the one SQL question that sat with them). Another kind on the same side counts half.
        var otherHolding = new Dictionary<string, double>?[k + 1];
        var otherPosition = new Dictionary<string, double>?[k + 1];
        for (var u = 0; u < uniqueText.Count; u++)
        {
            var c = uniqueTheme[u];
            var w = uniqueWeight[u];
            count[c] += (int)w;
            var sameKind = themeKind[c] == ThemeKind.Unknown || questionKind[u] == themeKind[c];
            var otherSide = !sameKind && SideOf(questionKind[u]) is { } side && side != SideOf(themeKind[c]);
            var nameWeight = sameKind || otherSide ? w : w * ThemeNamer.OtherKindWeight;
            var into = !otherSide ? holding[c] : otherHolding[c] ??= new Dictionary<string, double>(StringComparer.Ordinal);
            var intoPosition = !otherSide ? position[c] : otherPosition[c] ??= new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, (shown, at)) in ThemeNamer.Candidates(uniqueText[u], options.NameSkipWords, ThemeKinds.AsksWhyCompany(uniqueText[u], options.NameSkipWords)))
            {
                Add(into, key, nameWeight);
                Add(intoPosition, key, nameWeight * at);
                Add(everywhere, key, w);
                if (string.Equals(shown, key, StringComparison.Ordinal)) continue;
                if (!written.TryGetValue(key, out var forms)) written[key] = forms = new Dictionary<string, double>(StringComparer.Ordinal);
                Add(forms, shown, w);
            }

            string? previous = null;
            foreach (var token in TextKeys.Tokens(uniqueText[u]))
            {
                Add(termFreq[c], token, w);
                termsPerTheme[c] += w;
                if (previous is not null) Add(termFreq[c], previous + " " + token, w * 0.5);
                previous = token;
            }
        }

        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c <= k; c++) foreach (var (t, f) in termFreq[c]) Add(total, t, f);
        var average = termsPerTheme.Skip(1).DefaultIfEmpty(0).Average();
        if (average <= 0) average = 1;

        // How a phrase is shown: the form written most often, lower case included (ties: ordinal order).
        string ShownAs(string key) => !written.TryGetValue(key, out var forms) ? key
            : forms.Append(new KeyValuePair<string, double>(key, everywhere[key] - forms.Values.Sum()))
                .OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        var averageQuestions = count.Skip(1).DefaultIfEmpty(0).Average();
        if (averageQuestions <= 0) averageQuestions = 1;
        var themes = new List<Theme>(k + 1);
        for (var id = 0; id <= k; id++)
        {
            var keywords = termsPerTheme[id] > 0 ? Keywords(termFreq[id], termsPerTheme[id], total, average, options.KeywordCount) : [];
            var representatives = Enumerable.Range(0, fitIdx.Length)
                .Where(j => fitTheme[j] == id)
                .OrderBy(j => id == 0 ? 0 : -fitSim[j]).ThenByDescending(j => uniqueWeight[fitIdx[j]]).ThenBy(j => j)
                .Take(options.RepresentativeCount)
                .Select(j => uniqueText[fitIdx[j]])
                .ToArray();
            var (named, namedPosition) = holding[id].Count > 0 || otherHolding[id] is null ? (holding[id], position[id]) : (otherHolding[id]!, otherPosition[id]!);
            var phrases = id == 0 ? [] : ThemeNamer.Choose(named, namedPosition, ShownAs, everywhere, count[id], averageQuestions);
            var kind = themeKind[id];
            var label = id == 0 ? "unthemed"
                : phrases.Count > 0 ? ThemeNamer.Label(kind, phrases)
                : representatives.Length > 0 ? TextFormat.Shorten(representatives[0], ThemeNamer.MaxLabelLength)
                : keywords.Count > 0 ? string.Join(" / ", keywords.Take(3))
                : $"theme {id}";
            themes.Add(new Theme(id, label, keywords, representatives, count[id], id == 0) { Phrases = phrases, Kind = kind });
        }

        return themes;
    }

    /// <summary>Whether a kind is about the person (true), technical (false) or not known (null).</summary>
    private static bool? SideOf(ThemeKind kind) => kind switch
    {
        ThemeKind.Behavioural or ThemeKind.Motivation or ThemeKind.Logistics => true,
        ThemeKind.SystemDesign or ThemeKind.Coding or ThemeKind.Concept => false,
        _ => null,
    };

    /// <summary>The theme's most distinctive terms by c-TF-IDF; a term whose stems were all taken already (or a pair of one stem) is skipped.</summary>
    private static List<string> Keywords(Dictionary<string, double> termFreq, double terms, Dictionary<string, double> total, double average, int count)
    {
        var scored = termFreq
            .Select(p => (Term: p.Key, Score: p.Value / terms * StableMath.Log(1 + average / total[p.Key])))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Term, StringComparer.Ordinal);
        var chosen = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _) in scored)
        {
            var parts = term.Split(' ');
            var termStems = parts.Select(TextKeys.Stem).ToArray();
            if (parts.Length == 1 ? stems.Contains(termStems[0]) : termStems.All(stems.Contains) || termStems[0] == termStems[^1]) continue;
            chosen.Add(term);
            foreach (var s in termStems) stems.Add(s);
            if (chosen.Count == count) break;
        }

        return chosen;
    }

    private static void Add(Dictionary<string, double> map, string key, double value) =>
        map[key] = map.TryGetValue(key, out var v) ? v + value : value;
}
