using OkrSite.Core.Pipeline;
using Spectre.Console;

namespace OkrSite.Cli.Progress;

/// <summary>
/// Shows a build's stages while it runs: nothing (--quiet), plain lines (redirected output, CI, --verbose) or a live
/// display on the terminal. Diagnostics are printed after the build returns, so they never cut into it.
/// </summary>
internal abstract class BuildProgress
{
    /// <summary>Runs <paramref name="build"/>, handing it the callback for <see cref="BuildOptions.Progress"/>.</summary>
    public abstract BuildResult Run(Func<Action<StageProgress>?, BuildResult> build);

    /// <summary>Where the line "waiting for another build…" goes.</summary>
    public abstract void Waiting(string line);

    public static BuildProgress For(Verbosity verbosity, IAnsiConsole? terminal, TextWriter output, TextWriter error) => verbosity switch
    {
        Verbosity.Quiet => new PlainProgress(null, error, verbose: false),
        Verbosity.Verbose => new PlainProgress(output, error, verbose: true),
        _ when terminal is not null => new LiveProgress(terminal),
        _ => new PlainProgress(output, error, verbose: false),
    };
}
