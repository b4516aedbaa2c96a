using System.Runtime.CompilerServices;

namespace OkrSite.Tests.Support;

/// <summary>
/// Finds the repository root (the sample site) from the test's output folder, or, when the tests were built
/// elsewhere (dotnet test --artifacts-path /tmp/…), from where this source file was compiled.
/// </summary>
public static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(SourceFolder())
        ?? throw new InvalidOperationException($"OkrSite.sln not found above {AppContext.BaseDirectory} nor above {SourceFolder()}");

    private static string? Find(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "OkrSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
