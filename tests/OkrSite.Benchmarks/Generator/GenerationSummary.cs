using System.Text.Json;
using System.Text.Json.Serialization;

namespace OkrSite.Benchmarks.Generator;

/// <summary>What a generated site holds, written next to site.json as bench-info.json (OkrSite ignores the file).</summary>
public sealed record GenerationSummary(
    int Version,
    string Size,
    int Seed,
    bool PagesOnly,
    int Teams,
    int Kpis,
    int Days,
    int Quarters,
    int Years,
    string AsOf,
    int Objectives,
    int KeyResults,
    int MetricKeyResults,
    int MilestoneKeyResults,
    int Periods,
    int CsvFiles,
    long Rows,
    long CsvLines,
    long CsvBytes,
    int MarkdownFiles,
    long MarkdownBytes,
    int ExpectedPages,
    int ExpectedCharts)
{
    public const string FileName = "bench-info.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    public static GenerationSummary? Read(string siteDir)
    {
        var path = Path.Combine(siteDir, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<GenerationSummary>(File.ReadAllText(path), Options) : null;
    }
}
