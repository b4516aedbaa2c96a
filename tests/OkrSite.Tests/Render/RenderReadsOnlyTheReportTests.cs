using System.Text.RegularExpressions;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

/// <summary>
/// The render stage formats what the Report holds: it never calls a Compute function and never reads the raw data
/// set, so every figure a page or chart shows is in the Report and in report.json. This keeps it so.
/// </summary>
public partial class RenderReadsOnlyTheReportTests
{
    private static readonly string RenderFolder = Path.Combine(Repository.Root, "src", "OkrSite.Core", "Render");

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RenderFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RenderFolder, file));
        }

        return data;
    }

    [Fact]
    public void The_render_folder_has_sources_to_check() =>
        Assert.True(Sources().Count >= 20, $"only {Sources().Count} files under {RenderFolder}");

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_render_source_names_neither_Compute_nor_the_DataSet(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RenderFolder, file));
        var offending = lines
            .Select((text, index) => (Text: text, Line: index + 1))
            .Where(l => Forbidden().IsMatch(l.Text))
            .Select(l => $"{file}({l.Line}): {l.Text.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, "Render must read only the Report (put the figure on it in Compute):\n" + string.Join('\n', offending));
    }

    [Theory]
    [InlineData("using OkrSite.Core.Compute;")]
    [InlineData("var s = Compute.Scoring.WeightedMean(x);")]
    [InlineData("Render(Report report, DataSet data)")]
    [InlineData("OkrSite.Core.Compute.StatusRule.Of(score)")]
    [InlineData("ExpectedProgress.At(period, asOf)")]
    public void The_check_catches_what_it_is_meant_to(string text) => Assert.Matches(Forbidden(), text);

    [Theory]
    [InlineData("var computed = report.Summaries;")]
    [InlineData("// the compute stage chose the window")]
    [InlineData("json.WriteNumber(\"success\", report.Config.Scoring.Success);")]
    public void The_check_lets_plain_words_pass(string text) => Assert.DoesNotMatch(Forbidden(), text);

    // The namespace, a member access on it, the data set type, or a Compute class by name (not a property such as
    // Config.Scoring, which is preceded by a dot).
    [GeneratedRegex(@"\bOkrSite\.Core\.Compute\b|\bCompute\.|\bDataSet\b|(?<![.\w])(Scoring|ExpectedProgress|StatusRule|HealthRule|KeyResultCalculator|ReportBuilder|PeriodSummaries|TeamRollups|Figures|ReportDate)\.")]
    private static partial Regex Forbidden();
}
