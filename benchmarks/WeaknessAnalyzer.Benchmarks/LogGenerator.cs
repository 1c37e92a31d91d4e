using System.Globalization;
using System.Text;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// A seeded, deterministic generator of realistic interview logs in the library's CSV format: many paraphrases per theme,
/// off-theme noise, candidates with planted weak themes that drive weak answers, low confidence and rejections, prep hours
/// and interest related to outcomes, and multi-line quoted feedback. The planted truth is returned (and can be written).
/// </summary>
internal static class LogGenerator
{
    internal sealed record Truth(string Candidate, string[] WeakThemes);

    private static readonly (string Name, string[] Templates, string[] Fill)[] Themes =
    [
        ("system design", ["Design a {0} for millions of users", "How would you design a scalable {0}?", "Walk me through the architecture of a {0}", "Design the backend of a {0}", "How would you scale a {0} under heavy load?"],
            ["URL shortener", "chat service", "news feed", "rate limiter", "distributed cache", "ride sharing app", "notification system", "video streaming service", "search autocomplete", "payment system"]),
        ("sql", ["Write a SQL query that {0}", "How would you write a SQL query that {0}?", "Explain the SQL join you would use to {0}", "Optimise a slow SQL query that {0}"],
            ["finds the second highest salary", "counts orders per customer", "finds duplicate rows", "joins orders and customers", "ranks products by revenue", "uses an index on a large table", "aggregates sales by month"]),
        ("conflict", ["Tell me about a conflict with {0}", "Describe a disagreement with {0} and how you resolved it", "How do you handle conflict with {0}?", "Give an example of a tense situation with {0}"],
            ["a colleague", "your manager", "a product owner", "a teammate", "another team", "a stakeholder"]),
        ("algorithms", ["Implement {0} and give its complexity", "Write a function to {0}", "How would you {0} efficiently?", "Code a solution to {0}"],
            ["reverse a linked list", "find two numbers that sum to a target", "check if a binary tree is balanced", "merge two sorted arrays", "find the longest substring without repeats", "detect a cycle in a graph"]),
        ("testing", ["How do you test {0}?", "What is your strategy for testing {0}?", "Explain how you would write unit tests for {0}"],
            ["a service with a slow dependency", "legacy code", "a REST API", "asynchronous code", "a data pipeline"]),
        ("leadership", ["Tell me about a time you {0}", "Describe how you {0}", "Give an example of when you {0}"],
            ["led a project without authority", "mentored a junior engineer", "managed a team through a deadline", "drove a technical decision", "handled an underperforming teammate"]),
        ("motivation", ["Why do you want to {0}?", "What attracts you to {0}?", "Tell me why you would {0}"],
            ["work at this company", "join this team", "leave your current job", "move into this role", "work in this industry"]),
        ("concurrency", ["Explain {0} in a multithreaded program", "How do you avoid {0}?", "What causes {0} and how do you fix it?"],
            ["deadlocks", "race conditions", "thread starvation", "lock contention", "memory visibility bugs"]),
    ];

    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Wingtip", "Proseware"];
    private static readonly string[] Stages = ["recruiter screen", "phone screen", "technical", "onsite", "final"];
    private static readonly string[] Roles = ["Backend Engineer", "Software Engineer", "Data Engineer", "Platform Engineer"];
    private static readonly string[] Noise = ["What is your favourite book?", "Do you have any questions for us?", "What are your salary expectations?", "When could you start?", "How did you hear about us?"];

    public static string[] ThemeNames => Themes.Select(t => t.Name).ToArray();

