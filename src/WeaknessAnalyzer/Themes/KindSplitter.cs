namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Splits a theme that holds both questions about the person (behavioural, motivation, pay and logistics) and technical
/// ones (coding, system design, concepts such as "What is statistical power?"), each at least <see cref="MinSideWeight"/>
/// questions counting repeats: no one prepares "Tell me about your biggest failure" and "Find the kth largest element" as
/// one skill, however close an embedder or a shared word ("biggest", "largest") puts them. Questions of no clear kind go
/// with the side whose mean direction is closer; a single stray question of one side among the other's moves to the closest theme of its
/// own side (see <see cref="Rehome"/>). Kinds are <see cref="ThemeKinds.Of(string)"/>'s word rules. Only used when the number
/// of themes is automatic.
/// </summary>
internal static class KindSplitter
{
    /// <summary>Each side of a split needs at least this many questions (counting repeats): one stray question does not split a theme.</summary>
    public const double MinSideWeight = 2;

    private enum Side
    {
        Neither,
        Person,
        Technical,
    }

    /// <summary>Splits mixed themes in <paramref name="labels"/> (0..k-1; a split's person side gets a new label k, k+1, ...) and returns the new number of themes.</summary>
    /// <param name="labels">Each point's theme.</param>
    /// <param name="k">Themes before splitting.</param>
    /// <param name="texts">Each point's question.</param>
    /// <param name="weights">Each point's weight (its repeats).</param>
    /// <param name="vectors">Each point's vector (points x <paramref name="dimensions"/>), for the questions of neither side.</param>
    /// <param name="dimensions">Vector dimensions.</param>
    public static int Split(int[] labels, int k, string[] texts, float[] weights, float[] vectors, int dimensions)
    {
        var sides = texts.Select(SideOf).ToArray();
        var themes = k;
        for (var c = 0; c < k; c++)
        {
            double person = 0, technical = 0;
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[j] != c) continue;
                if (sides[j] == Side.Person) person += weights[j];
                else if (sides[j] == Side.Technical) technical += weights[j];
            }

            if (person < MinSideWeight || technical < MinSideWeight) continue;
            var personCentre = Mean(labels, c, sides, Side.Person, weights, vectors, dimensions);
            var technicalCentre = Mean(labels, c, sides, Side.Technical, weights, vectors, dimensions);
            var split = themes++;
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[j] != c) continue;
                var toPerson = sides[j] switch
                {
                    Side.Person => true,
                    Side.Technical => false,
                    _ => Cosine(vectors, j, dimensions, personCentre) > Cosine(vectors, j, dimensions, technicalCentre),
                };
                if (toPerson) labels[j] = split;
            }
        }

        Rehome(labels, themes, sides, weights, vectors, dimensions);
        return themes;
    }

    /// <summary>
    /// A stray: one question of a side (less than <see cref="MinSideWeight"/> of it) in a theme of the other side ("Why do you
    /// want to work here" among coding problems, too few to split off) moves to the closest theme, by its mean direction, where
    /// its side holds more than half the weight, if there is one. Decided on the themes as they are, then moved at once.
    /// </summary>
    private static void Rehome(int[] labels, int k, Side[] sides, float[] weights, float[] vectors, int d)
    {
        var person = new double[k];
        var technical = new double[k];
        var total = new double[k];
        for (var j = 0; j < labels.Length; j++)
        {
            if (labels[j] < 0) continue;
            total[labels[j]] += weights[j];
            if (sides[j] == Side.Person) person[labels[j]] += weights[j];
            else if (sides[j] == Side.Technical) technical[labels[j]] += weights[j];
        }

        double[]? means = null;
        var moves = new List<(int Point, int Theme)>();
        for (var j = 0; j < labels.Length; j++)
        {
            var c = labels[j];
            if (c < 0 || sides[j] == Side.Neither) continue;
            var (own, other) = sides[j] == Side.Person ? (person, technical) : (technical, person);
            if (own[c] >= MinSideWeight || other[c] < MinSideWeight) continue;
            means ??= ThemeMeans(labels, k, weights, vectors, d);
            var best = -1;
            var bestCosine = double.NegativeInfinity;
            for (var t = 0; t < k; t++)
            {
                if (t == c || own[t] <= total[t] / 2) continue;
                var cosine = Cosine(vectors, j, d, means.AsSpan(t * d, d));
                if (cosine > bestCosine) (best, bestCosine) = (t, cosine);
            }

            if (best >= 0) moves.Add((j, best));
        }

        foreach (var (j, t) in moves) labels[j] = t;
    }

    private static double[] ThemeMeans(int[] labels, int k, float[] weights, float[] vectors, int d)
    {
        var means = new double[k * d];
        for (var j = 0; j < labels.Length; j++)
        {
            if (labels[j] < 0) continue;
            for (var i = 0; i < d; i++) means[(labels[j] * d) + i] += weights[j] * vectors[(j * d) + i];
        }

        return means;
    }

    private static Side SideOf(string question) => ThemeKinds.Of(question) switch
    {
        ThemeKind.Behavioural or ThemeKind.Motivation or ThemeKind.Logistics => Side.Person,
        ThemeKind.Coding or ThemeKind.SystemDesign or ThemeKind.Concept => Side.Technical,
        _ => Side.Neither,
    };

    private static double[] Mean(int[] labels, int theme, Side[] sides, Side side, float[] weights, float[] vectors, int d)
    {
        var mean = new double[d];
        for (var j = 0; j < labels.Length; j++)
        {
            if (labels[j] != theme || sides[j] != side) continue;
            for (var i = 0; i < d; i++) mean[i] += weights[j] * vectors[(j * d) + i];
        }

        return mean;
    }

    private static double Cosine(float[] vectors, int j, int d, ReadOnlySpan<double> centre)
    {
        double dot = 0, a = 0, b = 0;
        for (var i = 0; i < d; i++)
        {
            double x = vectors[(j * d) + i];
            dot += x * centre[i];
            a += x * x;
            b += centre[i] * centre[i];
        }

        return a <= 0 || b <= 0 ? 0 : dot / Math.Sqrt(a * b);
    }
}
