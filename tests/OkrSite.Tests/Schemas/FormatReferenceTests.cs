using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Schemas;

/// <summary>docs/format.md is the reference: each field the readers know has its row in the table of its section.</summary>
public class FormatReferenceTests
{
    private static readonly string Format = File.ReadAllText(Path.Combine(Repository.Root, "docs", "format.md"));

    /// <summary>The text from the heading that starts with <paramref name="heading"/> to the next heading of any level.</summary>
    private static string Section(string heading)
    {
        var start = Format.IndexOf("\n" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}' in format.md");
        var end = Format.IndexOf("\n#", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? Format[start..] : Format[start..end];
    }

    private static void AssertRows(string heading, IEnumerable<string> fields)
    {
        var section = Section(heading);
        var missing = fields.Where(f => !section.Contains($"| `{f}` |", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"format.md, {heading}: no row for {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_site_json_key_has_its_row()
    {
        AssertRows("## site.json", SiteConfigLoader.TopLevelKeys.Where(k => k is not ("scoring" or "csv"))
            .Concat(SiteConfigLoader.ScoringKeys.Select(k => $"scoring.{k}"))
            .Concat(SiteConfigLoader.CsvKeys.Select(k => $"csv.{k}"))
            .Concat(SiteConfigLoader.CheckInKeys.Select(k => $"checkIns.{k}")));
    }

    [Fact]
    public void Every_front_matter_field_has_its_row()
    {
        AssertRows("### Teams", ContentParser.TeamFields);
        AssertRows("### KPIs", ContentParser.KpiFields);
        AssertRows("### Objectives", ContentParser.ObjectiveFields.Concat(ContentParser.KeyResultFields));
    }

    [Fact]
    public void Every_links_value_is_documented()
    {
        Assert.All(SiteConfigLoader.LinkValues, v => Assert.Contains($"\"links\": \"{v.Value}\"", Format, StringComparison.Ordinal));
    }
}
