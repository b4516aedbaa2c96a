using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using BuildOptions = OkrSite.Core.Pipeline.BuildOptions;
using BuildResult = OkrSite.Core.Pipeline.BuildResult;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

/// <summary>
/// report.json as a versioned contract: it names its schema and version, the published schema is a valid JSON Schema,
/// the sample validates against it, and the schema rejects what the contract forbids (a missing key, an unknown key,
/// a wrong type), so validating every build's report.json means something.
/// </summary>
public class ReportSchemaTests
{
    private static readonly Lazy<BuildResult> Sample = new(() => TestBuild.Run(new BuildOptions(Repository.Root, Write: false)));

    private static string SampleJson => Encoding.UTF8.GetString(Sample.Value.Files.Single(f => f.Path == SitePaths.ReportJson).Content);

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(ReportSchema.SchemaPath));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());

        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join('\n', (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Report_json_names_its_schema_and_version_and_the_schema_is_written_beside_it()
    {
        var root = JsonNode.Parse(SampleJson)!.AsObject();

        Assert.Equal("$schema", root.First().Key);
        Assert.Equal("report.schema.json", (string?)root["$schema"]);
        Assert.Equal(4, (int?)root["version"]);
        var written = Sample.Value.Files.Single(f => f.Path == SitePaths.ReportSchema).Content;
        Assert.Equal(File.ReadAllBytes(ReportSchema.SchemaPath), written);
    }

    [Fact]
    public void The_sample_site_report_json_is_valid() => Assert.Empty(ReportSchema.Errors(SampleJson));

    [Theory]
    [InlineData("weight")]
    [InlineData("scoreSource")]
    [InlineData("checkIns")]
    [InlineData("manualScore")]
    public void A_key_result_without_a_documented_key_is_rejected(string key)
    {
        var root = JsonNode.Parse(SampleJson)!;
        root["objectives"]![0]!["keyResults"]![0]!.AsObject().Remove(key);

        Assert.Contains(ReportSchema.Errors(root.ToJsonString()), e => e.Contains("/objectives/0/keyResults/0", StringComparison.Ordinal) && e.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undocumented_key_is_rejected()
    {
        var root = JsonNode.Parse(SampleJson)!;
        root["kpis"]![0]!.AsObject().Add("colour", "red");

        Assert.Contains(ReportSchema.Errors(root.ToJsonString()), e => e.Contains("/kpis/0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/asOf", "\"31.12.2026\"")]
    [InlineData("/version", "1")]
    [InlineData("/objectives/0/status", "\"green\"")]
    [InlineData("/objectives/0/score", "\"0.5\"")]
    [InlineData("/kpis/0/series", "{}")]
    [InlineData("/objectives/0/keyResults/0/score", "null")]
    [InlineData("/kpis/0/latestSource/line", "null")]
    public void A_value_of_the_wrong_shape_is_rejected(string pointer, string value)
    {
        var root = JsonNode.Parse(SampleJson)!;
        var parts = pointer.Trim('/').Split('/');
        var parent = parts[..^1].Aggregate(root, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!);
        parent[parts[^1]] = JsonNode.Parse(value);

        Assert.Contains(ReportSchema.Errors(root.ToJsonString()), e => e.StartsWith(pointer, StringComparison.Ordinal));
    }

    [Fact]
    public void Metric_key_results_leave_out_the_milestone_keys_and_milestones_the_metric_ones()
    {
        using var document = JsonDocument.Parse(SampleJson);
        var shapes = document.RootElement.GetProperty("objectives").EnumerateArray()
            .SelectMany(o => o.GetProperty("keyResults").EnumerateArray())
            .GroupBy(k => k.GetProperty("type").GetString())
            .ToDictionary(g => g.Key!, g => g.Select(k => string.Join(',', k.EnumerateObject().Select(p => p.Name))).Distinct().ToList());

        Assert.Equal(["metric", "milestone"], shapes.Keys.Order(StringComparer.Ordinal));
        Assert.All(shapes["metric"], keys => Assert.DoesNotContain("done", keys.Split(','), StringComparer.Ordinal));
        Assert.All(shapes["metric"], keys => Assert.DoesNotContain("progress", keys.Split(','), StringComparer.Ordinal));
        Assert.All(shapes["milestone"], keys => Assert.DoesNotContain("baseline", keys.Split(','), StringComparer.Ordinal));
        Assert.All(shapes["milestone"], keys => Assert.Contains("done", keys.Split(','), StringComparer.Ordinal));
    }
}
