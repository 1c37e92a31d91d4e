namespace WeaknessAnalyzer.Themes;

/// <summary>What kind of interview question a theme holds, inferred from its questions' wording (see <see cref="Theme.Kind"/>).</summary>
public enum ThemeKind
{
    /// <summary>No kind holds half of the theme's questions (or the texts are not interview questions, e.g. feedback).</summary>
    Unknown = 0,

    /// <summary>Past behaviour: "Tell me about a time...", conflict, feedback, leading, mentoring, failure.</summary>
    Behavioural,

    /// <summary>A technical concept to explain: "What is...", "Explain the difference between...", "When would you...".</summary>
    Concept,

    /// <summary>Writing code or a query: "Implement...", "Write a function / SQL query...", arrays, trees, complexity.</summary>
    Coding,

    /// <summary>Designing a system: "Design a URL shortener", scaling, architecture, caches, rate limiters.</summary>
    SystemDesign,

    /// <summary>Motivation and self-presentation: "Tell me about yourself", "Why do you want to work here?", "Why are you leaving?".</summary>
    Motivation,

    /// <summary>Pay and logistics: salary expectations, notice period, start date, relocation, visa.</summary>
    Logistics,
}
