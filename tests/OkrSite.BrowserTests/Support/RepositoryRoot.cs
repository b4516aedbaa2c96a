using System.Reflection;

namespace OkrSite.BrowserTests.Support;

/// <summary>
/// The repository root (the sample site): the first folder holding OkrSite.sln above the test output or the
/// current folder, else the path recorded at build time (the output may live under --artifacts-path, outside the repository).
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, recorded })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "OkrSite.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"OkrSite.sln not found above {AppContext.BaseDirectory}, {Environment.CurrentDirectory} or {recorded}");
    }
}
