using System.Collections.Immutable;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// The stages of a build, in the order <see cref="StageRunner"/> runs them: the one list that the command line's
/// <c>--timings</c>, <see cref="SiteBuilder"/> and the benchmark's profiler all follow.
/// </summary>
internal static class BuildStage
{
    /// <summary>
    /// Before anything is read: the record of the last build of this output (<see cref="BuildRecords"/>) against
    /// the inputs and the output as they are now; when nothing changed, the build ends here. Runs only when
    /// <see cref="BuildOptions.SkipUnchanged"/> asks for it.
    /// </summary>
    public const string CheckInputs = "check inputs";
    public const string ConfigAndTheme = "config + theme";
    public const string ReadContent = "read content";
    public const string ReadData = "read data";
    public const string Validate = "validate";
    public const string Compute = "compute";

    /// <summary>The OKR coach's method checks over the computed Report (<c>Coach/</c>).</summary>
    public const string Coach = "coach";
    public const string RenderCharts = "render charts";

    /// <summary>report.json and the files beside it, the views, the templates and the static files (<c>SiteRenderer.Parts</c>, split by a hook that asks).</summary>
    public const string RenderPages = "render pages";

    /// <summary>The commit of the staging folder: the render stages have already streamed every file into it.</summary>
    public const string Write = "write";

    public static ImmutableArray<string> All { get; } = [CheckInputs, ConfigAndTheme, ReadContent, ReadData, Validate, Compute, Coach, RenderCharts, RenderPages, Write];
}