    /// <summary>Writes about <paramref name="rows"/> rows (whole interviews) and returns the planted truth.</summary>
    /// <param name="w">Where the CSV goes.</param>
    /// <param name="rows">About this many rows (whole interviews).</param>
    /// <param name="candidates">Candidates, interleaved.</param>
    /// <param name="seed">The seed: the same seed and arguments give the same file.</param>
    /// <param name="weakThemes">Planted weak themes per candidate (2 to 8); 2 keeps the files of earlier sessions byte for byte.</param>
    /// <param name="varied">Write questions the way people log them (see <see cref="Vary"/>); off keeps earlier files byte for byte.</param>
    /// <param name="improveAfter">From the day after this date, each candidate's first planted weak theme goes as well as the others (the person worked on it); <see langword="null"/> (the default) keeps earlier files byte for byte.</param>
    /// <param name="through">Write only the interviews dated up to this date (the same interviews as the whole log, with the same answers): the log as it stood then.</param>
    /// <param name="categories">
    /// Add a <c>type</c> column the way people fill one: coarse (<see cref="CoarseCategory"/>: conflict, leadership and
    /// motivation are all "Behavioural"), on about 70% of the rows, in the person's own spelling. Drawn from a generator of
    /// its own, so the other columns are the same as without it.
    /// </param>
    /// <param name="distinctQuestions">
    /// About this many distinct question texts in the whole log (0, the default, keeps earlier files byte for byte): a
    /// question gets a follow-up ("Follow-up: what changes at 40x the load?") drawn from a pool sized so that the log holds
    /// about this many distinct texts once it has many more rows, as a coaching platform's export does.
    /// </param>
    /// <param name="distinctFeedback">The same for the interviewers' feedback: a second line noting where in the interview it was said and about what.</param>
    public static List<Truth> Write(TextWriter w, int rows, int candidates, int seed, int weakThemes = 2, bool varied = false, DateOnly? improveAfter = null, DateOnly? through = null, bool categories = false, int distinctQuestions = 0, int distinctFeedback = 0)
    {
        var tagRng = new Random(seed ^ 0x5EED);
        // Follow-ups and feedback notes come from generators of their own, so the other columns are the same as without them.
        var detailRng = new Random(seed ^ 0xD15C);
        var questionBases = Themes.Sum(t => t.Templates.Length * t.Fill.Length) + Noise.Length;
        var followUps = distinctQuestions <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(distinctQuestions / (double)questionBases));
        var notes = distinctFeedback <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(distinctFeedback / (double)(2 + Themes.Length + (Themes.Length * (Themes.Length - 1) / 2))));
        if (weakThemes is < 2 or > 8) throw new ArgumentException("--weak must be 2 to 8.");
        var rng = new Random(seed);
        var truth = new List<Truth>();
        for (var c = 0; c < candidates; c++)
        {
            if (weakThemes == 2)
            {
                var a = rng.Next(Themes.Length);
                var b = (a + 1 + rng.Next(Themes.Length - 1)) % Themes.Length;
                truth.Add(new Truth($"candidate-{c + 1:D4}", [Themes[a].Name, Themes[b].Name]));
                continue;
            }

            var order = Enumerable.Range(0, Themes.Length).ToArray();
            rng.Shuffle(order);
            truth.Add(new Truth($"candidate-{c + 1:D4}", [.. order.Take(weakThemes).Order().Select(i => Themes[i].Name)]));
        }

        // Varied logs: some themes come up far more often than others (weights 6, 4, 3, 2, 1, 1, 1, 1 in a seeded order per
        // candidate), whether or not they are weak; a theme asked often then gathers stumbles by volume alone.
        var frequency = truth.ToDictionary(t => t.Candidate, t =>
        {
            var weights = new double[] { 6, 4, 3, 2, 1, 1, 1, 1 };
            if (varied) rng.Shuffle(weights);
            return weights;
        });
        w.Write("candidate,interview_id,date,company,role,stage,outcome,question,response,confidence,feedback,prep_hours,interest" + (categories ? ",type\n" : "\n"));
        var written = 0;
        var interview = 0;
        var start = new DateOnly(2024, 1, 1);
        while (written < rows)
        {
            var c = truth[interview % candidates];
            interview++;
            var date = start.AddDays(rng.Next(0, 600));
            var company = Companies[rng.Next(Companies.Length)];
            var role = Roles[rng.Next(Roles.Length)];
            var stage = Stages[rng.Next(Stages.Length)];
            var prep = Math.Round(rng.NextDouble() * 10, 1);
            var interest = 1 + rng.Next(5);
            var count = Math.Min(rows - written, 4 + rng.Next(5));
            var questions = new List<(string Q, bool Weak, int Theme)>();
            for (var i = 0; i < count; i++)
            {
                if (rng.NextDouble() < 0.05)
                {
                    questions.Add((Noise[rng.Next(Noise.Length)], false, -1));
                    continue;
                }

                // Weak themes come up a little more often, as they do for people who keep meeting them.
                int t;
                if (varied)
                {
                    t = Pick(rng, frequency[c.Candidate]);
                }
                else
                {
                    var weakName = c.WeakThemes[rng.Next(c.WeakThemes.Length)];
                    t = rng.NextDouble() < 0.35 ? Array.FindIndex(Themes, x => x.Name == weakName) : rng.Next(Themes.Length);
                }

                var (_, templates, fill) = Themes[t];
                var template = templates[rng.Next(templates.Length)];
                var f = fill[rng.Next(fill.Length)];
                var q = varied ? Vary(rng, template, f, company, i) : string.Format(CultureInfo.InvariantCulture, template, f);
                if (followUps > 0) q += " " + FollowUp(detailRng.Next(followUps));
                questions.Add((q, c.WeakThemes.Contains(Themes[t].Name), t));
            }

            var answers = questions.Select(q =>
            {
                var improved = improveAfter is { } after && date > after && q.Theme >= 0 && Themes[q.Theme].Name == c.WeakThemes[0];
                var p = q.Weak && !improved ? 0.75 - prep * 0.02 : varied ? 0.2 : 0.12;
                var stumble = rng.NextDouble() < p;
                var response = stumble ? (rng.NextDouble() < 0.4 ? "stumped" : "weak") : (rng.NextDouble() < 0.5 ? "ok" : "strong");
                var confidence = stumble ? 1 + rng.Next(2) : 3 + rng.Next(3);
                return (q.Q, response, confidence, stumble);
            }).ToList();
            var stumbleShare = answers.Count(x => x.stumble) / (double)answers.Count;
            var outcome = stumbleShare > 0.3 ? "rejected" : rng.NextDouble() < 0.2 + 0.1 * interest ? (stage == "final" ? "offer" : "advanced") : "rejected";
            string feedback = rng.NextDouble() < 0.3 ? "" : stumbleShare > 0.3
                ? $"Struggled on {string.Join(" and ", questions.Where(q => q.Weak).Select(q => Themes[q.Theme].Name).Distinct())}.\nNeeds more depth and structure."
                : "Clear, structured answers.\nGood communication.";
            if (notes > 0 && feedback.Length > 0) feedback += "\n" + FeedbackNote(detailRng.Next(notes));
            for (var a = 0; a < answers.Count; a++)
            {
                var (q, response, confidence, _) = answers[a];
                if (through is { } last && date > last) break;
                w.Write(string.Join(',', c.Candidate, interview.ToString(CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), company, role, stage, outcome,
                    Quote(q), response, confidence.ToString(CultureInfo.InvariantCulture), Quote(feedback), prep.ToString(CultureInfo.InvariantCulture), interest.ToString(CultureInfo.InvariantCulture)));
                if (categories)
                {
                    var theme = questions[a].Theme;
                    var spellings = CoarseCategory(theme < 0 ? "other" : Themes[theme].Name);
                    w.Write(',');
                    w.Write(tagRng.NextDouble() < 0.7 ? Quote(spellings[tagRng.Next(spellings.Length)]) : "");
                }

                w.Write('\n');
            }

            written += count;
        }

        return truth;
    }

    private static readonly string[] Audiences = ["a new graduate", "a product manager", "the CEO", "a customer", "a junior engineer", "the sales team", "a designer", "an auditor"];
    private static readonly string[] Aspects = ["the trade-offs", "the edge cases", "the estimates", "the data model", "testing it", "the failure modes", "the next steps", "the metrics", "the rollout", "the costs"];

    /// <summary>Follow-up number <paramref name="v"/>: the same number always gives the same words, and no two numbers (below a million) the same.</summary>
    private static string FollowUp(int v) => (v % 4) switch
    {
        0 => $"Follow-up: what changes at {2 + (v / 4)}x the load?",
        1 => $"Follow-up: how would you explain it to {Audiences[(v / 4) % Audiences.Length]} in {1 + (v / 4 / Audiences.Length)} minutes?",
        2 => $"Follow-up: what if you had {1 + (v / 4)} days?",
        _ => $"Follow-up: what would you measure in week {1 + (v / 4)}?",
    };

    /// <summary>Feedback note number <paramref name="v"/>, distinct per number as <see cref="FollowUp"/>.</summary>
    private static string FeedbackNote(int v) =>
        $"Noted at minute {1 + (v % 60)} of interview part {1 + (v / 60 / Aspects.Length)}: {Aspects[(v / 60) % Aspects.Length]}.";

    /// <summary>The coarse category a person gives a planted theme, in the spellings people use.</summary>
    public static string[] CoarseCategory(string theme) => theme switch
    {
        "system design" => ["System design", "system design", "Design"],
        "sql" => ["SQL", "sql", "Databases"],
        "algorithms" => ["Coding", "coding", "Algorithms"],
        "conflict" or "leadership" or "motivation" => ["Behavioural", "behavioral", "Behavioural, soft skills"],
        "testing" or "concurrency" => ["Technical", "technical"],
        _ => ["Other", ""],
    };

    private static int Pick(Random rng, double[] weights)
    {
        var r = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0) return i;
        }

        return weights.Length - 1;
    }

    private static readonly string[] GenericTemplates = ["Can you talk me through {0}?", "How would you approach {0}?", "Let's talk about {0}", "{0} - how?", "Thoughts on {0}?"];

    /// <summary>
    /// A question as people log it: 15% a generic frame that says nothing of the theme ("How would you approach ...?"), a
    /// typo in the frame in 8%, then one of: "Q:" or "Q3." (10%), "Follow-up:" (6%), "At Acme, ..." (8%), all lower case
    /// without the question mark (10%). The fill (which names the planted theme) is kept, apart from case.
    /// </summary>
    private static string Vary(Random rng, string template, string fill, string company, int index)
    {
        if (rng.NextDouble() < 0.15) template = GenericTemplates[rng.Next(GenericTemplates.Length)];
        if (rng.NextDouble() < 0.08)
        {
            var words = template.Split(' ');
            var candidates = Enumerable.Range(0, words.Length).Where(j => words[j].Length >= 4 && words[j].All(char.IsLetter)).ToArray();
            if (candidates.Length > 0)
            {
                var j = candidates[rng.Next(candidates.Length)];
                var at = rng.Next(words[j].Length - 1);
                var chars = words[j].ToCharArray();
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                words[j] = new string(chars);
                template = string.Join(' ', words);
            }
        }

        var q = string.Format(CultureInfo.InvariantCulture, template, fill);
        var roll = rng.NextDouble();
        return roll < 0.05 ? "Q: " + q
            : roll < 0.10 ? $"Q{index + 1}. {q}"
            : roll < 0.16 ? "Follow-up: " + char.ToLowerInvariant(q[0]) + q[1..]
            : roll < 0.24 ? $"At {company}, {char.ToLowerInvariant(q[0])}{q[1..]}"
            : roll < 0.34 ? q.ToLowerInvariant().TrimEnd('?')
            : q;
    }

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static string WriteTruth(List<Truth> truth)
    {
        var width = truth.Count == 0 ? 2 : truth.Max(t => t.WeakThemes.Length);
        var sb = new StringBuilder("candidate");
        for (var i = 1; i <= width; i++) sb.Append(",weak_theme_").Append(i);
        sb.Append('\n');
        foreach (var t in truth) sb.Append(t.Candidate).Append(',').AppendJoin(',', t.WeakThemes).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// The words of each planted theme that no other theme's templates or fills use (lower case, three letters or more):
    /// a plan item named with one of them is named for its theme.
    /// </summary>
    public static Dictionary<string, HashSet<string>> DistinctiveWords()
    {
        static IEnumerable<string> Words(string s) => s.ToLowerInvariant().Split([' ', ',', '?', '.', '{', '}', '0', '-'], StringSplitOptions.RemoveEmptyEntries).Where(x => x.Length >= 3);
        var words = Themes.ToDictionary(t => t.Name, t => t.Templates.Concat(t.Fill).SelectMany(Words).ToHashSet(StringComparer.Ordinal));
        return words.ToDictionary(p => p.Key, p => p.Value.Where(x => words.All(o => o.Key == p.Key || !o.Value.Contains(x))).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The planted theme most of the questions belong to (ties: ordinal order), or <see langword="null"/> when none does.</summary>
    public static string? MajorityPlantedTheme(IEnumerable<string> questions) =>
        questions.Select(PlantedThemeOf).Where(t => t is not null).GroupBy(t => t!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;

    /// <summary>Which planted theme a question text belongs to, by its keywords (for checking reports against the truth).</summary>
    public static string? PlantedThemeOf(string question)
    {
        foreach (var (name, templates, fill) in Themes)
        {
            if (fill.Any(f => question.Contains(f, StringComparison.OrdinalIgnoreCase))) return name;
        }

        return null;
    }
}
