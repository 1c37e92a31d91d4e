namespace WeaknessAnalyzer.Reports;

/// <summary>Lesson 5: confidence against what actually happened.</summary>
/// <param name="Matrix">Questions per confidence and response.</param>
/// <param name="UnderRated">Themes answered well with low confidence.</param>
/// <param name="OverRated">Themes answered poorly with high confidence.</param>
/// <param name="RatedQuestions">Questions with both a confidence and a response.</param>
/// <param name="MatchedQuestions">Of those, questions where confidence 3 or more went with an ok or strong answer, or less with a weak one.</param>
/// <param name="MinQuestions">Rated questions needed for a calibration verdict.</param>
public sealed record SelfAssessmentSection(IReadOnlyList<CalibrationCell> Matrix, IReadOnlyList<CalibrationGap> UnderRated, IReadOnlyList<CalibrationGap> OverRated, int RatedQuestions, int MatchedQuestions, int MinQuestions);
