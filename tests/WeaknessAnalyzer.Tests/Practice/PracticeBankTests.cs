using WeaknessAnalyzer.Practice;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Practice;

public class PracticeBankTests
{
    [Test]
    public void The_bank_holds_over_400_distinct_questions_in_over_30_sections_of_every_kind()
    {
        Assert.That(PracticeBank.Entries, Has.Count.GreaterThanOrEqualTo(400));
        Assert.That(PracticeBank.Sections, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(PracticeBank.Entries.Select(e => TextKeys.DedupKey(e.Text)), Is.Unique);
        Assert.That(PracticeBank.Sections.Select(s => s.Name), Is.Unique);
        for (var s = 0; s < PracticeBank.Sections.Count; s++)
        {
            Assert.That(PracticeBank.Entries.Count(e => e.Section == s), Is.GreaterThanOrEqualTo(10), PracticeBank.Sections[s].Name);
            Assert.That(PracticeBank.Sections[s].Words, Has.Count.GreaterThanOrEqualTo(5), PracticeBank.Sections[s].Name);
        }

        Assert.That(PracticeBank.Sections.Select(s => s.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<ThemeKind>()));
        Assert.That(PracticeBank.Entries.Select(e => e.Index), Is.EqualTo(Enumerable.Range(0, PracticeBank.Entries.Count)));
    }

    [Test]
    public void A_section_line_names_the_section_its_kind_and_its_words()
    {
        var (sections, entries) = PracticeBank.Parse("# comment\n\n## SQL | Coding | join, window functions\nWrite a join\r\nRank rows\n## Pay | Logistics | salary\nWhat salary?\n");

        Assert.That(sections, Is.EqualTo(new[] { ("SQL", ThemeKind.Coding), ("Pay", ThemeKind.Logistics) }).Using<PracticeBank.Section, (string, ThemeKind)>((s, e) => s.Name == e.Item1 && s.Kind == e.Item2));
        Assert.That(sections[0].Words, Is.EqualTo(new[] { "join", "window functions" }));
        Assert.That(entries.Select(e => (e.Index, e.Section, e.Text)), Is.EqualTo(new[] { (0, 0, "Write a join"), (1, 0, "Rank rows"), (2, 1, "What salary?") }));
    }

    [TestCase("## SQL | Coding\nq", "line 1")]
    [TestCase("## SQL | Codeing | join\nq", "line 1")]
    [TestCase("## SQL | 99 | join\nq", "line 1")]
    [TestCase("\nA question first\n## SQL | Coding | join", "line 2")]
    public void A_malformed_bank_names_its_line(string text, string line)
    {
        Assert.That(() => PracticeBank.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(line));
    }
}
