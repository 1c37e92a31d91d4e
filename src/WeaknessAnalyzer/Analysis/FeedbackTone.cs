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
        // Advice is something to work on too: "should practise Bayes", "needs to quantify impact", "use STAR next time".
        "should ", "need to", "needs to", "work on", "next time", "would benefit", "brush up", "more practice", "practise",
        "try to", "make sure",
    ];

    /// <summary>Whether the sentence points at something to work on.</summary>
    public static bool IsCritical(string sentence)
    {
        var text = " " + sentence.ToLowerInvariant().Replace('’', '\'') + " ";
        foreach (var cue in Cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
