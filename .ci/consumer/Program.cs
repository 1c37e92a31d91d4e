using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.MiniLM;
using WeaknessAnalyzer.Themes;

// Proves the packed libraries work when referenced as packages.
var log = InterviewLogReader.Parse("question,response\nDesign a cache,weak\nTell me about yourself,strong\n");
Console.WriteLine($"consumer: {log.Summary.RowsAccepted} rows accepted");

// WeaknessAnalyzer.MiniLM: the model loads from its package and groups by meaning (no shared words within a group).
using var embedder = new MiniLmQuestionEmbedder();
string[] questions =
[
    "Tell me about a conflict with a colleague", "Describe a disagreement with your manager", "How do you handle friction inside a team",
    "Write a SQL query with a left join", "Explain database indexing", "How would you speed up a slow relational query",
];
var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 2, Embedder = embedder, UnthemedSimilarity = 0 });
var a = fit.Assignments;
var grouped = a[0] == a[1] && a[1] == a[2] && a[3] == a[4] && a[4] == a[5] && a[0] != a[3];
Console.WriteLine($"consumer: themes by meaning {string.Join(",", a)} ({(grouped ? "as expected" : "NOT as expected")})");
return log.Summary.RowsAccepted == 2 && grouped ? 0 : 1;
