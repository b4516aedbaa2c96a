using System.Text;
using System.Text.Json.Nodes;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Schemas;

/// <summary>
/// The editor schemas (docs/schema/{site,team,kpi,objective}.schema.json) and the readers agree: the same fields,
/// the same choices, the real sites valid, and what the reader rejects rejected by the schema where JSON Schema can
/// say so.
/// </summary>
public class EditorSchemaTests
{
    public static TheoryData<string> Names => new() { "site", "team", "kpi", "objective" };

    private static IEnumerable<string> Keys(JsonNode? schema) => schema!["properties"]!.AsObject().Select(p => p.Key);

    private static JsonNode KeyResultSchema => EditorSchema.Read("objective")["definitions"]!["keyResult"]!;

    private static IEnumerable<string> Enum(JsonNode? property) => property!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

    private static IEnumerable<string> Lower<T>()
        where T : struct, System.Enum => System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant());

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_schema_is_draft_07_closed_and_describes_every_field(string name)
    {
        var schema = EditorSchema.Read(name);

        Assert.Equal("http://json-schema.org/draft-07/schema#", schema["$schema"]!.GetValue<string>());
        Assert.NotNull(schema["description"]);
        var objects = new List<JsonNode> { schema };
        for (var i = 0; i < objects.Count; i++)
        {
            Assert.False(objects[i]["additionalProperties"]!.GetValue<bool>());
            foreach (var (key, property) in objects[i]["properties"]!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(property!["description"]?.GetValue<string>()), $"{name}: {key} has no description");
                if (property["properties"] is not null)
                {
                    objects.Add(property);
                }
            }
        }
    }

    [Fact]
    public void Site_schema_has_exactly_the_keys_the_loader_knows()
    {
        var schema = EditorSchema.Read("site");

        Assert.Equal(SiteConfigLoader.TopLevelKeys.Order(StringComparer.Ordinal), Keys(schema).Order(StringComparer.Ordinal));
        Assert.Equal(SiteConfigLoader.ScoringKeys.Order(StringComparer.Ordinal), Keys(schema["properties"]!["scoring"]).Order(StringComparer.Ordinal));
        Assert.Equal(SiteConfigLoader.CsvKeys.Order(StringComparer.Ordinal), Keys(schema["properties"]!["csv"]).Order(StringComparer.Ordinal));
        Assert.Equal(SiteConfigLoader.CheckInKeys.Order(StringComparer.Ordinal), Keys(schema["properties"]!["checkIns"]).Order(StringComparer.Ordinal));
        Assert.Equal(SiteConfigLoader.LinkValues.Select(v => v.Value), Enum(schema["properties"]!["links"]));
        Assert.Equal(["title"], schema["required"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void Front_matter_schemas_have_exactly_the_fields_the_parser_knows()
    {
        Assert.Equal(ContentParser.TeamFields.Order(StringComparer.Ordinal), Keys(EditorSchema.Read("team")).Order(StringComparer.Ordinal));
        Assert.Equal(ContentParser.KpiFields.Order(StringComparer.Ordinal), Keys(EditorSchema.Read("kpi")).Order(StringComparer.Ordinal));
        Assert.Equal(ContentParser.ObjectiveFields.Order(StringComparer.Ordinal), Keys(EditorSchema.Read("objective")).Order(StringComparer.Ordinal));
        Assert.Equal(ContentParser.KeyResultFields.Order(StringComparer.Ordinal), Keys(KeyResultSchema).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Choices_are_the_model_s_values()
    {
        var kpi = EditorSchema.Read("kpi")["properties"]!;

        Assert.Equal(Lower<Direction>(), Enum(kpi["direction"]));
        Assert.Equal(Lower<Indicator>(), Enum(kpi["indicator"]));
        Assert.Equal(Lower<Frequency>(), Enum(kpi["frequency"]));
        Assert.Equal(Lower<KeyResultType>(), Enum(KeyResultSchema["properties"]!["type"]));
    }

    [Fact]
    public void Defaults_are_the_loader_s()
    {
        var site = EditorSchema.Read("site")["properties"]!;
        var defaults = SiteConfig.Default("x");

        Assert.Equal(defaults.BaseUrl, site["baseUrl"]!["default"]!.GetValue<string>());
        Assert.Equal(defaults.Theme, site["theme"]!["default"]!.GetValue<string>());
        Assert.Equal(defaults.Language, site["language"]!["default"]!.GetValue<string>());
        Assert.Equal(defaults.Data, site["data"]!["default"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(defaults.Scoring.Success, site["scoring"]!["properties"]!["success"]!["default"]!.GetValue<double>());
        Assert.Equal(defaults.Scoring.AtRisk, site["scoring"]!["properties"]!["atRisk"]!["default"]!.GetValue<double>());
        Assert.Equal(defaults.AllowHtml, site["allowHtml"]!["default"]!.GetValue<bool>());
    }

    [Fact]
    public void The_embedded_schemas_that_okrsite_new_writes_are_the_published_files()
    {
        Assert.Equal(["kpi.schema.json", "objective.schema.json", "site.schema.json", "team.schema.json"], EditorSchemas.All.Select(s => s.FileName));
        Assert.All(EditorSchemas.All, s => Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "docs", "schema", s.FileName)), s.Content));
    }

    [Theory]
    [InlineData("site.json")]
    [InlineData("tests/OkrSite.Tests/Fixtures/sites/northwind/site.json")]
    public void The_real_site_json_files_are_valid(string path)
    {
        var errors = EditorSchema.Errors("site", JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, path)), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip }));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_repository_site_json_points_editors_at_the_published_schema()
    {
        var siteJson = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "site.json")))!;

        Assert.Equal("docs/schema/site.schema.json", siteJson["$schema"]!.GetValue<string>());
    }

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var root in new[] { "content", "tests/OkrSite.Tests/Fixtures/sites/northwind/content" })
        {
            foreach (var folder in new[] { "teams", "kpis", "okrs" })
            {
                var full = Path.Combine(Repository.Root, root, folder);
                foreach (var file in Directory.EnumerateFiles(full, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    private static string KindOf(string path) =>
        path.Contains("/teams/", StringComparison.Ordinal) ? "team" : path.Contains("/kpis/", StringComparison.Ordinal) ? "kpi" : "objective";

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_s_front_matter_is_valid(string path)
    {
        var yaml = FrontMatter.Split(File.ReadAllText(Path.Combine(Repository.Root, path))).Yaml!;

        var errors = EditorSchema.Errors(KindOf(path), EditorSchema.FromYaml(yaml));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("""{ "titel": "Acme" }""")]
    [InlineData("""{ "title": "" }""")]
    [InlineData("""{ "title": "Acme", "links": "index.htm" }""")]
    [InlineData("""{ "title": "Acme", "logo": "../secret.svg" }""")]
    [InlineData("""{ "title": "Acme", "logo": "/etc/logo.svg" }""")]
    [InlineData("""{ "title": "Acme", "baseUrl": "//evil.example.com/" }""")]
    [InlineData("""{ "title": "Acme", "baseUrl": "javascript:alert(1)" }""")]
    [InlineData("""{ "title": "Acme", "baseUrl": "/okr/\"onload=\"x" }""")]
    [InlineData("""{ "title": "Acme", "period": "2026-Q5" }""")]
    [InlineData("""{ "title": "Acme", "asOf": "15.08.2026" }""")]
    [InlineData("""{ "title": "Acme", "theme": "../x" }""")]
    [InlineData("""{ "title": "Acme", "scoring": { "success": "0,7" } }""")]
    [InlineData("""{ "title": "Acme", "scoring": { "success": 1.5 } }""")]
    [InlineData("""{ "title": "Acme", "scoring": { "sucess": 0.7 } }""")]
    [InlineData("""{ "title": "Acme", "csv": { "decimal": ";" } }""")]
    [InlineData("""{ "title": "Acme", "allowHtml": "yes" }""")]
    [InlineData("""{ "title": "Acme", "dataFolders": { "bad name": "/srv" } }""")]
    [InlineData("""{ "title": "Acme", "data": [3] }""")]
    public void Site_json_the_loader_rejects_is_rejected_by_the_schema(string json)
    {
        var bag = new DiagnosticBag();
        SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(json), bag);

        Assert.NotEmpty(bag.ToSortedList());
        Assert.NotEmpty(EditorSchema.Errors("site", JsonNode.Parse(json)));
    }

    [Theory]
    [InlineData("kpi", "name: Churn\ndirection: up")]
    [InlineData("kpi", "name: Churn\ngreen: 99,9")]
    [InlineData("kpi", "name: Churn\nred: n/a")]
    [InlineData("kpi", "name: Churn\nfrequency: hourly")]
    [InlineData("kpi", "nmae: Churn")]
    [InlineData("kpi", "name: Churn\nid: Bad_Id")]
    [InlineData("team", "name: Sales\nparent: [a, b]")]
    [InlineData("team", "title: Sales")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q5\nkey_results:\n  - title: a\n    target: 1\n    current: 0")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\nkey_results: []")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\nkey_results:\n  - title: a\n    type: milestone\n    progress: 1.5")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\nkey_results:\n  - title: a\n    type: milestone\n    done: maybe")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\nkey_results:\n  - title: a\n    target: 10\n    current: 5\n    weight: 0")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\nkey_results:\n  - title: a\n    target: 10\n    current: 5\n    type: okr")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\nkey_results:\n  - titel: a\n    target: 10\n    current: 5")]
    [InlineData("objective", "title: Grow\nperiod: 2026-Q3\naligns_to: { a: b }\nkey_results:\n  - title: a\n    target: 10\n    current: 5")]
    public void Front_matter_the_parser_rejects_is_rejected_by_the_schema(string kind, string yaml)
    {
        var bag = new DiagnosticBag();
        var text = $"---\n{yaml}\n---\n";
        _ = kind switch
        {
            "team" => (object?)ContentParser.ParseTeam("content/teams/t.md", text, bag),
            "kpi" => ContentParser.ParseKpi("content/kpis/k.md", text, bag),
            _ => ContentParser.ParseObjective("content/okrs/o.md", text, null, bag),
        };

        Assert.NotEmpty(bag.ToSortedList());
        Assert.NotEmpty(EditorSchema.Errors(kind, EditorSchema.FromYaml(yaml)));
    }

    [Theory]
    [InlineData("kpi", "name: Churn\ngreen: 12,480\nred: \"75 %\"\ntarget: 1_000")]
    [InlineData("objective", "title: Grow\nperiod: 2026\naligns_to: [2026-Q3/retention, company-growth]\nkey_results:\n  - title: a\n    type: milestone\n    done: yes")]
    public void Numbers_booleans_and_periods_the_parser_reads_are_valid_for_the_schema(string kind, string yaml)
    {
        var bag = new DiagnosticBag();
        var text = $"---\n{yaml}\n---\n";
        _ = kind == "kpi" ? (object?)ContentParser.ParseKpi("content/kpis/k.md", text, bag) : ContentParser.ParseObjective("content/okrs/o.md", text, null, bag);

        Assert.DoesNotContain(bag.ToSortedList(), d => d.IsError);
        Assert.Empty(EditorSchema.Errors(kind, EditorSchema.FromYaml(yaml)));
    }

    [Fact]
    public void The_yaml_language_server_line_that_okrsite_new_writes_is_read_without_a_warning()
    {
        var bag = new DiagnosticBag();
        var kpi = ContentParser.ParseKpi("content/kpis/churn.md", "---\n# yaml-language-server: $schema=../../schemas/kpi.schema.json\nname: Churn\n---\nBody\n", bag);

        Assert.Empty(bag.ToSortedList());
        Assert.Equal("Churn", kpi!.Name);
    }
}
