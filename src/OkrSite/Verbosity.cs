namespace OkrSite.Cli;

/// <summary>How much a build or check prints besides its diagnostics, which are always printed.</summary>
public enum Verbosity
{
    /// <summary>--quiet: the diagnostics (and their GitHub annotations) only.</summary>
    Quiet,

    /// <summary>Progress (live on a terminal, a line per stage otherwise), the result line and the count.</summary>
    Normal,

    /// <summary>--verbose: the folders used, and a line per stage with its count, time and allocations.</summary>
    Verbose,
}
