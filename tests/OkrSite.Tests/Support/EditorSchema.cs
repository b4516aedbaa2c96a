using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Serialization;

namespace OkrSite.Tests.Support;

/// <summary>
/// The editor schemas of docs/schema (site, team, kpi, objective), evaluated with JsonSchema.Net the way an editor
/// checks a file: site.json as JSON, front matter as the YAML language server sees it, plain scalars typed
/// (75 is a number, true a boolean) and quoted ones text.
/// </summary>
public static class EditorSchema
{
    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new[] { "site", "team", "kpi", "objective" }
        .ToDictionary(n => n, n => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(PathOf(n)))));

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    public static string PathOf(string name) => Path.Combine(Repository.Root, "docs", "schema", $"{name}.schema.json");

    public static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    /// <summary>The schema's complaints about <paramref name="json"/>, one line each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string name, JsonNode? json)
    {
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var results = Schemas[name].Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Distinct().DefaultIfEmpty("invalid")];
    }

    /// <summary>A YAML document as JSON, typed as the YAML language server types it.</summary>
    public static JsonNode? FromYaml(string yaml) => ToNode(Yaml.Deserialize<object?>(yaml));

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(Convert.ToString(p.Key, System.Globalization.CultureInfo.InvariantCulture)!, ToNode(p.Value)))),
        IList<object?> list => new JsonArray([.. list.Select(ToNode)]),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
