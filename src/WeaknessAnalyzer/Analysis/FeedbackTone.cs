namespace WeaknessAnalyzer.Analysis;

/// <summary>
/// Word rules for whether a feedback sentence points at something to work on ("Struggled with the system design round",
/// "Strong communication, but the statistics were shaky") or not ("Coding was clean", "Solid overall"). A sentence is
/// critical when it holds any of <see cref="Cues"/> (lower case, as a part of a word: "struggl" matches "struggled");
/// praise that ends in a "but ..." about something weak is critical, since that is the part to act on.
/// </summary>
internal static class FeedbackTone
{
    /// <summary>The word parts that make a feedback sentence critical.</summary>
    internal static readonly string[] Cues =
    [
        "struggl", "weak", "shaky", "lack", "needs more", "need more", "needed more", "more depth", "more structure",
        "not ", "n't ", "no capacity", "no clear", "missing", "missed", "skipped", "unclear", "unstructured", "poor",
        "rambl", "vague", "hesitant", "confus", "incorrect", "wrong", "mistake", "gap", "improve", "should have",
        "could have", "too long", "too short", "too slow", "too much", "incomplete", "shallow", "superficial", "unsure",
        "nervous", "rushed", "slow to", "concern", "fell short", "below", "lost", "needs work", "need work", "needed work",
        "ad hoc", "ad-hoc", "jumped to", "generic", "hand-wav", "handwav", "surface level", "surface-level",
        "fuzzy", "wanted more", "more rigor", "more rigour", " was off", " were off", "a bit off",
        // Advice is something to work on too: "should practise Bayes", "needs to quantify impact", "use STAR next time".
        "should ", "need to", "needs to", "work on", "next time", "would benefit", "brush up", "more practice", "practise",
        "try to", "make sure",
    ];

    /// <summary>
    /// The word parts that make a feedback sentence a remark on fit rather than on skill: what the role or team wanted
    /// ("the role needed more people-management experience", "looking for someone more senior"), fit itself ("not a
    /// culture fit"), and the other side's circumstances ("went with an internal candidate", "hiring freeze").
    /// </summary>
    internal static readonly string[] FitCues =
    [
        "role needed", "role needs", "role required", "role requires", "role wanted", "role called for", "role was looking",
        "team needed", "team needs", "team wanted", "team was looking", "team is looking", "position needed", "position requires",
        "position required", "looking for someone", "looking for a candidate",
        "more senior", "too senior", "too junior", "overqualified", "over-qualified", "underqualified", "under-qualified",
        "culture fit", "cultural fit", "team fit", "not a fit", "not the right fit", "not a good fit", "not a great fit",
        "better fit", "right fit", "poor fit", "fit for the", "fit for this", "fit with the", "went with another", "went with a candidate",
        "went with someone", "another candidate", "other candidates", "internal candidate", "stronger candidate",
        "position was filled", "position has been filled", "role was filled", "role has been filled", "hiring freeze",
        "headcount", "down-level", "down level", "salary expectation", "over budget",
    ];

    /// <summary>
    /// Whether the sentence is about fit rather than skill (<see cref="FitCues"/>): it belongs with "was it the right job?",
    /// not among the points to work on.
    /// </summary>
    public static bool IsAboutFit(string sentence) => HasAny(sentence, FitCues);

    /// <summary>Whether the sentence points at something to work on.</summary>
    public static bool IsCritical(string sentence) => HasAny(sentence, Cues);

    private static bool HasAny(string sentence, string[] cues)
    {
        var text = " " + sentence.ToLowerInvariant().Replace('’', '\'') + " ";
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
