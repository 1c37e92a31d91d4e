using System.Text;
using System.Text.Json;

using WeaknessAnalyzer.Cli;

namespace WeaknessAnalyzer.Tests.Cli;

/// <summary>The `weakness` tool end to end, in a temporary folder, through the same entry point as the real program.</summary>
[TestFixture]
public sealed class WeaknessCliTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "wa-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private sealed record Run(int ExitCode, string Out, string Error);

    private async Task<Run> Weakness(params string[] args) => await WeaknessIn(rich: false, args);

    private async Task<Run> WeaknessIn(bool rich, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await WeaknessCli.RunAsync(args, new Terminal(output, error, rich, interactiveError: false, _dir));
        return new Run(code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Test]
    public async Task Help_lists_the_commands_examples_and_exit_codes()
    {
        var run = await Weakness("--help");
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Out, Does.Contain("init").And.Contain("analyze").And.Contain("progress"));
        Assert.That(run.Out, Does.Contain("Examples:").And.Contain("weakness analyze interview-log.csv --html --json"));
        Assert.That(run.Out, Does.Contain("Exit codes: 0 done, 2 bad input"));
    }

    [Test]
    public async Task Help_of_analyze_shows_its_own_examples()
    {
        var run = await Weakness("analyze", "--help");
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Out, Does.Contain("--out-dir").And.Contain("--since").And.Contain("--candidate"));
        Assert.That(run.Out, Does.Contain("--map \"How I did=response\" --date-format dd/MM/yyyy"));
    }

    [TestCase("analyze")]
    [TestCase("analyze", "log.csv", "--no-such-option")]
    [TestCase("frobnicate")]
    [TestCase("analyze", "log.csv", "--seed", "many")]
    public async Task Bad_arguments_exit_2_with_one_line(params string[] args)
    {
        var run = await Weakness(args);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(Lines(run.Error), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain("--help"));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public async Task Init_writes_the_starter_log_and_says_what_next()
    {
        var run = await Weakness("init");
        Assert.That(run.ExitCode, Is.Zero);
        var path = Path.Combine(_dir, "interview-log.csv");
        Assert.That(File.Exists(path));
        var header = File.ReadLines(path).First();
        Assert.That(header, Is.EqualTo("date,company,role,stage,outcome,question,category,response,confidence,feedback,prep_hours,interest,notes"));
        Assert.That(File.ReadLines(path).Count(), Is.EqualTo(10));
        Assert.That(run.Out, Does.Contain("Next: weakness analyze interview-log.csv --html"));
    }

    [Test]
    public async Task Init_never_overwrites_without_force()
    {
        var path = Path.Combine(_dir, "mine.csv");
        await File.WriteAllTextAsync(path, "my own data");
        var run = await Weakness("init", "mine.csv");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Is.EqualTo("error: mine.csv already exists; pass --force to overwrite it." + Environment.NewLine));
        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("my own data"));

        Assert.That((await Weakness("init", "mine.csv", "--force")).ExitCode, Is.Zero);
        Assert.That(File.ReadLines(path).First(), Does.StartWith("date,company"));
    }

    [Test]
    public async Task Init_into_a_missing_folder_or_onto_a_folder_exits_2()
    {
        Assert.That((await Weakness("init", "no/such/log.csv")).Error, Is.EqualTo("error: the folder of no/such/log.csv does not exist." + Environment.NewLine));
        Directory.CreateDirectory(Path.Combine(_dir, "logs"));
        var run = await Weakness("init", "logs");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("logs is a folder"));
    }

    [Test]
    public async Task Analyze_on_the_template_prints_the_plan_and_writes_every_file_it_lists()
    {
        await Weakness("init");
        var run = await Weakness("analyze", "interview-log.csv", "--words-only", "--out-dir", "reports", "--html", "--md", "--json", "--plan-csv");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Out, Does.StartWith("Read 9 rows: 9 accepted, 0 rejected; no problems."));
        Assert.That(run.Out, Does.Contain("Your plan (review it on ").And.Contain("1. System design: "));
        Assert.That(run.Out, Does.Contain("Ask for feedback on Sample Corp, phone screen, 2025-04-02"));

        var expected = new[] { "interview-log.report.html", "interview-log.report.md", "interview-log.report.json", "interview-log.plan.csv" }
            .Select(f => Path.Combine("reports", f)).ToArray();
        Assert.That(Lines(run.Error), Is.EqualTo(new[] { "Wrote 4 files:" }.Concat(expected)));
        foreach (var f in expected) Assert.That(new FileInfo(Path.Combine(_dir, f)).Length, Is.GreaterThan(100), f);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, expected[2])));
        Assert.That(json.RootElement.GetProperty("candidates")[0].GetProperty("plan").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task By_meaning_the_vectors_are_kept_beside_the_log_and_the_next_run_gives_the_same_report()
    {
        await Weakness("init");
        var first = await Weakness("analyze", "interview-log.csv", "--calendar", "--out-dir", "reports");
        var cache = Path.Combine(_dir, "interview-log.embeddings");
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(File.Exists(cache), Is.True);
        Assert.That(await File.ReadAllTextAsync(Path.Combine(_dir, "reports", "interview-log.review.ics")), Does.StartWith("BEGIN:VCALENDAR"));
        var written = File.GetLastWriteTimeUtc(cache);

        var second = await Weakness("analyze", "interview-log.csv");
        Assert.That(second.Out, Is.EqualTo(first.Out));
        Assert.That(File.GetLastWriteTimeUtc(cache), Is.EqualTo(written), "nothing new: the file is not rewritten");

        File.Delete(cache);
        var none = await Weakness("analyze", "interview-log.csv", "--no-cache");
        Assert.That(none.Out, Is.EqualTo(first.Out));
        Assert.That(File.Exists(cache), Is.False);
        File.WriteAllText(cache, "not a cache");
        var damaged = await Weakness("analyze", "interview-log.csv");
        Assert.That(damaged.Out, Is.EqualTo(first.Out));
        Assert.That(damaged.Error, Does.Contain("Note: interview-log.embeddings was not used (the cache file is not an embedding cache); the vectors were computed again."));
    }

    [Test]
    public async Task Analyze_without_file_options_writes_nothing_and_says_how()
    {
        await Weakness("init");
        var run = await Weakness("analyze", "interview-log.csv", "--words-only");
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "interview-log.csv" }));
        Assert.That(run.Error, Does.StartWith("No files written: add --html"));
    }

    [Test]
    public async Task Analyze_full_prints_the_whole_text_report()
    {
        await Weakness("init");
        var run = await Weakness("analyze", "interview-log.csv", "--words-only", "--full");
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Out, Does.Contain("Recurring weaknesses").And.Contain("Strengths to keep"));
    }

    [Test]
    public async Task A_missing_log_or_a_folder_is_named_in_one_line()
    {
        var run = await Weakness("analyze", "nothere.csv");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Is.EqualTo("error: nothere.csv: no such file. (weakness init nothere.csv writes a starter log there.)" + Environment.NewLine));
        Directory.CreateDirectory(Path.Combine(_dir, "d"));
        Assert.That((await Weakness("analyze", "d")).Error, Does.StartWith("error: d is a folder, not a log"));
    }

    [Test]
    public async Task Output_problems_are_found_before_the_analysis()
    {
        await Weakness("init");
        await File.WriteAllTextAsync(Path.Combine(_dir, "taken"), "");
        var run = await Weakness("analyze", "interview-log.csv", "--out-dir", "taken", "--html");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Is.EqualTo("error: --out-dir taken is a file, not a folder." + Environment.NewLine));
        Assert.That(run.Out, Is.Empty, "nothing analysed or printed");

        Directory.CreateDirectory(Path.Combine(_dir, "interview-log.report.html"));
        run = await Weakness("analyze", "interview-log.csv", "--html");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("error: interview-log.report.html is a folder"));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public async Task A_log_that_cannot_be_read_names_the_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "bad.csv"), "company,stage\nAcme,onsite\n");
        var run = await Weakness("analyze", "bad.csv", "--words-only");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("error: bad.csv: "));
        Assert.That(Lines(run.Error), Has.Length.EqualTo(1));
    }

    [TestCase("--map", "no-equals-sign", "--map needs \"Header=column\"")]
    [TestCase("--culture", "xx-NOPE", "--culture: unknown culture 'xx-NOPE'")]
    [TestCase("--since", "old.json", "old.json: no such file")]
    [TestCase("--candidate", "Zed", "--candidate Zed: the log has no candidate column.")]
    public async Task Bad_option_values_are_named(string option, string value, string expected)
    {
        await Weakness("init");
        var run = await Weakness("analyze", "interview-log.csv", "--words-only", option, value);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain(expected));
    }

    [Test]
    public async Task Candidate_picks_one_person_and_an_unknown_name_lists_them()
    {
        var path = Path.Combine(_dir, "cohort.csv");
        var rows = new StringBuilder("candidate,date,company,outcome,question,response\n");
        foreach (var who in new[] { "Ana", "Ben" })
        {
            for (var i = 0; i < 6; i++) rows.Append(FormattableString.Invariant($"{who},2025-0{1 + (i % 3)}-10,Co{i % 3},rejected,Design a cache for service {i},stumped\n"));
        }

        await File.WriteAllTextAsync(path, rows.ToString());
        var run = await Weakness("analyze", "cohort.csv", "--words-only", "--candidate", "ben");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Out, Does.Contain("== Ben ==").And.Not.Contain("== Ana =="));
        run = await Weakness("analyze", "cohort.csv", "--words-only", "--candidate", "Cy");
        Assert.That(run.Error, Is.EqualTo("error: --candidate Cy: no such candidate; the log has 'Ana', 'Ben'." + Environment.NewLine));
    }

    [Test]
    public async Task Progress_reads_the_earlier_json_and_shows_each_item()
    {
        await Weakness("init");
        Assert.That((await Weakness("analyze", "interview-log.csv", "--words-only", "--json")).ExitCode, Is.Zero);
        var run = await Weakness("progress", "interview-log.report.json", "interview-log.csv", "--words-only");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Out, Does.Contain("Progress since the last plan (2025-04-02)"));
        Assert.That(run.Out, Does.Contain("not asked yet"));
        Assert.That(run.Out, Does.Not.Contain("Your plan"));

        await File.WriteAllTextAsync(Path.Combine(_dir, "broken.json"), "{ not json");
        run = await Weakness("progress", "broken.json", "interview-log.csv");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("error: broken.json: "));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Values_from_the_log_cannot_drive_the_terminal(bool rich)
    {
        // A title change (OSC ... BEL), a screen clear and a colour, in a company name and a question.
        const string Hostile = "Acme\u001b]0;pwned\u0007\u001b[2J\u001b[31m";
        var path = Path.Combine(_dir, "hostile.csv");
        var rows = new StringBuilder("date,company,outcome,question,response,feedback\n");
        for (var i = 0; i < 4; i++) rows.Append(FormattableString.Invariant($"2025-0{1 + i}-10,{Hostile},rejected,Design a cache {Hostile} [red]x[/] {i},stumped,\n"));
        await File.WriteAllTextAsync(path, rows.ToString());
        var run = await WeaknessIn(rich, "analyze", "hostile.csv", "--words-only");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        // Ordinal: under ICU a culture-aware search finds an ignorable control character everywhere.
        Assert.That(run.Out.Contains('\u0007', StringComparison.Ordinal), Is.False, "BEL");
        Assert.That(run.Out.Contains("\u001b]", StringComparison.Ordinal), Is.False, "OSC");
        Assert.That(run.Out.Contains("\u001b[2J", StringComparison.Ordinal), Is.False, "clear screen");
        Assert.That(run.Out.Contains("\u001b[31m", StringComparison.Ordinal), Is.False, "the log's colour");
        Assert.That(run.Out, Does.Contain("[red]x[/]"), "log text is shown as written, never read as markup");
        Assert.That(run.Out.Contains('\u001b', StringComparison.Ordinal), Is.EqualTo(rich), "escape sequences only from the tool's own colours");
    }
}
