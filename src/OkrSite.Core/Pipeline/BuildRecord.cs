using System.Globalization;
using System.Text.Json.Serialization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// What one successful build of an output left for the next one (<see cref="BuildRecords"/>): the tool and the
/// options it ran with, everything it read (<see cref="InputSet"/>), the stamps of the output it committed, and what
/// it told the user: its diagnostics, its summary and its file count. A rebuild that finds all of it as recorded
/// would make the same output, so it replays the rest and writes nothing.
/// </summary>
internal sealed record BuildRecord(int Format, string Tool, string Options, long StartedNs, InputSet Inputs, OutputStamps Output, IReadOnlyList<Diagnostic> Diagnostics, BuildSummary Summary, int FileCount)
{
    /// <summary>Bumped whenever the record's meaning changes: an older record is then simply not used.</summary>
    public const int CurrentFormat = 2;

    /// <summary>
    /// This OkrSite: the engine's module version id (its code, embedded default theme, fonts and schemas), each
    /// assembly it references (Scriban, Markdig, ScottPlot, SkiaSharp...) and the runtime. A new tool rebuilds.
    /// </summary>
    public static string ToolIdentity => Identity.Value;

    private static readonly Lazy<string> Identity = new(() =>
    {
        var engine = typeof(BuildRecord).Assembly;
        var parts = new List<string?> { engine.ManifestModule.ModuleVersionId.ToString("N"), Environment.Version.ToString() };
        foreach (var name in engine.GetReferencedAssemblies().OrderBy(n => n.FullName, StringComparer.Ordinal))
        {
            try
            {
                parts.Add($"{name.FullName}:{System.Reflection.Assembly.Load(name).ManifestModule.ModuleVersionId:N}");
            }
            catch (Exception ex) when (ex is IOException or BadImageFormatException)
            {
                parts.Add($"{name.FullName}:missing");
            }
        }

        return InputLog.Digest([.. parts]);
    });

    /// <summary>
    /// Every option that can change what a build writes or prints, as the build was asked: the site and output
    /// folders, the report date and period, the base URL, the comparison, strictness. The lock timeout and the
    /// progress display change neither, and are left out.
    /// </summary>
    public static string OptionsKey(BuildOptions options, string output) => InputLog.Digest(
        options.SiteDirectory,
        Path.GetFullPath(options.SiteDirectory),
        output,
        options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        options.Period?.ToString(),
        options.BaseUrl,
        options.CompareTo,
        options.CompareTo is null ? null : Path.GetFullPath(options.CompareTo),
        options.WarningsAsErrors ? "strict" : "lenient",
        options.ResolvedCache is null ? null : Path.GetFullPath(options.ResolvedCache));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectNullableAnnotations = true, Converters = [typeof(OutputStampList), typeof(InputFileList)])]
[JsonSerializable(typeof(BuildRecord))]
internal sealed partial class BuildRecordJson : JsonSerializerContext;
