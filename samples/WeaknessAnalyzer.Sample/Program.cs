using WeaknessAnalyzer.Ingestion;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "Data", "interview-log.csv");
try
{
    var log = await InterviewLogReader.ReadAsync(path);
    var s = log.Summary;
    Console.WriteLine($"Read {s.RowsRead} rows: {s.RowsAccepted} accepted, {s.RowsRejected} rejected; separator '{s.Delimiter}'.");
    Console.WriteLine($"Columns: {string.Join(", ", s.Columns)}");
    if (s.UnknownColumns.Count > 0) Console.WriteLine($"Ignored columns: {string.Join(", ", s.UnknownColumns)}");
    foreach (var p in s.Problems) Console.WriteLine("  " + p);
    foreach (var r in log.Records) Console.WriteLine($"  {r.RowNumber}@{r.LineNumber}: {r.Question.Replace("\n","\\n")} | {r.Date} | {r.Outcome} | {r.Response} | {r.Confidence} | {r.PrepHours} | {r.Interest} | {r.Feedback?.Replace("\r","\\r").Replace("\n","\\n")}");
    return 0;
}
catch (Exception ex) when (ex is InterviewDataException or FileNotFoundException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
