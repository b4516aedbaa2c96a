using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OkrSite.Cli.Starter;
using OkrSite.Core.Load;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>What okrsite new writes: a site that builds at once on any day, the same bytes for the same day, schemas for editors.</summary>
public partial class NewStarterSiteTests
{
    [Theory]
    [InlineData("2026-10-01")] // the first day of a quarter: one value in it
    [InlineData("2026-11-20")]
    [InlineData("2026-12-31")] // the last day of a quarter and of a year
    [InlineData("2028-02-29")]
    public void The_starter_builds_and_checks_strictly_at_once_on_any_day(string today)
    {
        using var temp = new TempSite();
        Assert.Equal(0, CliRun.Of("new", temp.Root, "--as-of", today).ExitCode);

        var build = CliRun.Of("build", temp.Root);
        var check = CliRun.Of("check", temp.Root, "--warnings-as-errors");

        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Equal("", build.Error);
        var period = Period.QuarterOf(DateOnly.Parse(today));
        Assert.Contains($"(1 objective, 2 KPIs, 2 teams; period {period}, as of {today})\n0 errors, 0 warnings\n", build.Output, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.EndsWith("0 errors, 0 warnings\n", check.Output, StringComparison.Ordinal);

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Output, "report.json")));
        var objective = report.RootElement.GetProperty("objectives")[0];
        Assert.Equal($"{period}/keep-every-customer", objective.GetProperty("key").GetString());
        var metric = objective.GetProperty("keyResults")[0];
        Assert.Equal(JsonValueKind.Number, metric.GetProperty("baseline").ValueKind);
        Assert.Equal(JsonValueKind.Number, metric.GetProperty("current").ValueKind);
        Assert.Equal("milestone", objective.GetProperty("keyResults")[1].GetProperty("type").GetString());
        Assert.All(report.RootElement.GetProperty("kpis").EnumerateArray(), kpi => Assert.False(kpi.GetProperty("stale").GetBoolean()));

        // One of a thing is singular, on the dashboard as on the command line.
        Assert.Contains(": 1 objective with 2 key results,", File.ReadAllText(Path.Combine(temp.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_day_gives_the_same_bytes_and_another_day_moves_the_data_and_the_period()
    {
        var day = new DateOnly(2026, 11, 20);

        var first = StarterSite.Create(day, "1.2.3");
        var again = StarterSite.Create(day, "1.2.3");
        var later = StarterSite.Create(new DateOnly(2027, 1, 4), "1.2.3");

        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Content))), again.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        Assert.Contains(first, f => f.Path == "content/okrs/2026-Q4/keep-every-customer.md");
        Assert.Contains(later, f => f.Path == "content/okrs/2027-Q1/keep-every-customer.md");
        var csv = first.Single(f => f.Path == StarterData.FileName).Text.Split('\n');
        Assert.Equal("date,active-customers,first-response-hours", csv[0]);
        Assert.StartsWith("2026-05-22,380,9.0", csv[1], StringComparison.Ordinal);
        Assert.Equal("2026-11-20,457,4.9", csv[^2]);
        Assert.Equal(StarterData.LastWeek + 3, csv.Length);
    }

    [Fact]
    public void Two_runs_on_the_same_day_write_byte_identical_folders()
    {
        using var one = new TempSite();
        using var two = new TempSite();

        Assert.Equal(0, CliRun.Of("new", one.Root, "--as-of", "2026-11-20").ExitCode);
        Assert.Equal(0, CliRun.Of("new", two.Root, "--as-of", "2026-11-20").ExitCode);

        Assert.Equal(Files(one.Root), Files(two.Root));
    }

    [Fact]
    public void On_every_day_the_target_lies_above_the_baseline_and_every_value_of_the_quarter_so_far()
    {
        for (var today = new DateOnly(2026, 1, 1); today <= new DateOnly(2027, 12, 31); today = today.AddDays(1))
        {
            var start = Period.QuarterOf(today).Start;
            var weeks = Enumerable.Range(0, StarterData.LastWeek + 1).ToArray();
            var before = weeks.Where(w => StarterData.DateOf(today, w) < start).ToArray();
            Assert.NotEmpty(before);
            var target = StarterData.Target(today);
            Assert.True(target - StarterData.ActiveCustomers(before[^1]) is >= 50 and < 60, $"{today}: target {target}");
            Assert.All(weeks, w => Assert.True(StarterData.ActiveCustomers(w) < target, $"{today}: week {w}"));
        }
    }

    [Fact]
    public void The_tool_manifest_pins_the_version_of_the_tool_that_wrote_it()
    {
        var props = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;

        var manifest = StarterSite.Create(new DateOnly(2026, 11, 20), StarterSite.ToolVersion).Single(f => f.Path == ".config/dotnet-tools.json");

        Assert.Equal(version, StarterSite.ToolVersion);
        using var json = JsonDocument.Parse(manifest.Content);
        var tool = json.RootElement.GetProperty("tools").GetProperty("okrsite");
        Assert.Equal(version, tool.GetProperty("version").GetString());
        Assert.Equal(["okrsite"], tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
        Assert.True(json.RootElement.GetProperty("isRoot").GetBoolean());
    }

    [Fact]
    public void The_next_steps_link_to_the_publishing_docs_of_the_repository_the_package_names()
    {
        var props = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"));
        var repository = props.Descendants("RepositoryUrl").Single().Value;

        Assert.Equal(OkrSite.Cli.Commands.NewCommand.PublishingDocs, $"{repository}/blob/main/docs/publishing.md");
        Assert.True(File.Exists(Path.Combine(Repository.Root, "docs", "publishing.md")));
    }

    [Fact]
    public void The_gitignore_ignores_the_output_and_the_cache()
    {
        var gitignore = StarterSite.Create(new DateOnly(2026, 11, 20), "1.0.0").Single(f => f.Path == ".gitignore").Text.Split('\n');

        Assert.Contains("_site/", gitignore);
        Assert.Contains(Core.Pipeline.BuildOptions.DefaultCacheFolder + "/", gitignore);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_content_file_and_site_json_point_at_the_schemas_written_beside_them(bool example)
    {
        var day = new DateOnly(2026, 11, 20);
        var files = example ? StarterSite.Example(day, "1.0.0") : StarterSite.Create(day, "1.0.0");

        using var site = JsonDocument.Parse(files.Single(f => f.Path == "site.json").Content);
        Assert.Equal("schemas/site.schema.json", site.RootElement.GetProperty("$schema").GetString());
        var content = files.Where(f => Regex.IsMatch(f.Path, "^content/(teams|kpis|okrs)/.+\\.md$")).ToArray();
        Assert.True(content.Length >= (example ? 20 : 5));
        foreach (var file in content)
        {
            var match = SchemaLine().Match(file.Text);
            Assert.True(match.Success, $"{file.Path} does not start with the schema line: {file.Text[..40]}");
            var kind = file.Path.Split('/')[1] switch { "teams" => "team", "kpis" => "kpi", _ => "objective" };
            var resolved = Path.GetRelativePath("/site", Path.GetFullPath(match.Groups[1].Value, "/site/" + Path.GetDirectoryName(file.Path)));
            Assert.Equal($"schemas/{kind}.schema.json", resolved.Replace('\\', '/'));
        }

        Assert.All(EditorSchemas.All, schema => Assert.Equal(schema.Content, files.Single(f => f.Path == $"schemas/{schema.FileName}").Content));
    }

    [Fact]
    public void The_example_is_the_sample_site_and_builds_to_the_samples_report()
    {
        using var temp = new TempSite();
        using var sample = new TempSite();
        Assert.Equal(0, CliRun.Of("new", temp.Root, "--example").ExitCode);

        var build = CliRun.Of("build", temp.Root, "--warnings-as-errors");
        var original = CliRun.Of("build", Repository.Root, "--out", sample.Output, "--no-cache");

        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(original.ExitCode == 0, original.Error);
        // The same figures; where a figure was written in front matter, it is one line further down (the schema line).
        var expected = File.ReadAllText(Path.Combine(sample.Output, "report.json"));
        var written = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Output, "report.json")))!;
        var shifted = LinesAboveTheSchemaLine(written);
        Assert.True(shifted > 10, $"{shifted} front-matter positions");
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), written.ToJsonString());
        var sampleContent = Files(Path.Combine(Repository.Root, "content")).Keys;
        Assert.Equal(sampleContent, Files(Path.Combine(temp.Root, "content")).Keys);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "content/data/crm-monthly.csv")), temp.Read("content/data/crm-monthly.csv"));
        Assert.True(File.Exists(Path.Combine(temp.Root, ".github/workflows/okrsite.yml")));
        Assert.Contains("Created the sample site in", CliRun.Of("new", Path.Combine(temp.Root, "again"), "--example").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_json_of_the_example_keeps_every_key_and_replaces_a_schema_of_its_own()
    {
        var adjusted = ExampleSite.SiteJson("{ \"title\": \"Acme — OKRs\", \"$schema\": \"docs/schema/site.schema.json\", \"scoring\": { \"success\": 0.7 } }"u8.ToArray());

        Assert.Equal("{\n  \"$schema\": \"schemas/site.schema.json\",\n  \"title\": \"Acme — OKRs\",\n  \"scoring\": {\n    \"success\": 0.7\n  }\n}\n", System.Text.Encoding.UTF8.GetString(adjusted));
    }

    [Theory]
    [InlineData("---\nname: A\n---\n", "content/teams/a.md", "---\n# yaml-language-server: $schema=../../schemas/team.schema.json\nname: A\n---\n")]
    [InlineData("---\r\nname: A\r\n---\r\n", "content/teams/a.md", "---\r\n# yaml-language-server: $schema=../../schemas/team.schema.json\r\nname: A\r\n---\r\n")]
    [InlineData("---\n# yaml-language-server: $schema=x\nname: A\n---\n", "content/teams/a.md", "---\n# yaml-language-server: $schema=x\nname: A\n---\n")]
    [InlineData("no front matter\n", "content/teams/a.md", "no front matter\n")]
    public void The_schema_line_goes_first_in_the_front_matter_once(string text, string path, string expected) =>
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(ExampleSite.WithSchemaLine(System.Text.Encoding.UTF8.GetBytes(text), path, "team")));

    /// <summary>Moves every front-matter position in report.json one line up; returns how many there were.</summary>
    private static int LinesAboveTheSchemaLine(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj["file"]?.GetValueKind() == JsonValueKind.String && Regex.IsMatch(obj["file"]!.GetValue<string>(), "^content/(teams|kpis|okrs)/.+\\.md$") && obj["line"]?.GetValueKind() == JsonValueKind.Number
                && obj["line"]!.GetValue<int>() > 1: // line 1, the opening '---' (a coach finding about the whole file), stays
                obj["line"] = obj["line"]!.GetValue<int>() - 1;
                return 1;
            case JsonObject obj:
                return obj.Sum(p => LinesAboveTheSchemaLine(p.Value));
            case JsonArray array:
                return array.Sum(LinesAboveTheSchemaLine);
            default:
                return 0;
        }
    }

    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [GeneratedRegex(@"\A---\r?\n# yaml-language-server: \$schema=(\S+)\r?\n")]
    private static partial Regex SchemaLine();
}
