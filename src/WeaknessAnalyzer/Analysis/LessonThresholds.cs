namespace WeaknessAnalyzer.Analysis;

/// <summary>The fixed thresholds and weights of the lessons, named in one place (the tunable ones are in <see cref="AnalysisOptions"/>).</summary>
internal static class LessonThresholds
{
    /// <summary>A theme is a strength when at most this share of its questions were stumbles (and it has an ok or strong answer).</summary>
    public const double StrengthMaxStumbleRate = 0.2;

    /// <summary>
    /// A plan item's study asks for one hour per stumble, at least 2 and at most this many by the review date (a theme
    /// stumbled 25 times does not ask for 25 hours beside the rest of the plan).
    /// </summary>
    public const int MaxStudyHours = 10;

    /// <summary>Timed practice asks for two problems per stumble, at least 3 and at most this many by the review date.</summary>
    public const int MaxPracticeProblems = 20;

    /// <summary>A trend needs this many dated questions, on at least <see cref="TrendMinDates"/> dates.</summary>
    public const int TrendMinQuestions = 4;

    /// <summary>See <see cref="TrendMinQuestions"/>.</summary>
    public const int TrendMinDates = 2;

    /// <summary>The later half's stumble rate must differ from the earlier half's by this much for a trend.</summary>
    public const double TrendShift = 0.25;

    /// <summary>A low-confidence stumble has a confidence of at most this.</summary>
    public const int LowConfidence = 2;

    /// <summary>
    /// Severity is the lower end of the one-sided Wilson interval of the theme's stumble rate at this many standard
    /// deviations (1.645: 95% sure the rate is at least that).
    /// </summary>
    public const double SeverityZ = 1.645;

    /// <summary>Feedback sentences shorter than this are not themed ("Thanks.").</summary>
    public const int MinFeedbackSentenceLength = 8;

    /// <summary>Recurring feedback themes are fitted only with at least this many sentences.</summary>
    public const int MinFeedbackSentences = 4;

    /// <summary>Quotes shown per recurring feedback theme.</summary>
    public const int FeedbackQuotes = 5;

    /// <summary>Two group means differ when they are further apart than this share of the larger plus <see cref="MeanDifferenceFloor"/>.</summary>
    public const double MeanDifferenceShare = 0.1;

    /// <summary>See <see cref="MeanDifferenceShare"/>.</summary>
    public const double MeanDifferenceFloor = 0.25;

    /// <summary>A rejected interview is for a job the person did not want when its interest is at most this (1-5)...</summary>
    public const int NotWantedInterest = 2;

    /// <summary>... and it had at least this many stumbles (<see cref="Reports.FitSection.NotWanted"/>).</summary>
    public const int NotWantedStumbles = 2;

    /// <summary>A rejected interview is a possible fit mismatch when at least this share of its answers were ok or better (and one was strong).</summary>
    public const double FitMismatchOkShare = 0.8;

    /// <summary>Mean confidence at most this, with <see cref="UnderRatedMinOkShare"/> of answers ok or better: under-rated.</summary>
    public const double UnderRatedMaxConfidence = 2.5;

    /// <summary>See <see cref="UnderRatedMaxConfidence"/>.</summary>
    public const double UnderRatedMinOkShare = 0.67;

    /// <summary>Mean confidence at least this, with at most <see cref="OverRatedMaxOkShare"/> of answers ok or better: over-rated.</summary>
    public const double OverRatedMinConfidence = 3.5;

    /// <summary>See <see cref="OverRatedMinConfidence"/>.</summary>
    public const double OverRatedMaxOkShare = 0.5;

    /// <summary>Questions with both confidence and response needed for a calibration verdict.</summary>
    public const int CalibrationMinQuestions = 4;

    /// <summary>Confidence from which a question counts as "felt confident" in the calibration verdict.</summary>
    public const int ConfidentFrom = 3;

    /// <summary>Past questions listed to rehearse per plan item.</summary>
    public const int RehearseCount = 5;

    /// <summary>A plan item's target: the next this-many questions (at least 3, at most 5, else the stumble count).</summary>
    public const int MinTarget = 3;

    /// <summary>See <see cref="MinTarget"/>.</summary>
    public const int MaxTarget = 5;

    /// <summary>The cheat-sheet action is added when the theme's mean confidence is at most this.</summary>
    public const double CheatSheetMaxConfidence = 2.5;
}
