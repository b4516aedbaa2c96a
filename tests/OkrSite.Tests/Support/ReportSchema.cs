using System.Text;
using System.Text.Json;
using Json.Schema;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Model;
using OkrSite.Core.Render;

namespace OkrSite.Tests.Support;

/// <summary>
/// report.json's published JSON Schema (docs/schema/report.schema.json), evaluated with JsonSchema.Net. Every build the
/// tests run in process (<see cref="TestBuild"/>, <see cref="CliRun"/>) passes its report.json through here, so a
/// field added to the writer but not to the schema, or a key that goes missing, fails the suite.
/// </summary>
public static class ReportSchema
{
    public static string SchemaPath { get; } = Path.Combine(Repository.Root, "docs", "schema", "report.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    /// <summary>The schema's complaints about <paramref name="json"/>, one line each (instance location: message); empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .DefaultIfEmpty("invalid, with no detail")];
    }

    public static void AssertValid(string json)
    {
        var errors = Errors(json);
        Assert.True(errors.Count == 0, "report.json does not match docs/schema/report.schema.json:\n" + string.Join('\n', errors.Take(20)));
    }

    public static void AssertValid(byte[] json) => AssertValid(Encoding.UTF8.GetString(json));

    /// <summary>Checks the report.json of a build: in memory, or in the output folder it published.</summary>
    public static void AssertValid(BuildResult result, string? outputFolder)
    {
        if (result.Files.FirstOrDefault(f => f.Path == SitePaths.ReportJson) is { } file)
        {
            AssertValid(file.Content);
        }
        else if (result.Published && outputFolder is not null && File.Exists(Path.Combine(outputFolder, SitePaths.ReportJson)))
        {
            AssertValid(File.ReadAllText(Path.Combine(outputFolder, SitePaths.ReportJson)));
        }
    }
}
