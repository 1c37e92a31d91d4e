using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;

namespace WeaknessAnalyzer.Tests.Analysis;

public class FeedbackLessonTests
{
    [Test]
    public void Interviews_without_feedback_are_flagged_with_an_action_each()
    {
        var section = FeedbackLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default, default);

        Assert.That(section.WithFeedback.Select(i => i.Company), Is.EqualTo(new[] { "Acme", "Gamma" }));
        Assert.That(section.WithoutFeedback.Select(i => i.Title), Is.EqualTo(new[] { "Beta, onsite, 2024-02-10", "Delta, onsite, 2024-04-10" }));
        Assert.That(ReportText.AskForFeedback(section.WithoutFeedback[0]), Does.StartWith("Ask for feedback on Beta, onsite, 2024-02-10:"));
        Assert.That(section.RecurringThemes, Is.Empty, "two feedback sentences: themes need at least four");
    }
}
