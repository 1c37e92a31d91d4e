using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.TextFormat;

namespace WeaknessAnalyzer.Rendering;

/// <summary>
/// Every sentence of a report, made from its facts in one place: the console, Markdown, HTML, plan CSV and JSON writers all
/// use these, so a change of wording touches one file. The text is plain (the writers escape it for their format).
/// </summary>
public static class ReportText
{
    /// <summary>A trend in words: "improving", "not enough data".</summary>
    public static string Trend(Trend trend) => trend == Reports.Trend.NotEnoughData ? "not enough data" : trend.ToString().ToLowerInvariant();

    /// <summary>A caveat in a sentence.</summary>
    public static string Caveat(Caveat caveat, CandidateReport candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return caveat switch
        {
            Reports.Caveat.NoAssessment => "The log has no response or confidence column, so every question is counted as a stumble: themes show what you were asked about, not how you did.",
            Reports.Caveat.FewInterviews => $"Only {candidate.Interviews.Count} interview: nothing can recur yet, and no comparison across interviews is possible.",
            Reports.Caveat.NoOutcome => "No outcome column: nothing can be related to results.",
            Reports.Caveat.NoDate => "No date column: trends and recency cannot be judged.",
            _ => throw new ArgumentOutOfRangeException(nameof(caveat), caveat, null),
        };
    }

    /// <summary>The goal of a plan item.</summary>
    public static string Goal(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ThemeId == Themes.Theme.UnthemedId
            ? $"These questions fit no theme, so they may not come up again: answer each of them at ok or better when rehearsed out loud by {Date(item.ReviewDate)}."
            : $"Answer the next {item.TargetQuestions} questions on this theme at ok or better by {Date(item.ReviewDate)}.";
    }

    /// <summary>How the goal of a plan item is measured.</summary>
    public static string Target(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ThemeId == Themes.Theme.UnthemedId
            ? $"each of the {Count(item.Rehearse.Count, "question")} below rehearsed out loud and rated ok or strong by a peer"
            : $"{item.TargetQuestions} of the next {item.TargetQuestions} questions in this theme rated ok or strong in your log";
    }

