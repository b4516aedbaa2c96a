namespace OkrSite.Cli.Progress;

/// <summary>
/// Whether a build may draw a live progress display: only on an interactive terminal. Output redirected to a file
/// or a pipe, CI=true (CI systems run a pseudo-terminal more often than not) and TERM=dumb get plain lines.
/// NO_COLOR only takes the colour away, which Spectre.Console honours itself.
/// </summary>
public static class ProgressMode
{
    public static bool Live(bool outputRedirected, Func<string, string?> environment)
    {
        if (outputRedirected)
        {
            return false;
        }

        var ci = environment("CI");
        if (!string.IsNullOrEmpty(ci) && ci is not ("0" or "false" or "False" or "FALSE"))
        {
            return false;
        }

        return !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
    }
}
