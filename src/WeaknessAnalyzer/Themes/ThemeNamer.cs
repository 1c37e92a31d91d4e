using System.Text;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Names themes the way a person would: with phrases of one to three words taken from the theme's own questions
/// ("rate limiter", "A/B test", "left join"), not with single keywords.
/// <list type="bullet">
/// <item>Candidates are the runs of content words between stop words and question-frame verbs ("design", "explain",
/// "tell", ...), and every run of one to three words inside them.</item>
/// <item>Single words held by only one question go last; the rest are scored by class-based TF-IDF over phrases: the share of the theme's questions (counting repeats) that hold
/// it × log(1 + average questions per theme / questions holding it anywhere).</item>
/// <item>Best first; a longer phrase replaces a shorter one inside it when it covers at least
/// <see cref="LongerPhraseShare"/> as many questions ("rate limiter" over "limiter"); a phrase sharing a word stem with one
/// already chosen is skipped (no "priorities" next to "prioritize").</item>
/// <item>The text shown is the way the person wrote it most often (SQL, API, bit.ly), lower-cased at the start of a question.</item>
/// </list>
/// </summary>
internal static class ThemeNamer
{
    /// <summary>See the class remarks.</summary>
    public const double LongerPhraseShare = 0.7;

    /// <summary>A phrase from a question whose kind differs from its theme's (on the same side: about the person, or technical) counts this much towards the name (a mentoring question in a motivation theme does not name it).</summary>
    public const double OtherKindWeight = 0.5;

    /// <summary>Only this many best-scored candidates are considered (the longer-phrase check is quadratic in them).</summary>
    public const int MaxCandidates = 200;

    /// <summary>
    /// Single words held by fewer than this many questions (counting repeats) come after every other candidate, whatever
    /// their scores: a typo or a one-off word ("tlel", "waht") does not name a theme when a shared word or a phrase can.
    /// </summary>
    public const double MinSharedCount = 2;

    /// <summary>Phrases chosen per theme at most.</summary>
    public const int MaxPhrases = 3;

    /// <summary>A label is at most about this long; phrases past it are left to <see cref="Theme.Phrases"/>.</summary>
    public const int MaxLabelLength = 48;

    /// <summary>The phrase for "Why Acme?" and its like.</summary>
    public const string WhyThisCompany = "why this company";

    /// <summary>One question's candidate phrases: key (lower case, each word stemmed) → the text as written and the index of its first word.</summary>
    /// <param name="text">The question.</param>
    /// <param name="skip">Lower-case words that are not part of a name when capitalised (the log's company names: "At Acme, ..."; a lower-case "data" in "Data Corp" still counts), or <see langword="null"/>.</param>
    /// <param name="whyCompany">The question asks why one of the log's companies (<see cref="ThemeKinds.AsksWhyCompany"/>): "Why Acme?" (the company skipped) is named "why this company".</param>
    public static Dictionary<string, (string Shown, int Position)> Candidates(string text, IReadOnlySet<string>? skip = null, bool whyCompany = false)
    {
        var result = new Dictionary<string, (string Shown, int Position)>(StringComparer.Ordinal);
        if (whyCompany)
        {
            result[WhyThisCompany] = (WhyThisCompany, 0);
            return result;
        }

        var run = new List<(string Key, string Shown, int Index)>();
        var offset = 0;
        // A phrase never spans a clause break: "SQL: top 3 products" holds "top 3 products", not "SQL top".
        foreach (var clause in text.Split(ClauseBreaks))
        {
            var words = Words(clause).Select(w => (w.Word, Index: w.Index + offset)).ToList();
            offset += words.Count;
            AddCandidates(words, skip, run, result);
            Flush(run, result);
        }

        return result;
    }

    private static readonly char[] ClauseBreaks = [':', ';', ',', '(', ')', '[', ']', '?', '!', '"', '\u201C', '\u201D'];

