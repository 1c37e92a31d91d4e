using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>
/// Lesson 6: hit the ground running. The development plan: an item per recurring weakness (most surely worse first), with a
/// goal, actions, questions to rehearse and a review date; then, when questions unlike any theme were stumbled, an item
/// for them (theme id 0), so that no stumble is left out of the plan only because it fits no theme; and a checklist
/// from every other lesson.
/// </summary>
internal static class PlanBuilder
{
    public static DevelopmentPlan Build(CandidateLog log, IReadOnlyList<ThemeFinding> recurring, FeedbackSection feedback, PreparationSection prep, FitSection fit, AnalysisOptions options, ThemeFinding? unthemed = null, Practice.PracticeSuggester? practice = null)
    {
        var review = log.ReferenceDate.AddDays(options.ReviewAfterDays);
        var items = new List<PlanItem>();
        // The person's questions, keyed and indexed once for every item's practice questions.
        var asked = practice is null ? null : new Practice.PracticeSuggester.AskedQuestions(log.Rows.Select(r => r.Question));
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in recurring.Take(options.MaxPlanItems))
        {
            var item = Item(log, items.Count + 1, f, review);
            if (practice is not null) item = item with { Practice = practice.For(f.Id, asked!, [.. f.Questions.Select(q => q.Question)], suggested) };
            items.Add(item);
        }

        if (unthemed is { Unthemed: true, StumbleCount: > 0 }) items.Add(Item(log, items.Count + 1, unthemed, review));

