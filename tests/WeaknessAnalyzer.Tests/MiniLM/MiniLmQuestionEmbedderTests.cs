using System.Numerics.Tensors;
using WeaknessAnalyzer.Evaluation;
using WeaknessAnalyzer.MiniLM;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Themes;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.MiniLM;

public class MiniLmQuestionEmbedderTests
{
    private MiniLmQuestionEmbedder _embedder = null!;

    [OneTimeSetUp]
    public void LoadModel() => _embedder = new MiniLmQuestionEmbedder();

    [OneTimeTearDown]
    public void ReleaseModel() => _embedder.Dispose();

    [Test]
    public void Vectors_have_384_unit_length_dimensions()
    {
        var vectors = _embedder.Embed(["Tell me about yourself", "", "Qu'est-ce qu'une fermeture en JavaScript ? 日本語 😀"], CancellationToken.None);

        Assert.That(vectors, Has.Count.EqualTo(3));
        Assert.That(MiniLmQuestionEmbedder.Dimensions, Is.EqualTo(384));
        foreach (var v in vectors)
        {
            Assert.That(v, Has.Length.EqualTo(384));
            Assert.That(TensorPrimitives.Norm(v), Is.EqualTo(1).Within(1e-5));
        }
    }

    [Test]
    public void Questions_with_the_same_meaning_are_closer_than_shared_words_suggest()
    {
        var v = _embedder.Embed(
            ["Tell me about a conflict with a colleague", "Describe a disagreement with your manager", "Tell me about a SQL join you wrote"],
            CancellationToken.None);

        var sameMeaning = TensorPrimitives.CosineSimilarity(v[0], v[1]);
        var sameWords = TensorPrimitives.CosineSimilarity(v[0], v[2]);
        Assert.That(sameMeaning, Is.GreaterThan(sameWords + 0.2f), $"conflict/disagreement {sameMeaning:F3}, conflict/SQL {sameWords:F3}");
    }

    [Test]
    public void Vectors_do_not_depend_on_order_batching_or_thread_count()
    {
        var (questions, _) = ThemeModelTests.InterviewFixture();
        var texts = questions.Take(40).ToArray();
        using var single = new MiniLmQuestionEmbedder(maxDegreeOfParallelism: 1);

        var all = _embedder.Embed(texts, CancellationToken.None);
        var reversed = single.Embed([.. texts.Reverse()], CancellationToken.None).Reverse().ToArray();
        var oneByOne = texts.Take(5).Select(t => _embedder.Embed([t], CancellationToken.None)[0]).ToArray();

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.That(reversed[i], Is.EqualTo(all[i]), $"text {i}, other order and one thread");
        }

        for (var i = 0; i < oneByOne.Length; i++)
        {
            Assert.That(oneByOne[i], Is.EqualTo(all[i]), $"text {i}, alone");
        }
    }

    [Test]
    public void Bad_calls_fail_clearly()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniLmQuestionEmbedder(0).Dispose());
        Assert.Throws<ArgumentNullException>(() => _embedder.Embed(null!, CancellationToken.None));
        var nullItem = Assert.Throws<ArgumentNullException>(() => _embedder.Embed(["fine", null!], CancellationToken.None));
        Assert.That(nullItem!.Message, Does.StartWith("Text 1 is null."));
        Assert.That(() => _embedder.Embed(["fine"], new CancellationToken(canceled: true)), Throws.InstanceOf<OperationCanceledException>());
        var disposed = new MiniLmQuestionEmbedder();
        disposed.Dispose();
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => disposed.Embed(["fine"], CancellationToken.None));
    }

    [Test]
    public async Task A_report_by_meaning_is_the_same_byte_for_byte_with_any_thread_count()
    {
        var path = TestFiles.Path("Reports", "small-log.csv");
        var options = new AnalysisOptions { Themes = new ThemeOptions { ThemeCount = 2, Embedder = _embedder } };
        using var single = new MiniLmQuestionEmbedder(maxDegreeOfParallelism: 1);
        var singleOptions = new AnalysisOptions { Themes = new ThemeOptions { ThemeCount = 2, Embedder = single, MaxDegreeOfParallelism = 1 } };

        var report = await InterviewAnalyzer.AnalyzeAsync(path, options);
        var again = JsonReportWriter.ToJson(await InterviewAnalyzer.AnalyzeAsync(path, options));
        var oneThread = JsonReportWriter.ToJson(await InterviewAnalyzer.AnalyzeAsync(path, singleOptions));

        Assert.That(again, Is.EqualTo(JsonReportWriter.ToJson(report)));
        Assert.That(oneThread, Is.EqualTo(JsonReportWriter.ToJson(report)));
        // The two topics of the log (design questions stumbled on, SQL questions answered well) are its two themes.
        var candidate = report.Candidates.Single();
        var design = candidate.Themes.Single(t => t.Label.Contains("design", StringComparison.Ordinal));
        Assert.That(design.QuestionCount, Is.EqualTo(4));
        Assert.That(design.StumbleCount, Is.EqualTo(3));
        Assert.That(candidate.Plan.Items[0].ThemeId, Is.EqualTo(design.Id));
    }

    [Test]
    public void Themes_of_the_interview_fixture_beat_words_alone_with_any_thread_count()
    {
        // Words alone give 0.42477 on the same fixture with the same k (ThemeModelTests, recorded on every CPU); by meaning
        // 0.565 on this project's machines. That value is not recorded: ONNX Runtime picks its kernels by CPU, so another
        // CPU may produce other last bits (README, "Determinism"); the margin is what must hold everywhere.
        var (questions, labels) = ThemeModelTests.InterviewFixture();
        var options = new ThemeOptions { ThemeCount = 20, Embedder = _embedder };

        var fit = ThemeModel.Fit(questions, options);
        var nmi = ClusteringMetrics.NormalizedMutualInformation(labels, fit.Assignments);

        Assert.That(nmi, Is.GreaterThan(0.42477 + 0.1));
        Assert.That(ThemeModel.Fit(questions, options with { MaxDegreeOfParallelism = 1 }).Assignments, Is.EqualTo(fit.Assignments));
    }

    [Test]
    public async Task A_backend_engineers_frontend_questions_are_their_own_theme_and_name_no_other()
    {
        // backend-sheet.csv: the person filed "Explain the virtual DOM" and "What is CSS specificity?" (one interview for a
        // frontend role they did not want) under Frontend; by meaning they sat in the concurrency theme and named it
        // ("Concurrency: CSS specificity, virtual DOM"), plan item 2. The kept assertions are about grouping and names,
        // which hold on any CPU's last bits.
        var options = AnalysisOptions.Default with { Themes = ThemeOptions.Default with { Embedder = _embedder } };

        var c = (await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Exports", "backend-sheet.csv"), options)).Candidates.Single();

        var frontend = c.Themes.Single(t => t.Label.StartsWith("Frontend:", StringComparison.Ordinal));
        Assert.That(frontend.Questions.Select(q => q.Question), Is.EquivalentTo(new[] { "Explain the virtual DOM", "What is CSS specificity?" }));
        Assert.That(frontend.Recurring, Is.False, "one interview: not a pattern to plan around");
        Assert.That(c.Plan.Items[0].Theme, Does.StartWith("System design: rate limiter"));
        Assert.That(c.Plan.Items.Select(i => i.Theme), Has.None.Contains("CSS").And.None.Contains("DOM").And.None.Contains("race condition"));
    }
}
