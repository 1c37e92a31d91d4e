using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class KindSplitterTests
{
    [Test]
    public void A_theme_holding_questions_about_the_person_and_technical_tasks_is_split()
    {
        // One theme: a behavioural question (asked twice), a coding problem (asked twice) and a concept near the coding one.
        string[] texts = ["Tell me about your biggest failure", "Find the kth largest element", "What is a heap?"];
        float[] weights = [2, 2, 1];
        float[] vectors = [1, 0, 0, 1, 0.1f, 0.9f];
        var labels = new[] { 0, 0, 0 };

        var k = KindSplitter.Split(labels, 1, texts, weights, vectors, 2);

        Assert.That(k, Is.EqualTo(2));
        Assert.That(labels, Is.EqualTo(new[] { 1, 0, 0 }), "the person side gets the new theme; the concept goes with the closer side");
    }

    [Test]
    public void One_stray_question_does_not_split_a_theme()
    {
        string[] texts = ["Tell me about your biggest failure", "Find the kth largest element", "Reverse a linked list"];
        float[] weights = [1, 2, 3];
        float[] vectors = [1, 0, 0, 1, 0, 1];
        var labels = new[] { 0, 0, 0 };

        Assert.That(KindSplitter.Split(labels, 1, texts, weights, vectors, 2), Is.EqualTo(1));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0 }));
    }

    [Test]
    public void Themes_of_one_side_are_left_alone()
    {
        string[] texts = ["Tell me about a conflict", "Why do you want to work here?", "Design a cache", "Reverse a linked list"];
        float[] weights = [2, 2, 2, 2];
        float[] vectors = [1, 0, 1, 0, 0, 1, 0, 1];
        var labels = new[] { 0, 0, 1, 1 };

        Assert.That(KindSplitter.Split(labels, 2, texts, weights, vectors, 2), Is.EqualTo(2));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 1, 1 }));
    }

    [Test]
    public void A_stray_question_about_the_person_moves_to_the_closest_theme_of_its_side()
    {
        // Theme 0: two coding problems and one motivation question; theme 1: behavioural; theme 2: a concept theme.
        string[] texts = ["Reverse a linked list", "Implement an LRU cache", "Why do you want to work here?", "Tell me about a conflict", "Tell me about a failure", "What is a race condition?"];
        float[] weights = [1, 1, 1, 1, 1, 1];
        float[] vectors = [1, 0, 1, 0.1f, 0.8f, 0.2f, 0, 1, 0.1f, 1, 0.9f, 0.3f];
        var labels = new[] { 0, 0, 0, 1, 1, 2 };

        Assert.That(KindSplitter.Split(labels, 3, texts, weights, vectors, 2), Is.EqualTo(3));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 1, 1, 1, 2 }), "to the behavioural theme, however close the coding theme's centre; the concept stays");
    }

    [Test]
    public void A_stray_stays_when_no_theme_is_of_its_side()
    {
        string[] texts = ["Reverse a linked list", "Implement an LRU cache", "Why do you want to work here?", "What is a race condition?"];
        float[] weights = [1, 1, 1, 1];
        float[] vectors = [1, 0, 1, 0.1f, 0.8f, 0.2f, 0, 1];
        var labels = new[] { 0, 0, 0, 1 };

        KindSplitter.Split(labels, 2, texts, weights, vectors, 2);

        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0, 1 }));
    }
}
