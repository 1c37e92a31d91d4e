namespace WeaknessAnalyzer.Reports;

/// <summary>A kind of checklist entry.</summary>
public enum ChecklistKind
{
    /// <summary>Before each interview, rehearse one question of each plan item's theme.</summary>
    RehearseEachTheme,

    /// <summary>Log every question right after the interview.</summary>
    LogEveryQuestion,

    /// <summary>Ask for feedback on the interviews that have none (<see cref="ChecklistItem.Count"/> of them).</summary>
    AskForFeedback,

    /// <summary>Put preparation hours on the recurring themes (some were stumbled on despite the prep).</summary>
    ReplanPreparation,

    /// <summary>Check role fit before applying (some rejections were not about skills).</summary>
    BeSelective,

    /// <summary>Review the plan on its review date.</summary>
    Review,
}

/// <summary>One checklist entry.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Count">How many interviews it concerns (for <see cref="ChecklistKind.AskForFeedback"/>), else 0.</param>
public sealed record ChecklistItem(ChecklistKind Kind, int Count = 0);
