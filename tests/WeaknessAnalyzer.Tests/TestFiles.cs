namespace WeaknessAnalyzer.Tests;

internal static class TestFiles
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, "TestData", .. parts]);

    /// <summary>The shared evaluation folder beside the repository root, or null when it is not there.</summary>
    public static string? SharedEval(string file)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "eval", file);
            if (File.Exists(candidate))
            {
                return System.IO.Path.GetFullPath(candidate);
            }

            dir = dir.Parent;
        }

        return null;
    }
}
