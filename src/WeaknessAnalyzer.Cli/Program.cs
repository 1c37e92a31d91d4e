using WeaknessAnalyzer.Cli;

return await WeaknessCli.RunAsync(args, Terminal.System()).ConfigureAwait(false);
