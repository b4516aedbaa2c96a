using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Cli;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), printed besides the canonical lines
/// when GITHUB_ACTIONS=true, so that problems show on the pull request at the file and line that caused them.
/// GitHub places an annotation by its path from the repository root, so a site in a subfolder of the workspace gets
/// its files named from GITHUB_WORKSPACE, not from the site folder as in the canonical lines.
/// </summary>
public static class GitHubAnnotations
{
    public static bool Enabled => string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The workflow command for <paramref name="diagnostic"/> of the site in <paramref name="siteDirectory"/> (relative to the current folder).</summary>
    public static string Format(Diagnostic diagnostic, string siteDirectory) =>
        Format(diagnostic with { File = diagnostic.File is { } file ? WorkspacePath(file, siteDirectory, Environment.GetEnvironmentVariable("GITHUB_WORKSPACE"), Directory.GetCurrentDirectory()) : null });

    /// <summary>
    /// <paramref name="file"/> (relative to the site folder) as a path from <paramref name="workspace"/>, '/'-separated;
    /// the full path when it lies outside the workspace. Without a workspace, paths are from the current folder. A file
    /// of a named data folder (<c>exports:q3.csv</c>) is not in the site folder and keeps its name.
    /// </summary>
    public static string WorkspacePath(string file, string siteDirectory, string? workspace, string currentDirectory)
    {
        var site = Path.GetFullPath(siteDirectory, currentDirectory);
        var colon = file.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !file[..colon].Contains('/', StringComparison.Ordinal) && !File.Exists(Path.Combine(site, file)))
        {
            return file;
        }

        var full = Path.GetFullPath(file, site);
        var root = string.IsNullOrEmpty(workspace) ? currentDirectory : Path.GetFullPath(workspace, currentDirectory);
        var relative = Path.GetRelativePath(root, full);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? full : relative).Replace('\\', '/');
    }

    public static string Format(Diagnostic diagnostic)
    {
        var properties = new List<string>();
        if (diagnostic.File is { } file)
        {
            properties.Add($"file={Property(file)}");
            if (diagnostic.Line > 0)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={diagnostic.Line}"));
            }

            if (diagnostic.Column > 0)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={diagnostic.Column}"));
            }
        }

        properties.Add($"title={Property(diagnostic.Code)}");
        var command = diagnostic.IsError ? "error" : "warning";
        return $"::{command} {string.Join(',', properties)}::{Data(diagnostic.Message)}";
    }

    // The escaping rules of workflow commands: data escapes %, CR and LF; properties also ':' and ','.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
