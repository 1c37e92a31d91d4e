using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Tests.Analysis;

public class FitLessonTests
{
    [Test]
    public void A_rejection_after_strong_answers_is_a_possible_fit_mismatch_not_a_skill_gap()
    {
        var section = FitLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default);

        Assert.That(section.LostDespiteStrongAnswers.Select(i => i.Company), Is.EqualTo(new[] { "Delta" }));
        Assert.That(section.Comparison, Is.EqualTo(new OutcomeComparison(ComparedMeasure.Interest, 1, 3.0, 3, 11.0 / 3, 2, OutcomeFinding.NotEnoughData)));
        Assert.That(ReportText.FitVerdict(section), Does.EndWith(" 1 rejected interview went well on the questions themselves (80% or more answered ok or better): a possible fit mismatch, not a skill gap."));
        Assert.That(section.ByCompany.Select(g => (g.Group, g.Mean, g.Successes, g.Rejections)), Is.EqualTo(new[]
        {
            ("Acme", (double?)5.0, 0, 1), ("Beta", (double?)4.0, 0, 1), ("Delta", (double?)2.0, 0, 1), ("Gamma", (double?)3.0, 1, 0),
        }));
    }

    [Test]
    public void Without_a_response_column_no_interview_is_called_a_fit_mismatch()
    {
        var csv = "company,outcome,question,category,confidence\nA,rejected,q1,t,5\nA,rejected,q2,t,5\n";

        Assert.That(FitLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default).LostDespiteStrongAnswers, Is.Empty);
    }

    [Test]
    public void Stumbles_in_a_rejected_interview_for_a_job_not_wanted_are_about_fit()
    {
        // Canva: interest 2, rejected, two stumbles on frontend questions asked nowhere else; Beta: interest 3; Delta:
        // interest 1 but one stumble; Echo: interest 2 but advanced; Fox: interest 1, rejected, two stumbles, but on the
        // design questions that went wrong at Beta too (a recurring weakness is not excused by low interest); Gus: interest
        // 2, rejected, one one-off stumble and one recurring: half is not most. The fixture's themes are its categories.
        var csv = "date,company,role,outcome,interest,question,response,category\n" +
                  "2025-01-02,Canva,Frontend Engineer,rejected,2,Explain the virtual DOM,stumped,frontend\n" +
                  "2025-01-02,Canva,Frontend Engineer,rejected,2,What is CSS specificity?,weak,frontend\n" +
                  "2025-01-05,Beta,Backend Engineer,rejected,3,Design a cache,weak,design\n" +
                  "2025-01-05,Beta,Backend Engineer,rejected,3,Design a queue,weak,design\n" +
                  "2025-01-09,Delta,Backend Engineer,rejected,1,Design a cache,weak,design\n" +
                  "2025-01-09,Delta,Backend Engineer,rejected,1,Two sum,strong,design\n" +
                  "2025-01-12,Echo,Backend Engineer,advanced,2,Design a cache,weak,design\n" +
                  "2025-01-12,Echo,Backend Engineer,advanced,2,Design a queue,weak,design\n" +
                  "2025-01-15,Fox,Backend Engineer,rejected,1,Design a cache,weak,design\n" +
                  "2025-01-15,Fox,Backend Engineer,rejected,1,Design a queue,stumped,design\n" +
                  "2025-01-19,Gus,Backend Engineer,rejected,2,Design a cache,weak,design\n" +
                  "2025-01-19,Gus,Backend Engineer,rejected,2,How many taxis are in London?,weak,estimation\n";

        var section = FitLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default);

        Assert.That(section.NotWanted.Select(i => i.Company), Is.EqualTo(new[] { "Canva" }));
        Assert.That(ReportText.NotWanted(section.NotWanted[0]), Is.EqualTo(
            "Not a job you wanted: Canva, 2025-01-02 (Frontend Engineer), interest 2/5 and 2 stumbles, most of them on themes that went wrong in no other interview; the rejection says more about the fit than about a skill gap."));
    }

    [Test]
    public void The_interviewers_remarks_on_fit_are_listed_once_per_interview_in_interview_order()
    {
        var csv = "date,company,stage,outcome,question,response,feedback\n" +
                  "2025-02-01,Proseware,final,rejected,Lead a team,weak,\"Great depth, but the role needed more people-management experience. Clear.\"\n" +
                  "2025-02-01,Proseware,final,rejected,Design a cache,strong,\"Great depth, but the role needed more people-management experience. Clear.\"\n" +
                  "2025-01-10,Acme,onsite,rejected,Design a queue,weak,Needs more depth on queues. They went with an internal candidate.\n" +
                  "2025-01-20,Beta,onsite,advanced,Design a queue,ok,Solid.\n";

        var section = FitLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default);

        Assert.That(section.Remarks.Select(r => (r.Interview.Company, r.Sentence)), Is.EqualTo(new[]
        {
            ((string?)"Acme", "They went with an internal candidate"),
            ("Proseware", "Great depth, but the role needed more people-management experience"),
        }));
        Assert.That(ReportText.FitRemark(section.Remarks[1]), Is.EqualTo(
            "Interviewer on fit, not skill (Proseware, final, 2025-02-01, rejected): \"Great depth, but the role needed more people-management experience\""));
    }
}