    /// <summary>Why a plan item is in the plan: the numbers of its theme, in plain words.</summary>
    public static string Evidence(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var f = item.Finding;
        if (f.Unthemed)
        {
            return $"{Count(f.StumbleCount, "question")} unlike any theme went wrong, in {Count(f.StumbleInterviewCount, "interview")}; each came up too rarely to show a pattern, but none is left out of the plan.";
        }

        var parts = new List<string> { $"{f.StumbleCount} of the {Count(f.QuestionCount, "time")} it came up went wrong, in {Count(f.StumbleInterviewCount, "interview")}", Severity(f) };
        if (f.MeanConfidence is { } mc) parts.Add($"your confidence on it averaged {Num(mc)}/5");
        if (f.StumbleRateRejected is { } rr)
        {
            parts.Add(rr >= 1 ? "every rejected interview where it came up had a stumble on it"
                : f.StumbleRateAdvanced is { } ra ? $"{Pct(rr)} went wrong in rejected interviews against {Pct(ra)} in ones that went forward"
                : $"{Pct(rr)} went wrong in rejected interviews");
        }

        if (f.Trend is Reports.Trend.Improving or Reports.Trend.Worsening) parts.Add(f.Trend == Reports.Trend.Improving ? "it has gone better lately" : "it has gone worse lately");
        var text = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>One line of facts about a recurring weakness: how often it went wrong, where, confidence, dates, trend and severity.</summary>
    public static string FindingSummary(ThemeFinding f) =>
        $"{f.StumbleCount} of {f.QuestionCount} went wrong ({TextFormat.Pct(f.StumbleRate)}), in {Count(f.StumbleInterviewCount, "interview")}; "
        + $"confidence {(f.MeanConfidence is { } m ? m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-")}; {TextFormat.Date(f.FirstSeen)} to {TextFormat.Date(f.LastSeen)}; "
        + $"trend {Trend(f.Trend)}; {Severity(f)}";

    /// <summary>What a theme's severity means, in one sentence of facts: "at least 36% of questions on it go wrong (95% sure), against 22% of all your questions".</summary>
    public static string Severity(ThemeFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var versus = finding.Severity > finding.UsualStumbleRate ? "worse than" : "not clearly worse than";
        return $"at least {Pct(finding.Severity)} of questions on it go wrong (95% sure), {versus} the {Pct(finding.UsualStumbleRate)} of all your questions";
    }

    private static string Quoted(IReadOnlyList<string> questions) => questions.Count == 0 ? "the questions below" : string.Join(", ", questions.Select(q => $"\"{q}\""));

    /// <summary>
    /// How an earlier plan item went, in one sentence: "System design: rate limiter: improved: 1 of 4 questions since
    /// 2024-04-01 went wrong (25%), against 75% before."
    /// </summary>
    public static string Progress(ProgressItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var since = item.Since;
        var name = item.PreviousLabel is { } was && was != item.Label ? $"{item.Label} (was {was})" : item.Label;
        var status = item.Status switch
        {
            ProgressStatus.NotAskedYet => "not asked yet",
            ProgressStatus.MetTarget => "target met",
            ProgressStatus.Improved => "improved",
            ProgressStatus.NoChange => "no change",
            ProgressStatus.Worse => "worse",
            ProgressStatus.New => "in the plan now, not in the last one",
            ProgressStatus.BetterStillWeak => "better, still above your usual",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Status, null),
        };
        if (item.QuestionsSince == 0)
        {
            return item.ThemeId is null && item.Status == ProgressStatus.NotAskedYet
                ? $"{name}: not found in this log (none of its questions is here)."
                : $"{name}: {status}: no question on it since {Date(since)}" + (item.StumbleRateBefore is { } b0 ? $" ({Pct(b0)} went wrong before)." : ".");
        }

        var sinceText = $"{item.StumblesSince} of {Count(item.QuestionsSince, "question")} since {Date(since)} went wrong ({Pct(item.StumbleRateAfter ?? 0)})";
        var usual = item.Status == ProgressStatus.BetterStillWeak && item.UsualStumbleRate is { } u ? $"; {Pct(u)} of all your questions go wrong" : "";
        return $"{name}: {status}: {sinceText}" + (item.StumbleRateBefore is { } b ? $", against {Pct(b)} before" : "") + usual + ".";
    }

    /// <summary>
    /// A question to rehearse as shown: a question the person never stumbled on (listed after the stumbles, to fill the
    /// rehearsal list) gets " (went well before)", so it is not taken for one that went wrong.
    /// </summary>
    public static string Rehearsal(PlanItem item, string question)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(question);
        var key = Analysis.PlanBuilder.RehearsalKey(question);
        var stumbled = item.Finding.Questions.Any(q => q.Stumble && string.Equals(Analysis.PlanBuilder.RehearsalKey(q.Question), key, StringComparison.Ordinal));
        return stumbled ? question : question + " (went well before)";
    }

    /// <summary>A plan action in a sentence.</summary>
    public static string Action(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Kind switch
        {
            PlanActionKind.RehearsePastQuestions => action.Count == 1 ? "Rehearse the past question below out loud, with a timer, until the answer is structured and under 3 minutes."
                : $"Rehearse the {action.Count} past questions below out loud, with a timer, until each answer is structured and under 3 minutes.",
            PlanActionKind.StudyKeywords => $"Study for {action.Count} hours, one worked example of each: {string.Join(", ", action.Keywords)}.",
            PlanActionKind.MockInterview => "Do one mock interview on this theme with a peer and ask them to score each answer weak / ok / strong.",
            PlanActionKind.CheatSheet => "Confidence is low here: write a one-page cheat sheet and review it the day before each interview.",
            PlanActionKind.StartFirst => "The trend is worsening: start this item first.",
            PlanActionKind.StarStories => $"Write a STAR story (situation, task, action, result) for {Quoted(action.Keywords)}; tell each aloud in under two minutes, ending with what you learned.",
            PlanActionKind.ExplainAloud => $"Explain {string.Join(", ", action.Keywords)} aloud in two minutes each, as to a colleague; then write each explanation down with one example and check it against a reference.",
            PlanActionKind.TimedPractice => $"Timed practice: {action.Count} problems on {string.Join(", ", action.Keywords)}, 30 minutes each; say the approach and its complexity before you code.",
            PlanActionKind.DesignDrill => $"Design drill, 45 minutes each, on {Quoted(action.Keywords)}: requirements, capacity estimates, data model, API, then trade-offs and what you would change at 10x load.",
            PlanActionKind.Pitch => $"Write a two-minute answer to {Quoted(action.Keywords)} that ties your story to this role; rehearse it until it sounds like you.",
            PlanActionKind.PrepareNumbers => "Prepare the numbers before the next call: your range and the reason for it, notice period, earliest start date, and what else matters to you.",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Kind, null),
        };
    }

    /// <summary>A checklist entry in a sentence.</summary>
    public static string Checklist(ChecklistItem item, DevelopmentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(plan);
        return item.Kind switch
        {
            ChecklistKind.RehearseEachTheme => $"Before each interview, rehearse one question from each of: {string.Join("; ", plan.Items.Where(i => i.ThemeId != Themes.Theme.UnthemedId).Select(i => i.Theme))}.",
            ChecklistKind.LogEveryQuestion => "Log every question right after the interview: response, confidence, and the interviewer's feedback.",
            ChecklistKind.AskForFeedback => $"Ask for feedback: {(item.Count == 1 ? "1 interview has" : $"{item.Count} interviews have")} none.",
            ChecklistKind.ReplanPreparation => "Re-plan preparation: put hours on the recurring themes above, not on what already goes well.",
            ChecklistKind.BeSelective => "Be selective: check role fit (team, level, management expectations) before applying; some rejections were not about skills.",
            ChecklistKind.Review => $"Review this plan on {Date(plan.ReviewDate)} with a fresh report.",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Kind, null),
        };
    }

    /// <summary>The heading over the points interviewers keep making: the ones to work on, or the rest (mostly praise).</summary>
    public static string FeedbackHeading(bool critical) =>
        critical ? "What interviewers keep asking you to work on:" : "What they keep saying went well:";

    /// <summary>
    /// A point the interviewers keep making, in their own words: "In 3 interviews: "Struggled with the system design
    /// round"; "Design answer lacked depth on scaling"; "Needs more structure when estimating load"." At most
    /// <paramref name="maxQuotes"/> of the theme's sentences (the ones that say what its name says first); the theme's
    /// label, a few words picked by the engine, is data for tools rather than text for people.
    /// </summary>
    public static string FeedbackPoint(FeedbackTheme theme, int maxQuotes = 3)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var quotes = theme.Sentences.Take(Math.Max(1, maxQuotes)).Select(q => $"\"{q}\"");
        return $"In {theme.InterviewCount} interviews: {string.Join("; ", quotes)}.";
    }

    /// <summary>
    /// What to do about the interviews without feedback, in one line: "Ask for feedback on 3 interviews that had none
    /// (Acme, onsite, 2024-02-10; ...): ...". At most <paramref name="maxNamed"/> are named, then "and N more".
    /// </summary>
    public static string AskForFeedback(IReadOnlyList<InterviewSummary> interviews, int maxNamed = 8)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        if (interviews.Count == 1) return AskForFeedback(interviews[0]);
        var named = string.Join("; ", interviews.Take(maxNamed).Select(i => i.Title)) + (interviews.Count > maxNamed ? $"; and {interviews.Count - maxNamed} more" : "");
        return $"Ask for feedback on the {interviews.Count} interviews that had none ({named}): a short, polite email to each recruiter asking what would have made the answers stronger.";
    }

    /// <summary>
    /// The themes stumbled despite preparation, one line per preparation threshold: "Stumbled despite 5 h or more of
    /// preparation: rate limiter (2 stumbles), database (1 stumble). The prep did not cover them."
    /// </summary>
    public static IReadOnlyList<string> PrepGaps(IReadOnlyList<PrepGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        return [.. gaps.GroupBy(g => g.MinHours).Select(g => g.Count() == 1 ? PrepGap(g.First())
            : $"Stumbled despite {Num(g.Key)} h or more of preparation: {string.Join("; ", g.Select(x => $"{x.Theme} ({Count(x.Stumbles, "stumble")})"))}. The prep did not cover these themes.")];
    }

    /// <summary>What to do about an interview without feedback.</summary>
    public static string AskForFeedback(InterviewSummary interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        return $"Ask for feedback on {interview.Title}: a short, polite email to the recruiter asking what would have made the answer stronger.";
    }

    /// <summary>A comparison against outcomes in a sentence that states its numbers.</summary>
    public static string Comparison(OutcomeComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (what, unit) = comparison.Measure == ComparedMeasure.PrepHours ? ("preparation", " h") : ("interest", "/5");
        var c = comparison;
        return c.Finding switch
        {
            OutcomeFinding.NotEnoughData => $"Not enough data to relate {what} to outcomes: {c.AdvancedInterviews} advanced/offer and {c.RejectedInterviews} rejected interviews have it (need {c.MinGroupSize} of each).",
            _ => $"Mean {what}: {Num(c.AdvancedMean ?? 0)}{unit} in {c.AdvancedInterviews} advanced/offer interviews vs {Num(c.RejectedMean ?? 0)}{unit} in {c.RejectedInterviews} rejected ones: " + c.Finding switch
            {
                OutcomeFinding.NoClearDifference => "no clear difference.",
                OutcomeFinding.HigherWentWithBetterOutcomes => $"more {what} went with better outcomes.",
                _ => $"more {what} did not go with better outcomes.",
            },
        };
    }

    /// <summary>The preparation verdict.</summary>
    public static string PreparationVerdict(PreparationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Comparison(section.Comparison);
    }

    /// <summary>Prep hours per outcome for one stage.</summary>
    public static string Stage(StageComparison stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return $"{stage.Stage}: {Num(stage.AdvancedMeanHours)} h before {stage.AdvancedInterviews} advanced/offer vs {Num(stage.RejectedMeanHours)} h before {stage.RejectedInterviews} rejected.";
    }

    /// <summary>A recurring weakness stumbled on despite the prep.</summary>
    public static string PrepGap(PrepGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return $"{gap.Theme}: {Count(gap.Stumbles, "stumble")} in interviews with {Num(gap.MinHours)} h or more of preparation - the prep did not cover it.";
    }

    /// <summary>The fit verdict: interest against outcomes, and the rejections despite good answers.</summary>
    public static string FitVerdict(FitSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var lost = section.LostDespiteStrongAnswers.Count;
        return Comparison(section.Comparison)
            + (lost > 0 ? $" {(lost == 1 ? "1 rejected interview" : $"{lost} rejected interviews")} went well on the questions themselves (80% or more answered ok or better): a possible fit mismatch, not a skill gap." : "");
    }

    /// <summary>A rejected interview for a job not wanted: "Canva, Phone screen, 2025-04-02 (Frontend Engineer): interest 2/5 and 3 stumbles; ...".</summary>
    public static string NotWanted(InterviewSummary interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        var role = string.IsNullOrEmpty(interview.Role) ? "" : $" ({interview.Role})";
        return $"Not a job you wanted: {interview.Title}{role}, interest {interview.Interest}/5 and {Count(interview.StumbleCount, "stumble")}, " +
               "most of them on themes that went wrong in no other interview; the rejection says more about the fit than about a skill gap.";
    }

    /// <summary>An interviewer's remark on fit: "Interviewer on fit, not skill (Proseware, final, 2024-06-05, rejected): "...""</summary>
    public static string FitRemark(FitRemark remark)
    {
        ArgumentNullException.ThrowIfNull(remark);
        var outcome = remark.Interview.Outcome is { } o ? $", {o.ToString().ToLowerInvariant()}" : "";
        return $"Interviewer on fit, not skill ({remark.Interview.Title}{outcome}): \"{remark.Sentence}\"";
    }

    /// <summary>A theme answered well with low confidence.</summary>
    public static string UnderRated(CalibrationGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return $"{gap.Theme}: mean confidence {Num(gap.MeanConfidence)}/5 but {Pct(gap.OkShare)} of {gap.Questions} answers were ok or better - you know more than you feel.";
    }

    /// <summary>A theme answered poorly with high confidence.</summary>
    public static string OverRated(CalibrationGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return $"{gap.Theme}: mean confidence {Num(gap.MeanConfidence)}/5 but only {Pct(gap.OkShare)} of {gap.Questions} answers were ok or better - check your answers against a model answer.";
    }

    /// <summary>How well confidence matched the answers.</summary>
    public static string CalibrationVerdict(SelfAssessmentSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.RatedQuestions < section.MinQuestions
            ? $"Not enough data: {(section.RatedQuestions == 1 ? "1 question has" : $"{section.RatedQuestions} questions have")} both a confidence and a response (need {section.MinQuestions})."
            : $"Your confidence matched the outcome of the answer on {section.MatchedQuestions} of {section.RatedQuestions} questions ({Pct((double)section.MatchedQuestions / section.RatedQuestions)}).";
    }

    /// <summary>The reading in one sentence: "Read 66 rows: 63 accepted, 1 rejected, 2 blank (skipped); 3 problems."</summary>
    public static string Reading(IngestionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var blank = summary.RowsBlank > 0 ? $", {summary.RowsBlank} blank (skipped)" : "";
        var problems = summary.Problems.Count switch { 0 => "no problems", 1 => "1 problem", var n => $"{n} problems" };
        return $"Read {Count(summary.RowsRead, "row")}: {summary.RowsAccepted} accepted, {summary.RowsRejected} rejected{blank}; {problems}.";
    }

    /// <summary>
    /// What a person must know about the reading before trusting the plan, for the top of every report: columns not used,
    /// columns mostly unreadable, columns taken by a guess or a fallback, 10-point scales, and how numeric dates were ordered.
    /// </summary>
    public static IReadOnlyList<string> ReadingNotes(IngestionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var notes = new List<string>();
        if (summary.UnknownColumns.Count > 0)
        {
            var names = string.Join(", ", summary.UnknownColumns.Select(c => $"'{c}'"));
            notes.Add($"Not used: {(summary.UnknownColumns.Count == 1 ? "the column" : "the columns")} {names} {(summary.UnknownColumns.Count == 1 ? "is" : "are")} not part of the log format, so the plan ignores {(summary.UnknownColumns.Count == 1 ? "it" : "them")}. " +
                      $"If one holds a column the plan uses, name it with --map \"{summary.UnknownColumns[0]}=<column>\" (in code: InterviewLogOptions.Columns); the README lists the columns.");
        }

        if (summary.HeaderLine > 1)
        {
            notes.Add($"The header is on line {summary.HeaderLine}: the {(summary.HeaderLine == 2 ? "line" : $"{summary.HeaderLine - 1} lines")} above it (a title) {(summary.HeaderLine == 2 ? "was" : "were")} not read as rows.");
        }

        if (summary.RowsSplit > 0)
        {
            notes.Add($"{(summary.RowsSplit == 1 ? "1 row holds" : $"{summary.RowsSplit} rows hold")} several questions in one cell (one per line, or separated by ';'): " +
                      "each is read as a question of its own, with its row's response, confidence and feedback.");
        }

        if (summary.RowsFilledDown > 0)
        {
            notes.Add($"{(summary.RowsFilledDown == 1 ? "1 row leaves" : $"{summary.RowsFilledDown} rows leave")} the date blank under a row of the same interview: " +
                      "read as questions of the interview above, with its date and company (as a spreadsheet groups an interview's questions under its first row).");
        }

        foreach (var c in summary.ColumnMatches)
        {
            if (c.MatchedBy == ColumnMatchKind.Guess && c.Column == ColumnNames.InterviewId)
            {
                notes.Add($"The column '{c.Header}' was read as the interview, not the candidate: its values name the company (--map \"{c.Header}=candidate\" reads it as the person).");
            }
            else if (c.MatchedBy == ColumnMatchKind.Guess)
            {
                notes.Add($"The questions were read from the column '{c.Header}': the log has no question column, and its values look like questions.");
            }

            if (c.MatchedBy == ColumnMatchKind.Fallback) notes.Add($"{FallbackWhat(c.Column)} read from the column '{c.Header}': the log has no {c.Column.Replace('_', ' ')} column (--map \"{c.Header}=<column>\" reads it as another).");
            if (c.MatchedBy == ColumnMatchKind.Mapping) notes.Add($"The column '{c.Header}' was read as {c.Column}, as mapped.");
            if (c.TenPointScale) notes.Add($"The column '{c.Header}' was read as a 1-10 scale and halved to 1-5.");
            if (c.MostlyUnreadable)
            {
                var hint = c.Column == ColumnNames.Date
                    ? "Set the date format, such as --date-format dd/MM/yyyy (in code: InterviewLogOptions.DateFormat)."
                    : "The README lists the values that are read; the problems below name the rows.";
                notes.Add($"Only {c.Filled - c.Cleared} of the {c.Filled} filled cells in '{c.Header}' could be read ({c.Cleared} cleared), so what the plan says from them is thin. {hint}");
            }
        }

        var example = summary.DateOrder switch
        {
            DateOrder.DayFirst => "day first (03/05/2025 is 3 May 2025)",
            DateOrder.MonthFirst => "month first (03/05/2025 is March 5, 2025)",
            _ => null,
        };
        if (example is not null) notes.Add($"Numeric dates were read {example}, as the column's other dates (or the culture) show.");
        if (summary.SimilarCandidateNames.Count > 0)
        {
            notes.Add($"Some candidates' names are alike ({string.Join("; ", summary.SimilarCandidateNames)}): each is reported as its own person; if two are one, write the name one way.");
        }

        if (summary.DatesWithoutYear > 0)
        {
            notes.Add($"{(summary.DatesWithoutYear == 1 ? "1 date has" : $"{summary.DatesWithoutYear} dates have")} no year (such as Mar 12): each took the year that puts it nearest the date of the row nearest it.");
        }
        return notes;
    }

    /// <summary>One group of problems: "27 cells in 'Date' cleared: date is ambiguous (...). Rows 3, 5, 8 and 24 more."</summary>
    public static string ProblemGroup(ProblemGroup group, IngestionSummary summary, int maxRows = 12)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(summary);
        var header = group.Column is null ? null : summary.ColumnMatches.FirstOrDefault(m => m.Column == group.Column)?.Header ?? group.Column;
        var what = (group.Action, header) switch
        {
            (ProblemAction.RowRejected, _) => $"{Count(group.Count, "row")} left out",
            (ProblemAction.FieldCleared, { } h) => $"{Count(group.Count, "cell")} in '{h}' cleared",
            (_, { } h) => $"{Count(group.Count, "row")} kept, column '{h}'",
            _ => $"{Count(group.Count, "row")} kept",
        };
        var rows = group.Rows.Where(r => r > 0).ToList();
        var where = rows.Count == 0 ? "The header."
            : $"{(rows.Count == 1 ? "Row" : "Rows")} {string.Join(", ", rows.Take(maxRows))}{(rows.Count > maxRows ? $" and {rows.Count - maxRows} more" : "")}.";
        return $"{what}: {group.Reason}. {where}";
    }

    /// <summary>"1 row", "3 rows".</summary>
    internal static string Count(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    internal static string Count(int n, string noun) => Count((long)n, noun);

    /// <summary>" Decoded as Windows-1252 (not UTF-8)." when the log was not UTF-8; empty otherwise.</summary>
    public static string Decoding(IngestionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Encoding is "UTF-8" or "text" ? "" : $" The file is not UTF-8: decoded as {summary.Encoding}.";
    }

    /// <summary>A response in words: "stumped", or "no response".</summary>
    public static string Response(ResponseQuality? response) => response?.ToString().ToLowerInvariant() ?? "no response";

    /// <summary>What a fallback column holds, as the subject of "... read from the column": "The dates were", "The feedback was".</summary>
    private static string FallbackWhat(string column) => column switch
    {
        ColumnNames.Feedback => "The interviewers' feedback was",
        ColumnNames.Notes => "Your own notes were",
        ColumnNames.Confidence => "The confidence ratings were",
        ColumnNames.Interest => "The interest ratings were",
        ColumnNames.PrepHours => "The preparation hours were",
        ColumnNames.Response => "How each answer went was",
        ColumnNames.Company => "The companies were",
        ColumnNames.Category => "The categories were",
        ColumnNames.Outcome => "The outcomes were",
        ColumnNames.InterviewId => "The interviews were",
        _ => $"The {column.Replace('_', ' ')}s were",
    };
}
