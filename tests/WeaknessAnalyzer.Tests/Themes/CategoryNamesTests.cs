using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class CategoryNamesTests
{
    private static readonly Theme Unthemed = new(0, "unthemed", [], [], 0, true);
    private static readonly Theme Stats = new(1, "p-value, A/B test", ["value"], [], 5, false) { Phrases = ["p-value", "A/B test"], Kind = ThemeKind.Concept };

    private static IReadOnlyList<Theme> Apply(params string?[] categories)
    {
        var records = categories.Select((c, i) => new InterviewRecord { RowNumber = i + 1, LineNumber = i + 2, InterviewKey = "k", Question = $"q{i}", Category = c }).ToList();
        return CategoryNames.Apply([Unthemed, Stats], records, [.. records.Select(_ => 1)]);
    }

    [Test]
    public void A_tag_shared_by_most_of_a_themes_questions_names_it_as_the_person_wrote_it()
    {
        Assert.That(Apply("stats, experimentation", "Stats", "stats", "A/B testing", null)[1].Label, Is.EqualTo("Stats: p-value, A/B test"), "3 of 4 tagged cells say stats; written 'stats' most often, capitalised");
        Assert.That(Apply("stats", "product", "design", "stats", "stats")[1].Label, Is.EqualTo("Stats: p-value, A/B test"), "3 of 5 = 60%");
    }

    [Test]
    public void A_short_lower_case_tag_is_an_acronym() =>
        Assert.That(Apply("sql", "sql", "sql")[1].Label, Is.EqualTo("SQL: p-value, A/B test"));

    [Test]
    public void Without_a_clear_majority_or_enough_tagged_questions_the_label_stays()
    {
        Assert.That(Apply("stats", "product", "design", "stats", "ml")[1].Label, Is.EqualTo(Stats.Label), "2 of 5");
        Assert.That(Apply("stats", "stats", null, null, null)[1].Label, Is.EqualTo(Stats.Label), "2 of 5 questions tagged");
        Assert.That(Apply(null, null, null)[1], Is.SameAs(Stats));
        Assert.That(Apply("stats", "stats")[0], Is.SameAs(Unthemed));
    }

    [Test]
    public void A_phrase_that_repeats_the_tag_is_dropped()
    {
        var theme = new Theme(1, "x", [], [], 2, false) { Phrases = ["database", "index"] };
        var records = new[] { new InterviewRecord { RowNumber = 1, LineNumber = 2, InterviewKey = "k", Question = "a", Category = "Databases" }, new InterviewRecord { RowNumber = 2, LineNumber = 3, InterviewKey = "k", Question = "b", Category = "databases" } };

        var named = CategoryNames.Apply([Unthemed, theme], records, [1, 1])[1];
        Assert.That(named.Label, Is.EqualTo("Databases: index"));
        Assert.That(named.Phrases, Is.EqualTo(new[] { "index" }), "the phrases are the ones the label shows, so an action does not say \"Explain database, index\"");
    }
}
