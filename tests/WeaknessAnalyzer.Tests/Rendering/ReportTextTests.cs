using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class ReportTextTests
{
    [Test]
    public async Task Every_caveat_action_and_checklist_kind_has_a_sentence()
    {
        var c = (await ReportFixture.SmallAsync()).Candidates.Single();

        foreach (var caveat in Enum.GetValues<Caveat>()) Assert.That(ReportText.Caveat(caveat, c), Is.Not.Empty, caveat.ToString());
        foreach (var kind in Enum.GetValues<PlanActionKind>()) Assert.That(ReportText.Action(new PlanAction(kind, 2, ["a", "b"])), Does.EndWith("."), kind.ToString());
        foreach (var kind in Enum.GetValues<ChecklistKind>()) Assert.That(ReportText.Checklist(new ChecklistItem(kind, 2), c.Plan), Does.EndWith("."), kind.ToString());
    }

    [TestCase(OutcomeFinding.NotEnoughData, "Not enough data to relate preparation to outcomes: 1 advanced/offer and 3 rejected interviews have it (need 2 of each).")]
    [TestCase(OutcomeFinding.NoClearDifference, "Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: no clear difference.")]
    [TestCase(OutcomeFinding.HigherWentWithBetterOutcomes, "Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: more preparation went with better outcomes.")]
    [TestCase(OutcomeFinding.HigherDidNotGoWithBetterOutcomes, "Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: more preparation did not go with better outcomes.")]
    public void A_comparison_states_its_numbers(OutcomeFinding finding, string expected)
    {
        var comparison = new OutcomeComparison(ComparedMeasure.PrepHours, 1, 2, 3, 10.0 / 3, 2, finding);

        Assert.That(ReportText.Comparison(comparison), Is.EqualTo(expected));
    }

    [Test]
    public void Interest_is_stated_out_of_five()
    {
        var comparison = new OutcomeComparison(ComparedMeasure.Interest, 2, 4.5, 2, 3, 2, OutcomeFinding.HigherWentWithBetterOutcomes);

        Assert.That(ReportText.Comparison(comparison), Is.EqualTo("Mean interest: 4.5/5 in 2 advanced/offer interviews vs 3/5 in 2 rejected ones: more interest went with better outcomes."));
    }

    [TestCase(Trend.NotEnoughData, "not enough data")]
    [TestCase(Trend.Improving, "improving")]
    [TestCase(Trend.Worsening, "worsening")]
    public void Trends_in_words(Trend trend, string expected) => Assert.That(ReportText.Trend(trend), Is.EqualTo(expected));
}
