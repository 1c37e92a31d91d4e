using WeaknessAnalyzer.Evaluation;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class ThemeModelTests
{
    private static readonly string[] Design =
    [
        "Design a URL shortener service", "How would you design a scalable URL shortener", "Design a distributed cache service",
        "Design a scalable chat service backend", "How would you scale a web service design", "Design a rate limiter service",
    ];

    private static readonly string[] Sql =
    [
        "Write a SQL query with a left join", "Explain SQL joins: inner join versus left join", "When should a SQL table get an index",
        "How does a SQL index speed up a query", "Write a SQL query to find duplicate rows", "Explain the SQL query plan of a join",
    ];

    private static readonly string[] Conflict =
    [
        "Tell me about a conflict with a colleague", "Describe a conflict with your manager", "How did you resolve a conflict in your team",
        "Tell me about a disagreement with a colleague", "How do you handle conflict and disagreement with a teammate", "Describe a team conflict you resolved",
    ];

    private static string[] Corpus() => [.. Design, .. Sql, .. Conflict];

    private static int[] Truth() => [.. Design.Select(_ => 0), .. Sql.Select(_ => 1), .. Conflict.Select(_ => 2)];

    [Test]
    public void Separated_topics_are_recovered_with_a_fixed_k()
    {
        var fit = ThemeModel.Fit(Corpus(), new ThemeOptions { ThemeCount = 3, Dimensions = 8 });

        Assert.That(fit.Model.ThemeCount, Is.EqualTo(3));
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(Truth(), fit.Assignments), Is.EqualTo(1).Within(1e-9));
        Assert.That(fit.Model.Themes[0].IsUnthemed, Is.True);
        Assert.That(fit.Model.Themes.Skip(1).Select(t => t.Id), Is.EqualTo(new[] { 1, 2, 3 }));
        var sqlTheme = fit.Model.Themes[fit.Assignments[Design.Length]];
        Assert.That(sqlTheme.Keywords[0], Is.EqualTo("sql"));
        Assert.That(sqlTheme.Label, Does.StartWith("SQL"), "the phrase as written");
        Assert.That(sqlTheme.Representatives, Has.Count.EqualTo(5).And.All.Matches<string>(Sql.Contains));
        var conflictTheme = fit.Model.Themes[fit.Assignments[^1]];
        Assert.That(conflictTheme.Keywords, Does.Contain("conflict"));
    }

    [Test]
    public void Automatic_k_never_mixes_the_three_topics()
    {
        var fit = ThemeModel.Fit(Corpus(), new ThemeOptions { Dimensions = 8, MaxThemes = 6 });

        Assert.That(fit.Model.ThemeCount, Is.InRange(3, 6));
        var truth = Truth();
        var mixed = fit.Assignments.Select((theme, i) => (theme, label: truth[i]))
            .Where(p => p.theme != Theme.UnthemedId)
            .GroupBy(p => p.theme)
            .Where(g => g.Select(p => p.label).Distinct().Count() > 1);
        Assert.That(mixed, Is.Empty, "every theme holds questions of one topic only");
    }

    [Test]
    public void Automatic_k_is_capped_at_one_and_a_half_times_the_square_root_of_the_distinct_questions()
    {
        // 18 distinct questions: cap ceil(1.5 * sqrt(18)) = 7, well under MaxThemes (40).
        var fit = ThemeModel.Fit(Corpus(), new ThemeOptions { Dimensions = 8, JoinSiblings = false });
        Assert.That(fit.Model.ThemeCount, Is.EqualTo(7), "the cap, not MaxThemes, bounds it");

        var (questions, _) = InterviewFixture();
        var large = ThemeModel.Fit(questions, new ThemeOptions { MaxThemes = 40 });
        Assert.That(large.Model.ThemeCount, Is.EqualTo(24), "265 distinct questions: chosen by silhouette under the cap ceil(1.5 * sqrt(265)) = 25, then themes mixing concepts with questions about the person split");
    }

    [Test]
    public void Repeated_questions_are_weighted_and_counted()
    {
        string[] questions = [.. Corpus(), "Design a URL shortener service!", "design a url SHORTENER service"];
        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 3, Dimensions = 8 });

        Assert.That(fit.Assignments[^1], Is.EqualTo(fit.Assignments[0]));
        Assert.That(fit.Assignments[^2], Is.EqualTo(fit.Assignments[0]));
        Assert.That(fit.Model.Themes[fit.Assignments[0]].QuestionCount, Is.EqualTo(8));
        Assert.That(fit.Model.Themes.Sum(t => t.QuestionCount), Is.EqualTo(questions.Length));
    }

    [Test]
    public void Questions_without_content_words_are_unthemed()
    {
        string[] questions = [.. Corpus(), "Why?", "What about it?"];
        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 3, Dimensions = 8 });

        Assert.That(fit.Assignments[^1], Is.EqualTo(Theme.UnthemedId));
        Assert.That(fit.Assignments[^2], Is.EqualTo(Theme.UnthemedId));
        Assert.That(fit.Model.Themes[0].QuestionCount, Is.EqualTo(2));
    }

    [Test]
    public void Same_input_and_seed_give_identical_themes_across_runs_and_thread_counts()
    {
        var (questions, _) = InterviewFixture();
        var one = ThemeModel.Fit(questions, new ThemeOptions { MaxDegreeOfParallelism = 1, ThemeCount = 12 });
        var again = ThemeModel.Fit(questions, new ThemeOptions { MaxDegreeOfParallelism = 1, ThemeCount = 12 });
        var two = ThemeModel.Fit(questions, new ThemeOptions { MaxDegreeOfParallelism = 2, ThemeCount = 12 });

        Assert.That(again.Assignments, Is.EqualTo(one.Assignments));
        Assert.That(two.Assignments, Is.EqualTo(one.Assignments));
        Assert.That(Describe(two.Model), Is.EqualTo(Describe(one.Model)));
    }

    [Test]
    public void A_different_seed_is_allowed_to_differ_but_stays_valid()
    {
        var fit = ThemeModel.Fit(Corpus(), new ThemeOptions { ThemeCount = 3, Dimensions = 8, Seed = 7 });
        Assert.That(fit.Assignments, Has.Count.EqualTo(Corpus().Length));
        Assert.That(fit.Assignments, Is.All.InRange(0, 3));
    }

    [Test]
    public void A_saved_model_assigns_like_the_fitted_one()
    {
        var fit = ThemeModel.Fit(Corpus(), new ThemeOptions { ThemeCount = 3, Dimensions = 8 });
        using var stream = new MemoryStream();
        fit.Model.Save(stream);
        stream.Position = 0;
        var loaded = ThemeModel.Load(stream);

        Assert.That(loaded.Assign(Corpus()), Is.EqualTo(fit.Assignments));
        Assert.That(fit.Model.Assign(Corpus()), Is.EqualTo(fit.Assignments));
        Assert.That(Describe(loaded), Is.EqualTo(Describe(fit.Model)));
        Assert.That(loaded.Assign("Write a SQL query using an index"), Is.EqualTo(fit.Assignments[Design.Length]));
        Assert.That(loaded.Assign("Describe a conflict with a colleague at work"), Is.EqualTo(fit.Assignments[^1]));
    }

    [Test]
    public void A_model_saved_in_format_3_still_loads_and_assigns_alike()
    {
        // Format 3 is format 4 without the fitted questions' table at the end.
        var fit = ThemeModel.Fit(Corpus(), new ThemeOptions { ThemeCount = 3, Dimensions = 8 });
        using var saved = new MemoryStream();
        fit.Model.Save(saved);
        using var old = new MemoryStream();
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(saved.ToArray())))
        using (var target = new System.IO.Compression.ZipArchive(old, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = new MemoryStream();
                using (var e = entry.Open()) e.CopyTo(input);
                var bytes = input.ToArray();
                if (entry.Name == "themes.bin")
                {
                    Assert.That(BitConverter.ToInt32(bytes, 0), Is.EqualTo(4));
                    Assert.That(BitConverter.ToInt32(bytes, bytes.Length - 4), Is.EqualTo(0), "a fit by words has no fitted-question table");
                    BitConverter.GetBytes(3).CopyTo(bytes, 0);
                    bytes = bytes[..^4];
                }

                using var output = target.CreateEntry(entry.FullName).Open();
                output.Write(bytes);
            }
        }

        old.Position = 0;
        var loaded = ThemeModel.Load(old);
        Assert.That(loaded.Assign(Corpus()), Is.EqualTo(fit.Assignments));
        Assert.That(Describe(loaded), Is.EqualTo(Describe(fit.Model)));
    }

    [Test]
    public void By_meaning_the_fitted_questions_keep_their_theme_in_the_fit_in_Assign_and_after_loading()
    {
        // Statistics questions that share the word "manager" with conflict stories: by meaning (the planted embedder) they
        // are statistics; the word classifier the fit trains would pull some towards the conflicts.
        string[] stats = ["Tell me about a conflict with your manager over a p-value", "What is a confidence interval?", "When would you use a t-test?", "How do you size an A/B test?", "Describe a disagreement with a manager about Type II errors"];
        string[] conflict = ["Tell me about a conflict with your manager", "Describe a disagreement with a manager", "How did you resolve a conflict with a product manager?", "Tell me about a tense situation with your manager"];
        string[] questions = [.. stats, .. conflict, .. stats, .. conflict];
        var embedder = new PlantedEmbedder(q => Array.IndexOf(stats, q) >= 0 ? 0 : 1);

        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 2, Embedder = embedder, UnthemedSimilarity = 0, RepresentativeCount = 1 });

        var statsTheme = fit.Assignments[0];
        Assert.That(questions.Select((q, i) => (q, t: fit.Assignments[i])).Where(p => stats.Contains(p.q)).Select(p => p.t), Is.All.EqualTo(statsTheme));
        Assert.That(questions.Select((q, i) => (q, t: fit.Assignments[i])).Where(p => conflict.Contains(p.q)).Select(p => p.t), Is.All.Not.EqualTo(statsTheme));
        Assert.That(fit.Model.Assign(questions), Is.EqualTo(fit.Assignments), "Assign gives a fitted question its fitted theme");
        Assert.That(fit.Model.Assign("TELL me about a conflict with your manager over a p-value!"), Is.EqualTo(statsTheme), "up to case and punctuation");

        using var stream = new MemoryStream();
        fit.Model.Save(stream);
        stream.Position = 0;
        var loaded = ThemeModel.Load(stream);
        Assert.That(loaded.Assign(questions), Is.EqualTo(fit.Assignments));
        stream.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(stream);
        using var bin = new StreamReader(zip.GetEntry("themes.bin")!.Open(), System.Text.Encoding.Latin1);
        var saved = bin.ReadToEnd();
        var representatives = fit.Model.Themes.SelectMany(t => t.Representatives).ToHashSet();
        Assert.That(representatives, Has.Count.EqualTo(2));
        foreach (var q in stats.Concat(conflict).Where(q => !representatives.Contains(q)))
        {
            Assert.That(saved, Does.Not.Contain(q), "a question that is not a representative is remembered by its hash only");
        }
    }

    [Test]
    public void Loading_garbage_fails_clearly()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);
        Assert.Throws<InvalidDataException>(() => ThemeModel.Load(stream));
    }

    [Test]
    public void Tiny_inputs_do_not_fail()
    {
        var one = ThemeModel.Fit(["Design a cache"]);
        Assert.That(one.Assignments, Has.Count.EqualTo(1));
        var two = ThemeModel.Fit(["Design a cache", "Design a queue"]);
        Assert.That(two.Assignments, Has.Count.EqualTo(2));

        var embedder = new PlantedEmbedder(q => q.Length % 3);
        foreach (var questions in new[] { new[] { "Design a cache" }, ["Design a cache", "Design a queue"], ["Design a cache", "Design a queue", "Design a log", "Design a feed"] })
        {
            foreach (var k in new int?[] { null, 2, 3 })
            {
                var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = k, Embedder = embedder, MinThemeSize = 1 });
                Assert.That(fit.Assignments, Has.Count.EqualTo(questions.Length), $"{questions.Length} question(s), k={k}");
                Assert.That(fit.Assignments, Is.All.InRange(0, questions.Length));
            }
        }
    }

    [Test]
    public void Categories_lean_questions_that_share_a_tag_together_and_leave_others_alone()
    {
        // "Explain the query plan..." shares words with the design questions' "service" only through its tag: the person
        // filed it under SQL. The words alone put two of these SQL-tagged questions with design; the tags bring them back.
        string[] questions =
        [
            .. Design, .. Sql, .. Conflict,
            "How would you design the index for a large table service", "Design the schema and query plan for an orders service",
        ];
        string?[] categories = [.. Design.Select(_ => "System design"), .. Sql.Select(_ => "SQL"), .. Conflict.Select(_ => (string?)null), "SQL", "sql, databases"];
        var options = new ThemeOptions { ThemeCount = 3, Dimensions = 8 };

        var guided = ThemeModel.Fit(questions, categories, options, null, default);
        var plain = ThemeModel.Fit(questions, options);
        var none = ThemeModel.Fit(questions, categories, options with { CategoryWeight = 0 }, null, default);

        var sqlTheme = guided.Assignments[Design.Length];
        Assert.That(guided.Assignments[^2], Is.EqualTo(sqlTheme), "tagged SQL joins the SQL theme");
        Assert.That(guided.Assignments[^1], Is.EqualTo(sqlTheme));
        Assert.That(plain.Assignments[^2], Is.EqualTo(plain.Assignments[0]), "by words alone it goes with design");
        var n = Design.Length + Sql.Length + Conflict.Length;
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(Truth(), guided.Assignments.Take(n).ToArray()), Is.EqualTo(1).Within(1e-9), "the three topics stay apart, untagged conflict included");
        Assert.That(none.Assignments, Is.EqualTo(plain.Assignments), "weight 0 ignores the categories");
        Assert.That(none.Model.Themes.Select(t => t.Label), Is.EqualTo(plain.Model.Themes.Select(t => t.Label)));
    }

    [Test]
    public void Fitting_with_no_category_anywhere_is_the_same_as_without_categories()
    {
        var questions = Corpus();
        var plain = ThemeModel.Fit(questions, new ThemeOptions { Dimensions = 8 });
        var blank = ThemeModel.Fit(questions, questions.Select(_ => (string?)" ").ToArray(), new ThemeOptions { Dimensions = 8 }, null, default);

        Assert.That(blank.Assignments, Is.EqualTo(plain.Assignments));
        Assert.That(blank.Model.Themes.Select(t => t.Label), Is.EqualTo(plain.Model.Themes.Select(t => t.Label)));
    }

    [Test]
    public void A_model_fitted_with_categories_saves_loads_and_assigns_text_alone()
    {
        string?[] categories = [.. Design.Select(_ => "System design"), .. Sql.Select(_ => "SQL"), .. Conflict.Select(_ => "Behavioural")];
        var fit = ThemeModel.Fit(Corpus(), categories, new ThemeOptions { ThemeCount = 3, Dimensions = 8 }, null, default);
        using var stream = new MemoryStream();
        fit.Model.Save(stream);
        stream.Position = 0;
        var loaded = ThemeModel.Load(stream);

        Assert.That(loaded.Assign(Corpus()), Is.EqualTo(fit.Model.Assign(Corpus())));
        Assert.That(fit.Model.Assign("Write a SQL query that joins two tables"), Is.EqualTo(fit.Assignments[Design.Length]));
    }

    [Test]
    public void Categories_must_match_the_questions_one_for_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => ThemeModel.Fit(Corpus(), ["SQL"], null, null, default));
        Assert.That(ex!.Message, Does.Contain("1 categories for 18 questions"));
        Assert.Throws<ArgumentNullException>(() => ThemeModel.Fit(Corpus(), null!, null, null, default));
        var bad = Assert.Throws<ArgumentException>(() => new ThemeOptions { CategoryWeight = 1 }.Validate());
        Assert.That(bad!.Message, Does.Contain("CategoryWeight must be in [0, 1) (was 1)"));
    }

    [Test]
    public void Options_are_validated_all_at_once()
    {
        var ex = Assert.Throws<ArgumentException>(() => ThemeModel.Fit(Corpus(), new ThemeOptions { ThemeCount = 0, Restarts = 0, UnthemedSimilarity = 2 }));
        Assert.That(ex!.Message, Does.Contain("ThemeCount").And.Contain("Restarts").And.Contain("UnthemedSimilarity"));
    }

    private static string Describe(ThemeModel model) =>
        string.Join("\n", model.Themes.Select(t => $"{t.Id}|{t.Label}|{t.Kind}|{t.QuestionCount}|{string.Join(",", t.Keywords)}|{string.Join(",", t.Phrases)}|{string.Join(",", t.Representatives)}"));

    /// <summary>TestData/Themes/interview-questions.csv: 265 real interview questions with their source's label.</summary>
    internal static (string[] Questions, string[] Labels) InterviewFixture()
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(TestFiles.Path("Themes", "interview-questions.csv")) { Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        parser.ReadFields();
        var questions = new List<string>();
        var labels = new List<string>();
        while (parser.ReadFields() is { } fields)
        {
            questions.Add(fields[0]);
            labels.Add(fields[1]);
        }

        return ([.. questions], [.. labels]);
    }

    [Test]
    [Category("CrossCpu")]
    public void The_interview_fixture_gives_the_recorded_themes_in_every_process_on_every_cpu()
    {
        // Recorded from an earlier run in another process: anything random per process (string hashing, unseeded
        // randomness, thread timing) or per CPU (vector widths, fused multiply-adds, the C library's log) would change
        // these numbers. CI runs this test under DOTNET_EnableAVX512F=0, DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0 too.
        var (questions, labels) = InterviewFixture();
        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 20 });

        Assert.That(fit.Model.ThemeCount, Is.EqualTo(20));
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(labels, fit.Assignments), Is.EqualTo(0.42476762273743313).Within(1e-12));
        Assert.That(Fingerprint(fit.Assignments), Is.EqualTo("376DC78D939A3D9C"));
        Assert.That(fit.Model.Themes[1].Label, Is.EqualTo("disagreement, position, technical"));
    }

    [Test]
    [Category("CrossCpu")]
    public void The_meaning_path_gives_the_recorded_themes_on_every_cpu()
    {
        // Embeddings that are the same bits everywhere (a planted topic direction plus seeded noise per text), so the
        // managed part of the meaning path (rounding to the grid, the neighbour graph, the spectral embedding, k-means, the
        // word classifier it teaches) is pinned on every CPU. Real model embeddings may differ in their last bits between
        // CPUs (see README, "Determinism"), so no value that they produce is recorded.
        var (questions, labels) = InterviewFixture();
        var topic = labels.Distinct().Order(StringComparer.Ordinal).Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var labelOf = questions.Zip(labels).GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.First().Second);
        var embedder = new DelegateEmbedder(texts => [.. texts.Select(t =>
        {
            var random = new Random((int)(TextHash(t) & int.MaxValue));
            var v = new float[48];
            for (var j = 0; j < v.Length; j++) v[j] = (float)((random.NextDouble() * 2) - 1) * 0.6f;
            v[topic[labelOf[t]] % v.Length] += 1.5f;
            return v;
        })]);

        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 20, Embedder = embedder });

        Assert.That(ClusteringMetrics.NormalizedMutualInformation(labels, fit.Assignments), Is.EqualTo(0.74120828429655494).Within(1e-12));
        Assert.That(Fingerprint(fit.Assignments), Is.EqualTo("B8D114CB3EC1AC0A"));
        // The clustered questions keep their theme (NMI 0.696 when the word classifier re-labelled them), and Assign agrees.
        Assert.That(fit.Model.Assign(questions), Is.EqualTo(fit.Assignments));
    }

    private static ulong TextHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text) hash = (hash ^ ch) * 1099511628211UL;
        return hash;
    }

    [Test]
    public void A_saved_model_with_a_classifier_assigns_like_the_fitted_one()
    {
        var (questions, _) = InterviewFixture();
        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 12 });
        using var stream = new MemoryStream();
        fit.Model.Save(stream);
        stream.Position = 0;
        var loaded = ThemeModel.Load(stream);

        Assert.That(loaded.Assign(questions), Is.EqualTo(fit.Assignments));
        Assert.That(Describe(loaded), Is.EqualTo(Describe(fit.Model)));
    }

    [Test]
    public void Progress_reports_every_stage_in_order_and_ends_with_done()
    {
        var (questions, _) = InterviewFixture();
        var stages = new List<ThemeFitStage>();
        ThemeModel.Fit(questions, new ThemeOptions { MaxThemes = 10 }, new SyncProgress(p => stages.Add(p.Stage)));

        Assert.That(stages, Is.EqualTo(new[]
        {
            ThemeFitStage.Deduplicating, ThemeFitStage.Featurizing, ThemeFitStage.LatentSpace, ThemeFitStage.ChoosingThemeCount,
            ThemeFitStage.Clustering, ThemeFitStage.Refining, ThemeFitStage.Merging, ThemeFitStage.Refining,
            ThemeFitStage.Assigning, ThemeFitStage.Describing, ThemeFitStage.Done,
        }));
    }

    // Three meanings in words that barely overlap: only an embedder can group them.
    private static readonly string[][] Meanings =
    [
        ["Tell me about a conflict with a colleague", "Describe a disagreement with your manager", "How do you handle friction inside a team", "Recall an argument with a coworker and its outcome", "What do you do when a peer opposes your idea"],
        ["Write a SQL query with a left join", "Explain database indexing", "How would you speed up a slow relational query", "What does normalising tables achieve", "Compare clustered and nonclustered keys in Postgres"],
        ["Design a URL shortener", "How would you build a scalable chat backend", "Sketch the architecture of a rate limiter", "Plan a distributed cache for millions of users", "Lay out a service that stores photos at scale"],
    ];

    [Test]
    public void An_embedder_groups_questions_by_meaning_and_the_model_assigns_them_without_it()
    {
        var questions = Meanings.SelectMany(m => m).ToArray();
        var truth = Meanings.SelectMany((m, g) => m.Select(_ => g)).ToArray();
        var embedder = new PlantedEmbedder(q => Array.FindIndex(Meanings, m => m.Contains(q)));
        var options = new ThemeOptions { ThemeCount = 3, Embedder = embedder, UnthemedSimilarity = 0 };

        var fit = ThemeModel.Fit(questions, options);
        var wordsOnly = ThemeModel.Fit(questions, options with { Embedder = null });

        Assert.That(ClusteringMetrics.NormalizedMutualInformation(truth, fit.Assignments), Is.EqualTo(1).Within(1e-9));
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(truth, wordsOnly.Assignments), Is.LessThan(0.9), "words alone cannot see these meanings");
        Assert.That(embedder.Calls, Is.EqualTo(1));
        using var stream = new MemoryStream();
        fit.Model.Save(stream);
        stream.Position = 0;
        var loaded = ThemeModel.Load(stream);
        Assert.That(loaded.Assign(questions), Is.EqualTo(fit.Assignments), "the saved model needs no embedder to reproduce the themes");
        Assert.That(embedder.Calls, Is.EqualTo(1));
    }

    [Test]
    public void An_embedder_that_breaks_its_contract_fails_clearly_without_quoting_questions()
    {
        var questions = Corpus();
        ThemeOptions With(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed) => new() { ThemeCount = 3, Embedder = new DelegateEmbedder(embed) };

        var tooFew = Assert.Throws<InvalidOperationException>(() => ThemeModel.Fit(questions, With(t => [.. t.Skip(1).Select(_ => new float[] { 1, 0 })])));
        Assert.That(tooFew!.Message, Is.EqualTo("The question embedder returned 17 vectors for 18 questions."));
        var ragged = Assert.Throws<InvalidOperationException>(() => ThemeModel.Fit(questions, With(t => [.. t.Select((_, i) => new float[i == 5 ? 3 : 2])])));
        Assert.That(ragged!.Message, Does.Contain("length 3 for question 5; expected 2"));
        var nan = Assert.Throws<InvalidOperationException>(() => ThemeModel.Fit(questions, With(t => [.. t.Select((_, i) => new[] { i == 2 ? float.NaN : 1f, 0f })])));
        Assert.That(nan!.Message, Does.Contain("non-finite value for question 2"));
        foreach (var message in new[] { tooFew.Message, ragged.Message, nan.Message })
        {
            Assert.That(questions.Any(q => message.Contains(q, StringComparison.OrdinalIgnoreCase)), Is.False);
        }
    }

    [Test]
    public void With_an_embedder_progress_reports_embedding_and_skips_the_word_refinement()
    {
        var (questions, _) = InterviewFixture();
        var stages = new List<ThemeFitStage>();
        var options = new ThemeOptions { MaxThemes = 10, Embedder = new PlantedEmbedder(q => q.Length % 7) };
        ThemeModel.Fit(questions, options, new SyncProgress(p => stages.Add(p.Stage)));

        Assert.That(stages, Is.EqualTo(new[]
        {
            ThemeFitStage.Deduplicating, ThemeFitStage.Featurizing, ThemeFitStage.LatentSpace, ThemeFitStage.Embedding,
            ThemeFitStage.ChoosingThemeCount, ThemeFitStage.Clustering, ThemeFitStage.Assigning, ThemeFitStage.Describing, ThemeFitStage.Done,
        }));
    }

    [Test]
    public void With_an_embedder_only_the_sample_is_embedded_and_results_do_not_depend_on_threads()
    {
        var (questions, _) = InterviewFixture();
        var embedder = new PlantedEmbedder(q => q.Length % 5);
        var options = new ThemeOptions { ThemeCount = 5, Embedder = embedder, MaxEmbeddedQuestions = 100, MaxDegreeOfParallelism = 1 };

        var one = ThemeModel.Fit(questions, options);
        var two = ThemeModel.Fit(questions, options with { MaxDegreeOfParallelism = 2 });

        Assert.That(embedder.Largest, Is.EqualTo(100));
        Assert.That(two.Assignments, Is.EqualTo(one.Assignments));
        Assert.That(Describe(two.Model), Is.EqualTo(Describe(one.Model)));
        Assert.That(one.Assignments, Has.Count.EqualTo(questions.Length));
    }

    [Test]
    public void Above_the_spectral_limit_the_embeddings_are_clustered_directly()
    {
        // 5,100 distinct questions (more than the 5,000 the spectral graph takes), in three planted groups.
        string[] topics = ["caching", "joins", "conflict"];
        var questions = Enumerable.Range(0, 5_100).Select(i => $"Question {i} about {topics[i % 3]} number {i / 3}").ToArray();
        var truth = Enumerable.Range(0, 5_100).Select(i => i % 3).ToArray();
        var embedder = new PlantedEmbedder(q => Array.FindIndex(topics, q.Contains));

        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 3, Embedder = embedder, MaxEmbeddedQuestions = 5_100, UnthemedSimilarity = 0 });

        Assert.That(embedder.Largest, Is.EqualTo(5_100));
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(truth, fit.Assignments), Is.EqualTo(1).Within(1e-9));
    }

    /// <summary>Puts each text near one of a few orthogonal directions (group from a rule), with a small deterministic wobble.</summary>
    private sealed class PlantedEmbedder(Func<string, int> group) : IQuestionEmbedder
    {
        public int Calls { get; private set; }

        public int Largest { get; private set; }

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Calls++;
            Largest = Math.Max(Largest, texts.Count);
            return [.. texts.Select(t =>
            {
                var v = new float[16];
                v[group(t)] = 1;
                v[8 + (t.Length % 8)] = 0.2f;
                return v;
            })];
        }
    }

    private sealed class DelegateEmbedder(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed) : IQuestionEmbedder
    {
        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) => embed(texts);
    }

    private static string Fingerprint(IReadOnlyList<int> assignments) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(assignments.SelectMany(BitConverter.GetBytes).ToArray()))[..16];

    private sealed class SyncProgress(Action<ThemeFitProgress> report) : IProgress<ThemeFitProgress>
    {
        public void Report(ThemeFitProgress value) => report(value);
    }
}
