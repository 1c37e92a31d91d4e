namespace WeaknessAnalyzer.Tests;

public class TextFormatTests
{
    [TestCase(0.756, "76%")]
    [TestCase(0.0, "0%")]
    [TestCase(1.0, "100%")]
    public void Pct(double share, string expected) => Assert.That(TextFormat.Pct(share), Is.EqualTo(expected));

    [TestCase(2.25, "2.3")]
    [TestCase(3.0, "3")]
    public void Num(double value, string expected) => Assert.That(TextFormat.Num(value), Is.EqualTo(expected));

    [Test]
    public void Dates_are_iso_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.That(TextFormat.Date(new DateOnly(2024, 3, 5)), Is.EqualTo("2024-03-05"));
            Assert.That(TextFormat.Date((DateOnly?)null), Is.EqualTo("-"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void Shorten_keeps_short_text_and_cuts_long_text_before_the_limit()
    {
        Assert.That(TextFormat.Shorten("short", 40), Is.EqualTo("short"));
        Assert.That(TextFormat.Shorten(new string('a', 40), 40), Is.EqualTo(new string('a', 40)));
        Assert.That(TextFormat.Shorten(new string('a', 41), 40), Is.EqualTo(new string('a', 39) + "…"));
    }

    [Test]
    public void Shorten_never_splits_an_emoji_or_a_combining_sequence()
    {
        var emoji = string.Concat(Enumerable.Repeat("😬", 25)); // 50 UTF-16 units
        var cut = TextFormat.Shorten(emoji, 40);
        Assert.That(cut, Is.EqualTo(string.Concat(Enumerable.Repeat("😬", 19)) + "…"));
        Assert.That(cut.Where(char.IsSurrogate).Count() % 2, Is.EqualTo(0));

        var combining = new string('a', 38) + "e\u0301" + "xyz"; // é as e + combining acute at units 38-39
        Assert.That(TextFormat.Shorten(combining, 40), Is.EqualTo(new string('a', 38) + "…"));
    }

    [Test]
    public void Printable_drops_control_characters_and_flattens_line_breaks()
    {
        Assert.That(TextFormat.Printable("a\r\nb\nc\td\u001b[31m\u009be\u0007"), Is.EqualTo("a b c\td[31me"));
        var plain = "nothing to do";
        Assert.That(TextFormat.Printable(plain), Is.SameAs(plain));
    }
}
