using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

public class ColumnNamesTests
{
    [TestCase("question", "question")]
    [TestCase("Question asked", "question")]
    [TestCase("QUESTION_TEXT", "question")]
    [TestCase("interview-id", "interview_id")]
    [TestCase("Job title", "role")]
    [TestCase("Round", "stage")]
    [TestCase("Result", "outcome")]
    [TestCase("Status", "outcome")]
    [TestCase("Interviewer feedback", "feedback")]
    [TestCase("Prep hours", "prep_hours")]
    [TestCase("Interest (1-5)", "interest")]
    [TestCase("How it went", "response")]
    [TestCase("\uFEFFquestion", "question")]
    [TestCase("Frage 🤔", "question")]
    [TestCase("Wie lief es?", "response")]
    [TestCase("Feedback vom Interviewer", "feedback")]
    [TestCase("Rückmeldung", "feedback")]
    [TestCase("Résultat", "outcome")]
    [TestCase("Entreprise", "company")]
    [TestCase("Préparation (h)", "prep_hours")]
    [TestCase("Was sie fragten", "question")]
    [TestCase("Pregunta", "question")]
    [TestCase("Confianza (1-5)", "confidence")]
    [TestCase("Vraag", "question")]
    [TestCase("Domanda", "question")]
    [TestCase("Empresa", "company")]
    [TestCase("Rôle", "role")]
    [TestCase("Position", "role")]
    [TestCase("Data", "date")]
    [TestCase("salary", null)]
    [TestCase("Gehalt", null)]
    public void Canonicalize_matches_aliases_ignoring_case_and_punctuation(string header, string? expected)
    {
        Assert.That(ColumnNames.Canonicalize(header), Is.EqualTo(expected));
    }

    [TestCase("Notes from interviewer", "feedback")]
    [TestCase("What the recruiter said", "feedback")]
    [TestCase("Interviewer's comments", "feedback")]
    [TestCase("Any feedback?", "feedback")]
    [TestCase("My notes on it", "notes")]
    [TestCase("Prep notes", "notes")]
    [TestCase("What I learned", "notes")]
    [TestCase("How confident was I", "confidence")]
    [TestCase("How much did I want the job", "interest")]
    [TestCase("Hours spent prepping", "prep_hours")]
    [TestCase("Final outcome", "outcome")]
    [TestCase("What happened in the end?", "outcome")]
    [TestCase("Which company was it?", "company")]
    [TestCase("What question were you asked?", "question")]
    [TestCase("How do you think you answered?", "response")]
    [TestCase("On a scale of 1-5, how confident did you feel?", "confidence")]
    [TestCase("How many hours did you prepare?", "prep_hours")]
    [TestCase("The question they asked", "question")]
    [TestCase("How did it go for me", "response")]
    [TestCase("My answer was...", "response")]
    [TestCase("Questions and answers", "question")]
    [TestCase("Date applied", "date")]
    [TestCase("Company (parent)", "company")]
    [TestCase("Interview round #", "stage")]
    [TestCase("Interviewer", null)]
    [TestCase("Hiring manager", null)]
    [TestCase("Next steps", null)]
    [TestCase("Salary offered", null)]
    public void CanonicalizeByWords_reads_a_header_in_the_persons_own_words(string header, string? expected)
    {
        Assert.That(ColumnNames.CanonicalizeByWords(header), Is.EqualTo(expected));
    }

    [Test]
    public void All_lists_the_fifteen_columns_of_the_format()
    {
        Assert.That(ColumnNames.All, Has.Count.EqualTo(15));
        Assert.That(ColumnNames.All[0], Is.EqualTo("question"));
    }
}
