using System.Text.Json.Nodes;
using Json.Schema;

namespace OkrSite.Core.Load.Previous;

/// <summary>
/// report.json's schema (docs/schema/report.schema.json, embedded) as a reader of OTHER builds' files applies it.
/// Version 2 only ever gains keys, so a file from an older OkrSite lacks some and one from a newer OkrSite has
/// more: both are still version 2. Version 3 removed only the KPIs' <c>series</c>, which the comparison never read,
/// so the same relaxed schema reads both: a version 2 file's series is one more key it ignores. Version 4 leaves
/// out the keys versions 2 and 3 wrote as null. The reading schema is the published one with every <c>additionalProperties:
/// false</c> dropped, every key the published schema may leave out also allowed as null, and every <c>required</c>
/// list cut down to the keys the comparison reads; every key that IS present must still have the published type
/// (or be null where version 4 would leave it out), so a number is never read from a string or an object.
/// </summary>
internal static class ReadingSchema
{
    /// <summary>The keys the comparison reads, by the names report.json gives them (top level, objective, key result, KPI).</summary>
    public static IReadOnlySet<string> ReadKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "version", "title", "asOf", "period", "objectives", "kpis",
        "id", "key", "status", "score", "keyResults", "current", "unit", "name", "health", "latest", "date", "value",
    };

    /// <summary>The versions read, as report.json writes them (JSON numbers: "2.0" is not one of them).</summary>
    public static IReadOnlySet<string> Versions { get; } = new HashSet<string>(StringComparer.Ordinal) { "2", "3", "4" };

    private static readonly Lazy<JsonSchema> Schema = new(Build);

    public static JsonSchema Value => Schema.Value;

    private static JsonSchema Build()
    {
        using var stream = typeof(ReadingSchema).Assembly.GetManifestResourceStream("OkrSite.Core.report.schema.json")
            ?? throw new InvalidOperationException("report.schema.json is not embedded in OkrSite.Core");
        var node = JsonNode.Parse(stream)!;
        Relax(node, root: true);
        node["properties"]!["version"] = new JsonObject { ["enum"] = new JsonArray([.. Versions.Order(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)))]) };

        // Its own id: the published schema may be registered by that id in the same process.
        node["$id"] = "urn:okrsite:report:reading";
        return JsonSchema.FromText(node.ToJsonString());
    }

    /// <summary>
    /// Keys the comparison reads at the top level only: other objects gained keys of the same names later (a
    /// period summary's <c>kpis</c>), which files written before them lack.
    /// </summary>
    private static readonly HashSet<string> TopLevelOnly = new(StringComparer.Ordinal) { "version", "objectives", "kpis", "asOf" };

    private static void Relax(JsonNode? node, bool root = false)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["additionalProperties"] is JsonValue value && value.TryGetValue<bool>(out var allowed) && !allowed)
                {
                    obj.Remove("additionalProperties");
                }

                if (obj["required"] is JsonArray required)
                {
                    // Version 4 leaves out a key without a value, versions 2 and 3 wrote it as null: each key the
                    // published schema does not require is read as either.
                    var published = required.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                    if (obj["properties"] is JsonObject properties)
                    {
                        foreach (var (name, property) in properties.ToList().Where(p => !published.Contains(p.Key)))
                        {
                            properties[name] = new JsonObject { ["anyOf"] = new JsonArray(property!.DeepClone(), new JsonObject { ["type"] = "null" }) };
                        }
                    }

                    var kept = required.Select(r => r!.GetValue<string>()).Where(k => ReadKeys.Contains(k) && (root || !TopLevelOnly.Contains(k))).ToList();
                    obj["required"] = new JsonArray([.. kept.Select(k => (JsonNode)JsonValue.Create(k))]);
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Relax(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Relax(child);
                }

                break;
        }
    }
}
