using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Tests.Publishing;

/// <summary>
/// What every GitHub workflow, GitLab pipeline and Azure pipeline OkrSite ships or documents must hold: each step
/// does one thing, every action and task is one we allow at the major version we pin, every okrsite command line
/// parses, every chart cache is the folder okrsite writes its charts to, and every step output read exists.
/// </summary>
internal static partial class CiRules
{
    /// <summary>The GitHub actions the recipes may use, at their current major version (raise it here on purpose).</summary>
    public static readonly Dictionary<string, int> Actions = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 7,
        ["actions/setup-dotnet"] = 5,
        ["actions/cache"] = 6,
        ["actions/configure-pages"] = 6,
        ["actions/upload-pages-artifact"] = 5,
        ["actions/deploy-pages"] = 5,
        ["okrsite/okrsite"] = 1,
    };

    /// <summary>The Azure Pipelines tasks the recipes may use, at the major version they pin.</summary>
    public static readonly Dictionary<string, int> AzureTasks = new(StringComparer.Ordinal)
    {
        ["UseDotNet"] = 2,
        ["Cache"] = 2,
        ["PublishPipelineArtifact"] = 1,
    };

    public const string DotNetImage = "mcr.microsoft.com/dotnet/sdk:10.0";

    /// <summary>A GitHub workflow (or the steps of a composite action, with <paramref name="workflow"/> its runs node).</summary>
    public static void AssertWorkflow(YamlMappingNode workflow, string name)
    {
        Assert.True(workflow.Has("on"), $"{name}: no 'on'");
        var jobs = workflow.Get("jobs").Entries().ToArray();
        Assert.NotEmpty(jobs);
        foreach (var (job, body) in jobs)
        {
            var where = $"{name}: job {job}";
            Assert.True(body.Has("runs-on"), $"{where}: no runs-on");
            foreach (var needed in body.Get("needs").TextList())
            {
                Assert.True(jobs.Any(j => j.Key == needed), $"{where}: needs '{needed}', which is not a job");
            }

            AssertSteps(body.Get("steps"), where);
            var ids = body.Get("steps").Items().Select(s => s.Get("id").Text()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (Match read in StepOutput().Matches(string.Join('\n', body.Get("environment").Scalars())))
            {
                Assert.True(ids.Contains(read.Groups[1].Value), $"{where}: its environment reads steps.{read.Groups[1].Value}, which is no step's id");
            }

            if (body.Get("steps").Items().Any(s => ActionOf(s) == "actions/deploy-pages"))
            {
                Assert.Equal("github-pages", body.Get("environment").Get("name").Text());
                var permissions = body.Get("permissions") ?? workflow.Get("permissions");
                Assert.Equal("write", permissions.Get("pages").Text());
                Assert.Equal("write", permissions.Get("id-token").Text());
            }
        }
    }

    /// <summary>Steps of a GitHub job or composite action: one of uses/run each, allowed actions, okrsite lines that parse, outputs that exist.</summary>
    public static void AssertSteps(YamlNode? steps, string where)
    {
        var items = steps.Items().ToArray();
        Assert.NotEmpty(items);
        var ids = items.Select(s => s.Get("id").Text()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (step, index) in items.Select((s, i) => (s, i + 1)))
        {
            var at = $"{where}, step {index}";
            Assert.True(step.Has("uses") ^ step.Has("run"), $"{at}: a step has exactly one of uses and run");
            if (step.Get("uses").Text() is { } uses)
            {
                AssertAction(uses, at);
            }

            foreach (var args in OkrsiteCommandLines.In(step.Get("run").Text() ?? string.Empty))
            {
                OkrsiteCommandLines.AssertParses(args, at);
            }

            if (ActionOf(step) == "actions/cache")
            {
                AssertCachePath(step.Get("with").Get("path").Text(), at);
            }

            foreach (Match read in StepOutput().Matches(string.Join('\n', step.Scalars())))
            {
                Assert.True(ids.Contains(read.Groups[1].Value), $"{at}: reads steps.{read.Groups[1].Value}, which is no step's id");
            }
        }
    }

    public static void AssertAction(string uses, string where)
    {
        var match = Pinned().Match(uses);
        Assert.True(match.Success, $"{where}: '{uses}' is not pinned to a major version (owner/name@vN)");
        var action = match.Groups["action"].Value;
        Assert.True(Actions.TryGetValue(action, out var major), $"{where}: '{action}' is not an action the recipes may use ({string.Join(", ", Actions.Keys)})");
        Assert.True(int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture) == major, $"{where}: '{uses}' is not the pinned major version v{major}");
    }

    /// <summary>A cache path names the folder okrsite keeps its charts in (a prefix is the site folder).</summary>
    public static void AssertCachePath(string? path, string where)
    {
        Assert.NotNull(path);
        var last = path.TrimEnd('/').Split('/')[^1];
        Assert.True(last == BuildOptions.DefaultCacheFolder, $"{where}: the cache path '{path}' is not okrsite's chart cache '{BuildOptions.DefaultCacheFolder}'");
    }

    public static void AssertGitLab(YamlMappingNode pipeline, string name)
    {
        Assert.Equal(DotNetImage, pipeline.Get("image").Text());
        var jobs = pipeline.Entries().Where(e => e.Value.Has("script")).ToArray();
        Assert.NotEmpty(jobs);
        foreach (var (job, body) in jobs)
        {
            var script = body.Get("script").TextList();
            Assert.Contains("dotnet tool restore", script);
            var lines = script.SelectMany(OkrsiteCommandLines.In).ToArray();
            Assert.NotEmpty(lines);
            foreach (var args in lines)
            {
                OkrsiteCommandLines.AssertParses(args, $"{name}: job {job}");
            }

            foreach (var path in body.Get("cache").Get("paths").TextList())
            {
                AssertCachePath(path, $"{name}: job {job}");
            }
        }

        // GitLab Pages publishes the job named pages, from its artifact folder public.
        var pages = pipeline.Get("pages");
        Assert.Contains("public", pages.Get("artifacts").Get("paths").TextList());
        Assert.Contains(pages.Get("script").TextList().SelectMany(OkrsiteCommandLines.In), args => args[0] == "build" && Value(args, "--out") == "public");
    }

    public static void AssertAzure(YamlMappingNode pipeline, string name)
    {
        Assert.Equal("ubuntu-latest", pipeline.Get("pool").Get("vmImage").Text());
        var steps = pipeline.Get("steps").Items().ToArray();
        Assert.NotEmpty(steps);
        var okrsite = 0;
        foreach (var (step, index) in steps.Select((s, i) => (s, i + 1)))
        {
            var at = $"{name}: step {index}";
            var kinds = new[] { "task", "script", "bash", "pwsh", "checkout" }.Count(step.Has);
            Assert.True(kinds == 1, $"{at}: a step is exactly one task or script");
            if (step.Get("task").Text() is { } task)
            {
                var parts = task.Split('@');
                Assert.True(parts.Length == 2 && AzureTasks.TryGetValue(parts[0], out var major) && parts[1] == major.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{at}: task '{task}' is not one of {string.Join(", ", AzureTasks.Select(t => $"{t.Key}@{t.Value}"))}");
                if (parts[0] == "Cache")
                {
                    AssertCachePath(step.Get("inputs").Get("path").Text(), at);
                }
            }

            foreach (var args in OkrsiteCommandLines.In(step.Get("script").Text() ?? step.Get("bash").Text() ?? string.Empty))
            {
                OkrsiteCommandLines.AssertParses(args, at);
                okrsite++;
            }
        }

        Assert.True(okrsite >= 2, $"{name}: expected a check and a build");
    }

    /// <summary>The value after <paramref name="option"/> in a command line, or null.</summary>
    public static string? Value(string[] args, string option)
    {
        var i = Array.IndexOf(args, option);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? ActionOf(YamlNode step) => step.Get("uses").Text() is { } uses ? uses.Split('@')[0] : null;

    [GeneratedRegex(@"^(?<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)(/[A-Za-z0-9_./-]+)?@v(?<major>\d+)$")]
    private static partial Regex Pinned();

    [GeneratedRegex(@"steps\.([A-Za-z0-9_-]+)\.outputs")]
    private static partial Regex StepOutput();
}
