using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class IterativeClassifierTests
{
    // Vocabulary: 0 "sql", 1 "join", 2 "index", 3 "design", 4 "cache", 5 "scale".
    // Topic S questions use terms 0-2, topic D questions terms 3-5; every question has one or two words.
    private static readonly int[][] Words =
    [
        [0, 1], [0, 2], [1, 2], [0], [1], [2], [0, 1], [1, 2], [0, 2], [2], [0], [1],
        [3, 4], [3, 5], [4, 5], [3], [4], [5], [3, 4], [4, 5], [3, 5], [5], [3], [4],
    ];

    private static SparseMatrix Matrix()
    {
        var rowStart = new int[Words.Length + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var r = 0; r < Words.Length; r++)
        {
            foreach (var w in Words[r])
            {
                indices.Add(w);
                values.Add(1 / MathF.Sqrt(Words[r].Length));
            }

            rowStart[r + 1] = indices.Count;
        }

        return new SparseMatrix(Words.Length, 6, rowStart, [.. indices], [.. values]);
    }

    private static float[] Dense(SparseMatrix x)
    {
        var e = new float[x.Rows * x.Columns];
        for (var r = 0; r < x.Rows; r++)
        {
            for (var p = x.RowStart[r]; p < x.RowStart[r + 1]; p++) e[(r * x.Columns) + x.Indices[p]] = x.Values[p];
        }

        return e;
    }

    private static ParallelOptions Threads(int n) => new() { MaxDegreeOfParallelism = n };

    [Test]
    public void A_ridge_classifier_separates_two_vocabularies()
    {
        var x = Matrix();
        var labels = Words.Select((_, i) => i < 12 ? 0 : 1).ToArray();
        var rows = Enumerable.Range(0, Words.Length).ToArray();
        var w = IterativeClassifier.TrainRidge(x, rows, [.. rows.Select(_ => true)], labels, [.. rows.Select(_ => 1f)], 2, IterativeClassifier.Settings.Default, Threads(2));

        for (var t = 0; t < 3; t++) Assert.That(w[(t * 2) + 0], Is.GreaterThan(w[(t * 2) + 1]), $"term {t} belongs to theme 0");
        for (var t = 3; t < 6; t++) Assert.That(w[(t * 2) + 1], Is.GreaterThan(w[(t * 2) + 0]), $"term {t} belongs to theme 1");
    }

    [Test]
    public void Mislabelled_questions_are_moved_to_the_theme_their_words_belong_to()
    {
        var x = Matrix();
        var rows = Enumerable.Range(0, Words.Length).ToArray();
        var labels = Words.Select((_, i) => i < 12 ? 0 : 1).ToArray();
        labels[9] = 1; // "index" put with design
        labels[21] = 0; // "scale" put with sql
        var truth = Words.Select((_, i) => i < 12 ? 0 : 1).ToArray();

        var rounds = IterativeClassifier.Refine(x, rows, Dense(x), 6, [.. rows.Select(_ => 1f)], labels, 2, IterativeClassifier.Settings.Default, seed: 42, Threads(2));

        Assert.That(labels, Is.EqualTo(truth));
        Assert.That(rounds, Is.InRange(1, IterativeClassifier.Settings.Default.Rounds));
    }

    [Test]
    public void The_result_does_not_depend_on_the_thread_count()
    {
        var x = Matrix();
        var rows = Enumerable.Range(0, Words.Length).ToArray();
        int[] Start() => [.. Words.Select((_, i) => (i * 7) % 2)];
        var one = Start();
        var two = Start();
        IterativeClassifier.Refine(x, rows, Dense(x), 6, [.. rows.Select(_ => 1f)], one, 2, IterativeClassifier.Settings.Default, seed: 1, Threads(1));
        IterativeClassifier.Refine(x, rows, Dense(x), 6, [.. rows.Select(_ => 1f)], two, 2, IterativeClassifier.Settings.Default, seed: 1, Threads(2));

        Assert.That(two, Is.EqualTo(one));
    }
}
