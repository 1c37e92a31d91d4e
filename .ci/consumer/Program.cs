using WeaknessAnalyzer.Ingestion;

// Proves the packed library works when referenced as a package.
var log = InterviewLogReader.Parse("question,response\nDesign a cache,weak\nTell me about yourself,strong\n");
Console.WriteLine($"consumer: {log.Summary.RowsAccepted} rows accepted");
return log.Summary.RowsAccepted == 2 ? 0 : 1;
