using BenchmarkDotNet.Running;
using WeaknessAnalyzer.Benchmarks;

try
{
    return args.FirstOrDefault() switch
    {
        "quality" => QualityCommand.Run(args),
        "scale" => ScaleCommand.Run(args),
        "generate" => ScaleCommand.Generate(args),
        "ingestion" => IngestionCommand.Run(args),
        "plans" => PlansCommand.Run(args),
        "smalllogs" => SmallLogsCommand.Run(args),
        "progress" => ProgressCommand.Run(args),
        "endtoend" => EndToEndCommand.Run(args),
        _ => RunBenchmarks(args),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(QualityCommand).Assembly).Run(args);
    return 0;
}
