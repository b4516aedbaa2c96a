using OkrSite.Core.Diagnostics;

namespace OkrSite.Cli.Serve;

/// <summary>
/// Which of a build's diagnostics serve prints. Every error, each time (the browser shows them too); of the warnings,
/// those the last successful build did not have. A site with a thousand standing warnings (the coach's advice) would
/// otherwise print all of them on every save, burying the one a save caused; the build's line still counts them all.
/// A failed build is not the reference: it skips the coach, and its fix would print every warning again.
/// </summary>
internal static class DiagnosticEcho
{
    /// <param name="before">The last successful build's diagnostics; null before the first, which prints every one.</param>
    public static IReadOnlyList<Diagnostic> ToPrint(IReadOnlySet<Diagnostic>? before, IReadOnlyList<Diagnostic> diagnostics) =>
        before is null ? diagnostics : [.. diagnostics.Where(d => d.IsError || !before.Contains(d))];
}
