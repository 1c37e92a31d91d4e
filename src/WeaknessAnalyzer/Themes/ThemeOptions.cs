namespace WeaknessAnalyzer.Themes;

/// <summary>How questions are grouped into themes. Every property has a documented default.</summary>
public sealed record ThemeOptions
{
    /// <summary>The defaults.</summary>
    public static ThemeOptions Default { get; } = new();

    /// <summary>A fixed number of themes, or <see langword="null"/> (the default) to choose it automatically between <see cref="MinThemes"/> and <see cref="MaxThemes"/>.</summary>
    public int? ThemeCount { get; init; }

    /// <summary>The smallest number of themes automatic selection considers. Default: 2.</summary>
    public int MinThemes { get; init; } = 2;

    /// <summary>The largest number of themes automatic selection considers; it is also capped at 1.5 × the square root of the number of distinct questions (rounded up) and at the question count over <see cref="MinThemeSize"/>. Default: 40.</summary>
    public int MaxThemes { get; init; } = 40;

    /// <summary>The seed for every random choice. The same input and seed give the same themes. Default: 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>K-means restarts; the one with the lowest inertia is kept. Default: 5.</summary>
    public int Restarts { get; init; } = 5;

    /// <summary>K-means iteration limit per restart. Default: 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// Rounds of iterative classification after k-means, run twice (on twice the themes, then after merging back); 0 turns
    /// it off. Each round trains a ridge classifier on the TF-IDF vectors of a seeded random share of each theme's central
    /// members and re-labels the rest; it stops early when fewer than 0.5% of the questions move. The final classifier is
    /// kept in the model and assigns new questions. Default: 10 (on stackoverflow.csv, k=20: NMI 0.678 with 0, 0.737 with 10).
    /// Not used with an <see cref="Embedder"/>: it pulls themes found by meaning back towards shared words.
    /// </summary>
    public int RefinementRounds { get; init; } = 10;

    /// <summary>Dimensions of the latent semantic space (truncated SVD of the TF-IDF matrix). Default: 100.</summary>
    public int Dimensions { get; init; } = 100;

    /// <summary>Word n-gram length for featurization (1 = single words, 2 = words and pairs). Default: 1 (pairs measured worse on short questions and cost twice the time).</summary>
    public int NgramLength { get; init; } = 1;

    /// <summary>A theme with fewer questions (counting repeats) than this is dissolved into the unthemed group. Default: 2.</summary>
    public int MinThemeSize { get; init; } = 2;

    /// <summary>
    /// A question whose cosine similarity (in the latent space) to the centre of the theme it was assigned to is below this
    /// joins the unthemed group: a one-off far from every theme. 0 turns it off. Default: 0.4 (about 0.4% of
    /// stackoverflow.csv, 1.5% of questions.csv and 3 of the 64 questions in the sample log end up unthemed).
    /// </summary>
    public double UnthemedSimilarity { get; init; } = 0.4;

    /// <summary>Distinct questions used to fit the model; more are assigned to the fitted themes. Default: 25,000.</summary>
    public int MaxFitQuestions { get; init; } = 25_000;

    /// <summary>
    /// A sentence-embedding model that groups questions by meaning, or <see langword="null"/> (the default) to group them by
    /// their words alone. With one, the distinct questions (at most <see cref="MaxEmbeddedQuestions"/>) are embedded and
    /// clustered spectrally on a nearest-neighbour graph of the embeddings; the questions clustered keep their theme (the model
    /// remembers them by a hash of their text), and the themes teach the word-based classifier that the model keeps for
    /// every other question, so <see cref="ThemeModel.Assign(string)"/> and saved models need no embedder. On questions.csv
    /// (795 interview questions, 29 labels, k=29) NMI rose from 0.37 to 0.59 with the MiniLM embedder; on 20,000 Stack Overflow
    /// titles, whose labels are tags the titles name outright, words alone stay better (0.74 against 0.68). See benchmarks/README.md.
    /// </summary>
    public IQuestionEmbedder? Embedder { get; init; }

    /// <summary>
    /// With an <see cref="Embedder"/>, the distinct questions embedded to fit the model (a seeded sample when there are more);
    /// the rest are assigned by the fitted model. Up to 5,000 embedded questions are clustered spectrally (the graph costs
    /// grow with the square of the count); above that, k-means runs on the embeddings directly. Default: 3,000 (embedding
    /// costs about 3 to 6 s per 1,000 questions on two cores, depending on their length).
    /// </summary>
    public int MaxEmbeddedQuestions { get; init; } = 3_000;

    /// <summary>
    /// How much the person's own categories (a log's category, type or tags column) pull questions together when themes are
    /// fitted with categories: each distinct category tag becomes one more feature of the question, carrying this share of
    /// its squared length (the words or the meaning carry the rest), so questions sharing a tag lean together while
    /// questions that mean clearly different things stay apart. 0 ignores categories. Questions without a category, and
    /// fits without categories, are not affected. Default: 0.15 (on the team's spreadsheet exports it keeps every stumble
    /// on statistics in one theme; on generated logs whose categories are coarser than their themes, 0.3 mixed themes; see
    /// benchmarks/README.md, "The person's categories").
    /// </summary>
    public double CategoryWeight { get; init; } = 0.15;

