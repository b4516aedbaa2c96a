using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Cli;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), printed besides the canonical lines
/// when GITHUB_ACTIONS=true, so that problems show on the pull request at the file and line that caused them.
/// </summary>
public static class GitHubAnnotations
{
    public static bool Enabled => string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

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
