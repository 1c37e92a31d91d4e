namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Word rules for <see cref="ThemeKind"/>: each question gets the first kind whose cue it holds, in the order pay and
/// logistics, motivation, system design, coding, behavioural, concept; a theme takes the kind of at least half of its
/// questions (counting repeats), else <see cref="ThemeKind.Unknown"/>; for a name, motivation and behavioural questions
/// together make a behavioural theme.
/// </summary>
internal static class ThemeKinds
{
    /// <summary>A theme's kind needs at least this share of its questions.</summary>
    public const double MinShare = 0.5;

    private static readonly (ThemeKind Kind, string[] Cues)[] Rules =
    [
        (ThemeKind.Logistics, ["salary expectation", "expected salary", "salary range", "current salary", "your salary", "compensation", "pay range", "notice period", "start date", "when could you start", "when can you start", "relocat", "visa", "sponsorship", "expected pay", "benefits", "equity", "remote or", "hybrid"]),
        (ThemeKind.Motivation, ["about yourself", "why do you want", "why are you leaving", "why did you leave", "why should we hire", "why this", "why us", "why our", "why would you", "why here", "why join", "why work ", "why the role", "what attracts you", "what interests you", "walk me through your resume", "walk me through your cv", "where do you see yourself", "motivat", "your greatest strength", "your greatest weakness", "your biggest strength", "your biggest weakness", "strengths and weaknesses", "career goals", "leave your current", "leaving your current", "questions for us"]),
        (ThemeKind.SystemDesign, ["design a ", "design an ", "design the ", "design of a", "system design", "architecture of", "architect a", "scale a ", "scaling a ", "scale to", "million users", "high availability", "distributed system", "url shortener", "rate limiter", "load balanc", "sharding", "back-of-the-envelope", "capacity estimate"]),
        (ThemeKind.Coding, ["implement", "write a function", "write code", "write a program", "write a sql", "write a query", "sql query that", "code a ", "coding", "algorithm", "complexity", "big o", "linked list", "binary tree", "binary search", "array", "substring", "string is a", "palindrome", "two numbers", "sorted", "recursion", "recursive", "dynamic programming", "graph", "hash map", "leetcode", "reverse a",
            " bst", "bfs", "dfs", "two sum", "kth largest", "kth smallest", "merge intervals", "number of islands", "lru cache", "trie ",
            "subarray", "subsequence", "anagram", "fibonacci", "sliding window", "two pointers", "permutations", "reverse linked"]),
        (ThemeKind.Behavioural, ["tell me about a time", "tell me about a ", "tell me about an ", "tell us about a ", "tell us about an ", "describe a time", "describe a situation", "give an example", "give me an example", "a time when", "a time you", "conflict", "disagree", "difficult feedback", "mentor", "led a", "lead a", "leadership", "manage a team", "managed a team", "stakeholder", "failure", "failed", "mistake", "proud", "challenge you", "tense situation", "underperform", "colleague", "teammate", "your manager", "pressure", "deadline", "how do you prioriti", "how you prioriti", "everything is urgent", "competing priorities", "conflicting priorities"]),
        (ThemeKind.Concept, ["what is", "what are", "what's", "explain", "difference between", "when would you", "how does", "how do", "why is", "why does", "compare", " vs ", "versus", "define", "pros and cons", "trade-off", "tradeoff"]),
    ];

    /// <summary>
    /// The kind of one question as <see cref="Of(string)"/> gives it, and a motivation question when it asks why one of the
    /// log's companies in at most three words ("Why Wise?", "Why Acme Bank?").
    /// </summary>
    /// <param name="question">The question.</param>
    /// <param name="companyWords">The lower-case words of the log's company names, or <see langword="null"/>.</param>
    public static ThemeKind Of(string question, IReadOnlySet<string>? companyWords) =>
        Of(question) is var kind && kind == ThemeKind.Unknown && AsksWhyCompany(question, companyWords) ? ThemeKind.Motivation : kind;

    /// <summary>Whether the question asks why one of the log's companies in at most three words after "why" ("Why Wise?").</summary>
    public static bool AsksWhyCompany(string question, IReadOnlySet<string>? companyWords)
    {
        if (companyWords is not { Count: > 0 }) return false;
        var words = ThemeNamer.Words(question).Select(w => w.Word.ToLowerInvariant()).ToList();
        return words.Count is >= 2 and <= 4 && words[0] == "why" && words.Skip(1).Any(companyWords.Contains);
    }

    /// <summary>The kind of one question, or <see cref="ThemeKind.Unknown"/>.</summary>
    public static ThemeKind Of(string question)
    {
        var text = " " + question.ToLowerInvariant().Replace('’', '\'') + " ";
        foreach (var (kind, cues) in Rules)
        {
            foreach (var cue in cues)
            {
                if (text.Contains(cue, StringComparison.Ordinal)) return kind;
            }

            // A question that opens with "Design" asks for a design, whatever follows ("design twitter's timeline").
            if (kind == ThemeKind.SystemDesign && (text.StartsWith(" design ", StringComparison.Ordinal) || text.Contains("how would you design ", StringComparison.Ordinal))) return kind;
        }

        return ThemeKind.Unknown;
    }

    /// <summary>The kind at least <see cref="MinShare"/> of the weighted question kinds have, or <see cref="ThemeKind.Unknown"/>.</summary>
    /// <param name="questions">Each question's kind and weight (its repeats).</param>
    /// <param name="forName">For a theme's name: motivation questions with past-behaviour ones make a behavioural theme. Sibling
    /// joining keeps the two apart (a motivation theme and a behavioural one are not one theme only by that).</param>
    public static ThemeKind Of(IEnumerable<(ThemeKind Kind, double Weight)> questions, bool forName = false)
    {
        var votes = new double[Enum.GetValues<ThemeKind>().Length];
        var total = 0.0;
        foreach (var (kind, w) in questions)
        {
            votes[(int)kind] += w;
            total += w;
        }

        if (total <= 0) return ThemeKind.Unknown;
        var best = 1;
        for (var k = 2; k < votes.Length; k++) if (votes[k] > votes[best]) best = k;
        // Motivation questions with past-behaviour ones ("Why do you want to work here?" beside a conflict story) are one
        // behavioural theme, as interview guides file them; motivation alone stays motivation.
        double motivation = votes[(int)ThemeKind.Motivation], behavioural = votes[(int)ThemeKind.Behavioural];
        if (forName && motivation > 0 && behavioural > 0 && motivation + behavioural >= MinShare * total && (best == (int)ThemeKind.Motivation || votes[best] < MinShare * total))
        {
            return ThemeKind.Behavioural;
        }

        return votes[best] >= MinShare * total ? (ThemeKind)best : ThemeKind.Unknown;
    }
}