    /// <summary>
    /// Whether sibling themes are joined after clustering when the number of themes is automatic: two system design themes,
    /// two motivation themes or two pay and logistics themes (each a single skill to prepare); two themes whose questions
    /// mean nearly the same (with an <see cref="Embedder"/>); two themes the person filed under one specific category of
    /// their own. Without it a skill split in two or three themes fills the top of the plan. Default: <see langword="true"/>
    /// (see benchmarks/README.md, "Sibling themes").
    /// </summary>
    public bool JoinSiblings { get; init; } = true;

    /// <summary>Lower-case words never used in theme names: the analyzer sets the log's company names ("At Acme, design a ..."). Not part of the saved model.</summary>
    internal IReadOnlySet<string>? NameSkipWords { get; init; }

    /// <summary>Keywords kept per theme. Default: 6.</summary>
    public int KeywordCount { get; init; } = 6;

    /// <summary>Representative questions kept per theme (closest to its centre). Default: 5.</summary>
    public int RepresentativeCount { get; init; } = 5;

    /// <summary>Threads used; results do not depend on it. Default: <see langword="null"/> (all cores).</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks every option and reports all problems at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (ThemeCount is < 1) errors.Add($"{nameof(ThemeCount)} must be at least 1 (was {ThemeCount}).");
        if (MinThemes < 1) errors.Add($"{nameof(MinThemes)} must be at least 1 (was {MinThemes}).");
        if (MaxThemes < MinThemes) errors.Add($"{nameof(MaxThemes)} ({MaxThemes}) must be at least {nameof(MinThemes)} ({MinThemes}).");
        if (Restarts < 1) errors.Add($"{nameof(Restarts)} must be at least 1 (was {Restarts}).");
        if (MaxIterations < 1) errors.Add($"{nameof(MaxIterations)} must be at least 1 (was {MaxIterations}).");
        if (RefinementRounds < 0) errors.Add($"{nameof(RefinementRounds)} must be at least 0 (was {RefinementRounds}).");
        if (Dimensions < 2) errors.Add($"{nameof(Dimensions)} must be at least 2 (was {Dimensions}).");
        if (NgramLength is < 1 or > 3) errors.Add($"{nameof(NgramLength)} must be 1, 2 or 3 (was {NgramLength}).");
        if (MinThemeSize < 1) errors.Add($"{nameof(MinThemeSize)} must be at least 1 (was {MinThemeSize}).");
        if (UnthemedSimilarity is < 0 or >= 1 || double.IsNaN(UnthemedSimilarity)) errors.Add($"{nameof(UnthemedSimilarity)} must be in [0, 1) (was {UnthemedSimilarity}).");
        if (CategoryWeight is < 0 or >= 1 || double.IsNaN(CategoryWeight)) errors.Add($"{nameof(CategoryWeight)} must be in [0, 1) (was {CategoryWeight}).");
        if (MaxFitQuestions < 10) errors.Add($"{nameof(MaxFitQuestions)} must be at least 10 (was {MaxFitQuestions}).");
        if (MaxEmbeddedQuestions < 10) errors.Add($"{nameof(MaxEmbeddedQuestions)} must be at least 10 (was {MaxEmbeddedQuestions}).");
        if (KeywordCount < 1) errors.Add($"{nameof(KeywordCount)} must be at least 1 (was {KeywordCount}).");
        if (RepresentativeCount < 1) errors.Add($"{nameof(RepresentativeCount)} must be at least 1 (was {RepresentativeCount}).");
        if (MaxDegreeOfParallelism is < 1) errors.Add($"{nameof(MaxDegreeOfParallelism)} must be at least 1 (was {MaxDegreeOfParallelism}).");
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid theme options: " + string.Join(" ", errors));
        }
    }
}

/// <summary>A theme: a group of questions about the same thing.</summary>
/// <param name="Id">Stable id: 1, 2, ... by decreasing size; 0 is the unthemed group.</param>
/// <param name="Label">
/// A short human label: the kind when it is clear, then up to three phrases from the theme's own questions
/// ("System design: rate limiter, distributed cache"); "unthemed" for the unthemed group. See <see cref="Phrases"/>.
/// </param>
/// <param name="Keywords">Top keywords by class-based TF-IDF, best first, near-synonyms removed.</param>
/// <param name="Representatives">The distinct questions closest to the theme centre, closest first.</param>
/// <param name="QuestionCount">Questions fitted into the theme, counting repeats.</param>
/// <param name="IsUnthemed">Whether this is the group of one-off questions far from every theme.</param>
public sealed record Theme(int Id, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<string> Representatives, int QuestionCount, bool IsUnthemed)
{
    /// <summary>The id of the unthemed group.</summary>
    public const int UnthemedId = 0;

    /// <summary>
    /// Phrases of one to three words from the theme's questions, most distinctive first (class-based TF-IDF over phrases,
    /// a longer phrase preferred when it covers nearly as many questions, no two sharing a word stem), as the person wrote
    /// them. Empty for the unthemed group and for models saved before phrases existed.
    /// </summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>
    /// The kind of question the theme holds, from word rules on its questions ("Tell me about a time..." is
    /// <see cref="ThemeKind.Behavioural"/>, "Design a..." <see cref="ThemeKind.SystemDesign"/>); <see cref="ThemeKind.Unknown"/>
    /// when no kind holds half of them.
    /// </summary>
    public ThemeKind Kind { get; init; }
}