    private static void AddCandidates(List<(string Word, int Index)> words, IReadOnlySet<string>? skip, List<(string Key, string Shown, int Index)> run, Dictionary<string, (string Shown, int Position)> result)
    {
        var framed = FramePhraseWords(words);
        for (var i = 0; i < words.Count; i++)
        {
            var (word, index) = words[i];
            var key = word.ToLowerInvariant();
            if (framed[i])
            {
                Flush(run, result);
                continue;
            }

            // A number stays inside a phrase ("top 3 products") but never starts or ends one.
            var number = IsNumber(key);
            if (number && run.Count > 0)
            {
                run.Add((key, word, index));
                continue;
            }

            // "Big O" is a name, though one of its words is a single letter.
            if (key == "o" && run.Count > 0 && run[^1].Key == "big")
            {
                run[^1] = (run[^1].Key, "Big", run[^1].Index);
                run.Add(("o", "O", index));
                continue;
            }

            if (IsFrame(key) || (skip?.Contains(key) == true && char.IsUpper(word[0])) || number || key.Length < 2)
            {
                Flush(run, result);
                continue;
            }

            // At the start of a question "Design" is just capitalised; "SQL" or "iOS" keep their case.
            var shown = index == 0 && word.Skip(1).All(c => !char.IsUpper(c)) ? key : word;
            // Keyed by stem, so "p-value" and "p-values" count as one phrase held by both questions.
            // "bit.ly", "A/B", "C#" are names, not words to stem.
            // "AB test", "ab test" and "A/B test" are one phrase, shown as "A/B test".
            if (key == "ab") (key, shown) = ("a/b", "A/B");
            run.Add((key.AsSpan().IndexOfAny("./#+") >= 0 ? key : TextKeys.Stem(key), shown, index));
        }
    }

    /// <summary>
    /// Chooses a theme's phrases. <paramref name="holding"/>: for each candidate key, the questions of the theme holding it
    /// (weighted by repeats); <paramref name="position"/>: the mean index of its first word in them (a tie goes to the
    /// phrase said earlier, usually the question's subject: "rate limiter" before "public API"); <paramref name="shown"/>: how the person wrote it;
    /// <paramref name="everywhere"/>: questions holding it in any theme; <paramref name="size"/>: the theme's questions.
    /// </summary>
    public static List<string> Choose(Dictionary<string, double> holding, Dictionary<string, double> position, Func<string, string> shown, Dictionary<string, double> everywhere, double size, double average)
    {
        if (size <= 0) return [];
        var scored = holding
            .Select(p => (Key: p.Key, Count: p.Value, Score: p.Value / size * StableMath.Log(1 + average / everywhere[p.Key]) * (KnownTopics.Value.Contains(p.Key) ? KnownTopicBoost : 1)))
            .OrderBy(p => p.Key.Contains(' ', StringComparison.Ordinal) || (p.Count >= MinSharedCount && !GenericNouns.Contains(p.Key)) ? 0 : 1).ThenByDescending(p => p.Score).ThenBy(p => position[p.Key] / p.Count).ThenByDescending(p => p.Key.Count(c => c == ' ')).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .ToList();
        var chosen = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        foreach (var (key, count, _) in scored)
        {
            // Prefer the longest phrase holding this one that covers nearly as many questions.
            var best = key;
            foreach (var (other, otherCount, _) in scored)
            {
                if (other.Length > best.Length && otherCount >= LongerPhraseShare * count && ContainsPhrase(other, key) && other.Count(c => c == ' ') < 3)
                {
                    best = other;
                }
            }

            var bestStems = best.Split(' ').Select(TextKeys.Stem).ToArray();
            if (bestStems.Any(stems.Contains) || bestStems.Distinct(StringComparer.Ordinal).Count() < bestStems.Length) continue;
            var text = shown(best);
            if (chosen.Count > 0 && length + 2 + text.Length > MaxLabelLength) break;
            chosen.Add(text);
            length += (chosen.Count > 1 ? 2 : 0) + text.Length;
            foreach (var s in bestStems) stems.Add(s);
            if (chosen.Count == MaxPhrases) break;
        }

        return chosen;
    }

    /// <summary>
    /// A candidate that names a topic people study ("linked list", "binary tree", "array", "CAC", from the lists of what each
    /// section of the bundled practice bank is about) scores this many times its TF-IDF: "array" before "target" in "Find two
    /// numbers in an array that add up to a target".
    /// </summary>
    public const double KnownTopicBoost = 1.5;

