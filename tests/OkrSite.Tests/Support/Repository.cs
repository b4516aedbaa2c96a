namespace OkrSite.Tests.Support;

/// <summary>Finds the repository root (the sample site) from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "OkrSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OkrSite.sln not found above " + AppContext.BaseDirectory);
    }
}
