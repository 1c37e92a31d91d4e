using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

public class QuestionCellsTests
{
    [Test]
    public void A_cell_with_a_question_per_line_holds_each()
    {
        Assert.That(QuestionCells.Split("Tell me about yourself\nWhy Acme?\r\n\n- Explain a hash map"),
            Is.EqualTo(new[] { "Tell me about yourself", "Why Acme?", "Explain a hash map" }));
        Assert.That(QuestionCells.Split("1. Two sum\n2) Design a cache\nQ3: biggest failure?"), Is.EqualTo(new[] { "Two sum", "Design a cache", "biggest failure?" }));
    }

    [Test]
    public void A_question_wrapped_by_hand_stays_one()
    {
        Assert.That(QuestionCells.Split("Design a system that\nhandles a million requests a second"), Is.Null);
        Assert.That(QuestionCells.Split("Design a cache\n(follow-up: eviction)"), Is.Null);
        Assert.That(QuestionCells.Split("How would you investigate?\n(follow-up: only on mobile?)"), Is.Null, "a bracketed follow-up after a question mark");
        Assert.That(QuestionCells.Split("biggest failure?\ndesign twitter's timeline"), Is.EqualTo(new[] { "biggest failure?", "design twitter's timeline" }), "a line after a question mark is a new question");
    }

    [Test]
    public void Semicolons_make_a_list_only_when_every_part_is_a_phrase()
    {
        Assert.That(QuestionCells.Split("Explain hash map collisions; What is Big O?; Why Beta?"), Is.EqualTo(new[] { "Explain hash map collisions", "What is Big O?", "Why Beta?" }));
        Assert.That(QuestionCells.Split("Explain CAP; yes"), Is.Null, "'yes' is not a question");
        Assert.That(QuestionCells.Split("What is Big O?; Why Beta?"), Is.EqualTo(new[] { "What is Big O?", "Why Beta?" }));
        Assert.That(QuestionCells.Split("Running a compiled Haskell program; getting errors"), Is.Null, "one question with a semicolon");
        Assert.That(QuestionCells.Split("IDE support for Spring framework; Are they worth using?"), Is.Null, "a heading and its question");
        Assert.That(QuestionCells.Split("Reverse a linked list"), Is.Null);
    }

    [Test]
    public void A_line_numbered_in_order_from_its_start_is_a_list()
    {
        Assert.That(QuestionCells.Split("1) Reverse a linked list 2) Design a cache 3) Tell me about a conflict"),
            Is.EqualTo(new[] { "Reverse a linked list", "Design a cache", "Tell me about a conflict" }));
        Assert.That(QuestionCells.Split("Q1: What is a closure? Q2: Explain the event loop"), Is.EqualTo(new[] { "What is a closure?", "Explain the event loop" }));
        Assert.That(QuestionCells.Split("1. Two sum, 2. LRU cache"), Is.EqualTo(new[] { "Two sum", "LRU cache" }));
        Assert.That(QuestionCells.Split("Q1: What is a closure?"), Is.Null, "one numbered question");
        Assert.That(QuestionCells.Split("Explain HTTP/2 and 3) the rest"), Is.Null, "not numbered from the start");
        Assert.That(QuestionCells.Split("1) Explain CAP 3) Design a cache"), Is.Null, "not in order");
    }

    [Test]
    public void Slashes_do_not_make_a_list()
    {
        Assert.That(QuestionCells.Split("How to Capture / Post system-wide Keyboard / Mouse events under OSX ?"), Is.Null, "a StackOverflow title");
        Assert.That(QuestionCells.Split("Design Twitter / Instagram feed"), Is.Null);
    }

    [Test]
    public void Prose_of_many_lines_stays_whole()
    {
        var lines = string.Join("\n", Enumerable.Range(1, QuestionCells.MaxParts + 1).Select(i => $"Line {i}."));
        Assert.That(QuestionCells.Split(lines), Is.Null);
    }
}