        var checklist = new List<ChecklistItem>();
        if (items.Count > 0) checklist.Add(new(ChecklistKind.RehearseEachTheme));
        checklist.Add(new(ChecklistKind.LogEveryQuestion));
        if (feedback.WithoutFeedback.Count > 0) checklist.Add(new(ChecklistKind.AskForFeedback, feedback.WithoutFeedback.Count));
        if (prep.StumbledDespitePrep.Count > 0) checklist.Add(new(ChecklistKind.ReplanPreparation));
        if (fit.LostDespiteStrongAnswers.Count > 0 || fit.NotWanted.Count > 0 || fit.Remarks.Count > 0) checklist.Add(new(ChecklistKind.BeSelective));
        checklist.Add(new(ChecklistKind.Review));
        return new DevelopmentPlan(items, checklist, review);
    }

    /// <summary>
    /// Two questions are one to rehearse when they differ only in case, punctuation or a short leading label
    /// ("Next: how do you decide...?" and "How do you decide...?").
    /// </summary>
    internal static string RehearsalKey(string question)
    {
        var colon = question.IndexOf(':', StringComparison.Ordinal);
        var rest = colon is > 0 and <= 12 && question[..colon].All(c => char.IsLetter(c) || c is '-' or ' ') ? question[(colon + 1)..] : question;
        var key = Themes.TextKeys.DedupKey(rest);
        return key.Length == 0 ? Themes.TextKeys.DedupKey(question) : key;
    }

    /// <summary>
    /// Explaining concepts aloud: the subject of each stumbled question (its first phrase, as long as it runs: "database
    /// normalization", "index", "SQL query plan"), one per concept, at most four; the theme's phrases when none has one.
    /// The theme's own phrases name what it is about; the subjects name what went wrong.
    /// </summary>
    private static PlanAction ExplainAloud(ThemeFinding f, string[] phrases)
    {
        var topics = Subjects(f, Stumbled(f, int.MaxValue));
        return new(PlanActionKind.ExplainAloud, topics.Length > 0 ? topics.Length : phrases.Length, topics.Length > 0 ? topics : phrases);
    }

    /// <summary>
    /// Study for a theme of no clear kind: the subjects of its stumbled questions as <see cref="ExplainAloud"/> finds them
    /// (what went wrong: "50k quarterly budget", "FCA rules"), leaving out the questions about the person ("Why Acme?",
    /// "Tell me about..."), which are no topic to study, and lone lower-case words the theme is not named by; the theme's
    /// phrases when none is left.
    /// </summary>
    private static PlanAction Study(ThemeFinding f, string[] phrases)
    {
        var technical = Stumbled(f, int.MaxValue).Where(q => ThemeKinds.Of(q) is ThemeKind.Unknown or ThemeKind.Concept && !AsksWhy(q)).ToArray();
        // A lone lower-case word is a topic only when the theme is named by it ("success", "change", "define" are not).
        var named = f.Phrases.Concat(f.Keywords).Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var subjects = Subjects(f, technical).Where(t => t.Contains(' ', StringComparison.Ordinal) || t.Any(c => !char.IsLower(c)) || named.Contains(t.ToLowerInvariant())).ToList();
        // "test" goes when "A/B test" is there too.
        var topics = subjects.Where(t => t.Contains(' ', StringComparison.Ordinal)
            || !subjects.Any(o => o.Contains(' ', StringComparison.Ordinal) && o.Split(' ').Contains(t, StringComparer.OrdinalIgnoreCase))).ToArray();
        return new(PlanActionKind.StudyKeywords, Math.Clamp(f.StumbleCount, 2, MaxStudyHours), topics.Length > 0 ? topics : phrases);
    }

    /// <summary>"Why Acme?", "Why product marketing?": a short question starting with "why" asks about the person.</summary>
    private static bool AsksWhy(string question) =>
        ThemeNamer.Words(question).Select(w => w.Word).ToArray() is var words && words.Length <= 4 && words.Length > 0 && words[0].Equals("why", StringComparison.OrdinalIgnoreCase);

    /// <summary>The subject of each question (see <see cref="ExplainAloud"/>), one per concept, at most four.</summary>
    private static string[] Subjects(ThemeFinding f, IEnumerable<string> questions)
    {
        var subjects = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var candidates = ThemeNamer.Candidates(question);
            // A lone word right after "you" or "to" is a verb ("How would you size an A/B test"), not the subject.
            var words0 = ThemeNamer.Words(question).Select(w => w.Word.ToLowerInvariant()).ToArray();
            foreach (var verb in candidates.Where(c => !c.Key.Contains(' ', StringComparison.Ordinal) && c.Value.Position > 0 && c.Value.Position < words0.Length
                && words0[c.Value.Position - 1] is "you" or "to" or "we").Select(c => c.Key).ToList())
            {
                candidates.Remove(verb);
            }

            if (candidates.Count == 0) continue;
            var first = candidates.Values.Min(c => c.Position);
            var (subjectKey, (subject, _)) = candidates.Where(c => c.Value.Position == first)
                .OrderByDescending(c => c.Key.Count(ch => ch == ' ')).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            // A lone word that a longer phrase later in the question starts with is that phrase ("Type I and Type II
            // errors": "Type II errors").
            if (!subjectKey.Contains(' ', StringComparison.Ordinal)
                && candidates.Where(c => c.Key.StartsWith(subjectKey + " ", StringComparison.Ordinal)).OrderByDescending(c => c.Key.Count(ch => ch == ' ')).ThenBy(c => c.Value.Position).FirstOrDefault() is { Key: not null } longer)
            {
                subject = longer.Value.Shown;
            }
            // A phrase of the theme's name said in the question wins when it is longer ("How would you size an A/B test?":
            // "A/B test", not the verb "size").
            var named = f.Phrases.Where(p => question.Contains(p, StringComparison.OrdinalIgnoreCase)).OrderByDescending(p => p.Count(ch => ch == ' ')).FirstOrDefault();
            var shown = named is not null && named.Count(ch => ch == ' ') > subject.Count(ch => ch == ' ') ? named : subject;
            var words = TextKeys.DedupKey(shown).Split(' ').Select(TextKeys.Stem).ToArray();
            if (words.All(stems.Contains)) continue;
            subjects.Add(shown);
            foreach (var w in words) stems.Add(w);
            if (subjects.Count == 4) break;
        }

        return [.. subjects];
    }

    /// <summary>The theme's stumbled questions, one of each near-duplicate, at most <paramref name="max"/>.</summary>
    private static string[] Stumbled(ThemeFinding f, int max) =>
        [.. f.Questions.Where(q => q.Stumble).Select(q => q.Question).DistinctBy(RehearsalKey, StringComparer.Ordinal).Take(max)];

    /// <summary>The plan item name of the stumbles that fit no theme.</summary>
    public const string OtherStumbles = "Other stumbles";

    private static PlanItem Item(CandidateLog log, int priority, ThemeFinding f, DateOnly review)
    {
        var target = Math.Max(MinTarget, Math.Min(MaxTarget, f.StumbleCount));
        var rehearse = f.Questions.Where(q => q.Stumble).Concat(f.Questions.Where(q => !q.Stumble))
            .Select(q => q.Question).DistinctBy(RehearsalKey, StringComparer.Ordinal).Take(RehearseCount).ToArray();
        if (f.Unthemed)
        {
            // One-off questions: rehearse the stumbled ones; there is no shared topic to study or mock.
            var stumbled = Stumbled(f, RehearseCount);
            return new PlanItem(priority, f.Id, OtherStumbles, Math.Min(MaxTarget, Math.Max(1, stumbled.Length)), [new(PlanActionKind.RehearsePastQuestions, stumbled.Length, [])], stumbled, f, review);
        }

        // A STAR story, a design drill or a pitch works on the stumbled questions themselves: no separate rehearsal action.
        var work = KindAction(f);
        var actions = work.Kind is PlanActionKind.StarStories or PlanActionKind.DesignDrill or PlanActionKind.Pitch && work.Count > 0
            ? new List<PlanAction> { work, new(PlanActionKind.MockInterview, 0, []) }
            : [new(PlanActionKind.RehearsePastQuestions, rehearse.Length, []), work, new(PlanActionKind.MockInterview, 0, [])];
        if (f.MeanConfidence <= CheatSheetMaxConfidence) actions.Add(new(PlanActionKind.CheatSheet, 0, []));
        if (f.Trend == Trend.Worsening) actions.Add(new(PlanActionKind.StartFirst, 0, []));
        return new PlanItem(priority, f.Id, f.Label, target, actions, rehearse, f, review) { Feedback = FeedbackOn(log, f) };
    }

    /// <summary>
    /// The work a theme's kind calls for: a STAR story per stumbled behavioural question, explaining concepts aloud, timed
    /// practice on coding patterns, a design drill per stumbled prompt, a two-minute pitch, the numbers; study otherwise.
    /// </summary>
    private static PlanAction KindAction(ThemeFinding f)
    {
        // "why this company" names motivation questions; it is not a topic to study or explain.
        var topics = (f.Phrases.Count > 0 ? f.Phrases : f.Keywords).Where(p => p != Themes.ThemeNamer.WhyThisCompany).Take(4).ToArray();
        var stumbled = Stumbled(f, 3);
        return f.Kind switch
        {
            ThemeKind.Behavioural => new(PlanActionKind.StarStories, stumbled.Length, stumbled),
            ThemeKind.Concept => ExplainAloud(f, topics),
            ThemeKind.Coding => new(PlanActionKind.TimedPractice, Math.Clamp(2 * f.StumbleCount, 3, MaxPracticeProblems), topics),
            ThemeKind.SystemDesign => new(PlanActionKind.DesignDrill, stumbled.Length, stumbled),
            ThemeKind.Motivation => new(PlanActionKind.Pitch, stumbled.Length, stumbled),
            ThemeKind.Logistics => new(PlanActionKind.PrepareNumbers, 0, []),
            _ => Study(f, topics),
        };
    }

    /// <summary>
    /// What the interviewers said about the theme: the feedback sentences of the interviews with a stumble on it that
    /// share a word (up to its stem) with the theme's keywords, phrases or title (the part of the label before a colon), remarks on fit
    /// aside (<see cref="FeedbackTone.IsAboutFit"/>); at most <see cref="FeedbackQuotes"/>, once each.
    /// </summary>
    private static string[] FeedbackOn(CandidateLog log, ThemeFinding f)
    {
        // The label's title counts too: the person's own category ("Concurrency: ...") is often the interviewer's word.
        var title = f.Label.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? f.Label[..colon] : "";
        var stems = f.Keywords.Concat(f.Phrases).Append(title).SelectMany(TextKeys.Tokens).Select(TextKeys.Stem).ToHashSet(StringComparer.Ordinal);
        if (stems.Count == 0) return [];
        var stumbledRows = f.Questions.Where(q => q.Stumble).Select(q => q.Row).ToHashSet();
        return [.. log.Rows.Where(r => stumbledRows.Contains(r.RowNumber) && !string.IsNullOrWhiteSpace(r.Feedback))
            .SelectMany(r => FeedbackLesson.Sentences(r.Feedback!))
            .Where(s => !FeedbackTone.IsAboutFit(s) && TextKeys.Tokens(s).Any(t => stems.Contains(TextKeys.Stem(t))))
            .Distinct(StringComparer.Ordinal)
            .Take(FeedbackQuotes)];
    }
}