    /// <summary>The practice bank's topic phrases, keyed as candidates are (lower case, each word stemmed).</summary>
    internal static readonly Lazy<HashSet<string>> KnownTopics = new(() => Practice.PracticeBank.Sections
        .SelectMany(s => s.Words)
        .SelectMany(w => Candidates(w).Where(c => c.Value.Position == 0 && c.Key.Split(' ').Length == Words(w).Count()).Select(c => c.Key))
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>The label: "Kind: phrase, phrase, phrase" when the kind is clear, else the phrases alone.</summary>
    public static string Label(ThemeKind kind, IReadOnlyList<string> phrases)
    {
        var title = string.Join(", ", phrases);
        var prefix = kind switch
        {
            ThemeKind.SystemDesign => "System design",
            ThemeKind.Behavioural => "Behavioural",
            ThemeKind.Coding => "Coding",
            ThemeKind.Motivation => "Motivation",
            ThemeKind.Logistics => "Pay and logistics",
            _ => null,
        };
        return prefix is null ? title : $"{prefix}: {title}";
    }

    /// <summary>A stop word or question-frame verb, or one with two adjacent letters swapped ("tlel", "waht", "descirbe").</summary>
    internal static bool IsFrame(string key)
    {
        if (TextKeys.IsStopWord(key) || FrameWords.Contains(key)) return true;
        if (key.Length is < 3 or > 12) return false;
        Span<char> chars = stackalloc char[key.Length];
        for (var i = 0; i + 1 < key.Length; i++)
        {
            if (key[i] == key[i + 1]) continue;
            key.AsSpan().CopyTo(chars);
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            var swapped = new string(chars);
            if (TextKeys.IsStopWord(swapped) || FrameWords.Contains(swapped)) return true;
        }

        return false;
    }

    private static bool ContainsPhrase(string longer, string shorter) =>
        (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);

    private static bool IsNumber(string key) => key.All(c => char.IsDigit(c) || !char.IsLetterOrDigit(c));

    private static void Flush(List<(string Key, string Shown, int Index)> run, Dictionary<string, (string Shown, int Position)> result)
    {
        for (var i = 0; i < run.Count; i++)
        {
            if (IsNumber(run[i].Key)) continue;
            string key = run[i].Key, shown = run[i].Shown;
            for (var n = 1; n <= 3 && i + n <= run.Count; n++)
            {
                if (n > 1)
                {
                    key = string.Concat(key, " ", run[i + n - 1].Key);
                    shown = string.Concat(shown, " ", run[i + n - 1].Shown);
                }

                if (!IsNumber(run[i + n - 1].Key)) result.TryAdd(key, (shown, run[i].Index));
            }
        }

        run.Clear();
    }

    /// <summary>Words as written: letters and digits, with '.', '/', '-', '\'' inside a word ("bit.ly", "A/B", "p-value") and '#', '+' after one ("C#", "C++").</summary>
    internal static IEnumerable<(string Word, int Index)> Words(string text)
    {
        var sb = new StringBuilder();
        var index = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : ' ';
            var inner = ch is '.' or '/' or '-' or '\'' or '’' && sb.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(ch) || inner || ((ch is '#' or '+') && sb.Length > 0))
            {
                sb.Append(ch == '’' ? '\'' : ch);
                continue;
            }

            if (sb.Length > 0)
            {
                var word = sb.ToString();
                sb.Clear();
                // "it's", "don't": the apostrophe part is not a phrase of its own.
                var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
                yield return (apostrophe > 0 ? word[..apostrophe] : word, index++);
            }
        }
    }

    /// <summary>
    /// Which words belong to a phrase that asks for a manner of answering rather than a topic ("in plain words", "in
    /// simple terms", "to a five year old", "with an example"): like frame verbs, they break phrases and are never names.
    /// </summary>
    private static bool[] FramePhraseWords(List<(string Word, int Index)> words)
    {
        var framed = new bool[words.Count];
        var keys = words.Select(w => w.Word.ToLowerInvariant()).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var phrase in FramePhrases)
            {
                if (i + phrase.Length > keys.Length) continue;
                var match = true;
                for (var j = 0; j < phrase.Length && match; j++) match = keys[i + j] == phrase[j];
                if (!match) continue;
                for (var j = 0; j < phrase.Length; j++) framed[i + j] = true;
            }

            // The audience of an explanation is not its subject: "... to a non-technical PM", "to your manager", "to a
            // five-year-old child": "to", a determiner, up to two more words, then a word for a listener.
            if (keys[i] == "to" && i + 2 < keys.Length && Determiners.Contains(keys[i + 1]))
            {
                for (var end = i + 2; end < Math.Min(keys.Length, i + 5); end++)
                {
                    if (!Audiences.Contains(keys[end])) continue;
                    for (var j = i; j <= end; j++) framed[j] = true;
                    break;
                }
            }
        }

        return framed;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "your", "my", "our", "their", "some", "non-technical" };

    private static readonly HashSet<string> Audiences = new(StringComparer.Ordinal)
    {
        "pm", "pms", "manager", "managers", "stakeholder", "stakeholders", "executive", "executives", "exec", "execs", "ceo", "cto",
        "customer", "customers", "client", "clients", "child", "kid", "grandmother", "grandma", "grandparent", "layperson", "audience",
        "person", "people", "colleague", "colleagues", "beginner", "beginners", "recruiter", "interviewer", "team", "boss", "user", "users",
        "marketer", "designer", "engineer", "developer", "analyst", "newcomer", "intern", "junior",
    };

    private static readonly string[][] FramePhrases = [.. new[]
    {
        "plain words", "plain english", "plain terms", "simple words", "simple terms", "layman terms", "lay terms",
        "own words", "five year old", "five-year-old", "5 year old", "non-technical person", "non technical person",
        "an example", "with examples", "for example", "real world example", "real-world example", "high level",
        "in detail", "in depth", "step by step", "two minutes", "one minute", "30 seconds", "from scratch", "every month",
        "every week", "every day",
    }.Select(p => p.Split(' '))];

    /// <summary>Verbs that frame a question rather than say what it is about; they break phrases and are never names.</summary>
    /// <summary>
    /// Stems of nouns that on their own say nothing about a theme ("Design the <em>backend</em> for a chat application", a
    /// <em>test</em> that may be an A/B test, a unit test or a t-test):
    /// alone they come after every other candidate, like a one-off word; inside a phrase ("notification service") they count.
    /// </summary>
    private static readonly HashSet<string> GenericNouns = new(new[] { "backend", "system", "service", "application", "app", "platform", "architecture", "solution", "component", "website", "server", "thing", "way",
        "test", "effect", "user", "problem", "difference", "result", "number", "data", "time", "case" }.Select(TextKeys.Stem), StringComparer.Ordinal);

    private static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
    {
        "design", "designing", "write", "writing", "implement", "implementing", "find", "finding", "check", "handle", "handled",
        "handling", "resolve", "resolved", "decide", "decided", "add", "build", "building", "create", "compare", "choose",
        "improve", "avoid", "fix", "approach", "would", "go", "going", "say", "said", "talk", "see", "tell", "describe",
        "explain", "give", "walk", "think", "ask", "asked", "answer", "questions", "question", "happen", "happens", "work",
        "working", "worked", "done", "took", "take", "told", "come", "came", "help", "helped", "try", "tried", "keep", "kept",
        "mean", "means", "lot", "really", "kind", "able", "actually", "someone", "something", "anything",
        "everything", "per", "whether", "yes", "got", "put", "read", "reads", "counts", "sends", "depends", "add", "adds", "finds", "ranks", "aggregates", "uses", "causes", "attracts", "attract", "interests", "follow-up", "followup", "thoughts", "next", "instead", "rather", "return", "returns", "needs", "felt", "seemed", "show", "shows", "showed", "shown",
        "guarantee", "guarantees", "dropped", "drops", "keeps", "changed", "broke", "loads", "reduce", "reducing", "increase",
        "ensure", "prevent", "influenced", "disagreed", "love", "loved", "want", "wanted", "make", "made", "measure", "track", "judge",
        "calculate", "calculating", "define", "defining", "compute", "computing", "prove", "proving", "stay", "built", "manage", "managed", "managing",
    };
}
