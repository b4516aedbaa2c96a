using OkrSite.Cli.Starter;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Tests.Publishing;

/// <summary>The .github/workflows/okrsite.yml that okrsite new writes: triggers, jobs, permissions, cache, commands.</summary>
public class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Yaml.Load(
        StarterSite.Create(new DateOnly(2026, 11, 20), "1.0.0").Single(f => f.Path == ".github/workflows/okrsite.yml").Text);

    [Fact]
    public void Every_job_and_step_follows_the_rules_of_the_recipes() => CiRules.AssertWorkflow(Workflow, "okrsite.yml");

    [Fact]
    public void The_example_writes_the_same_workflow() =>
        Assert.Equal(
            StarterSite.Create(new DateOnly(2026, 11, 20), "1.0.0").Single(f => f.Path == ".github/workflows/okrsite.yml").Content,
            StarterSite.Example(new DateOnly(2026, 11, 20), "1.0.0").Single(f => f.Path == ".github/workflows/okrsite.yml").Content);

    [Fact]
    public void It_runs_on_pull_requests_pushes_to_main_by_hand_on_a_data_export_and_on_a_schedule()
    {
        var on = Workflow.Get("on");

        Assert.True(on.Has("pull_request"));
        Assert.Equal(["main"], on.Get("push").Get("branches").TextList());
        Assert.True(on.Has("workflow_dispatch"));
        Assert.Equal(["data-export"], on.Get("repository_dispatch").Get("types").TextList());
        var cron = Assert.Single(on.Get("schedule").Items()).Get("cron").Text();
        Assert.Equal(5, cron!.Split(' ').Length);
    }

    [Fact]
    public void Pages_gets_the_permissions_it_needs_and_pull_requests_only_read()
    {
        var permissions = Workflow.Get("permissions");

        Assert.Equal("read", permissions.Get("contents").Text());
        Assert.Equal("write", permissions.Get("pages").Text());
        Assert.Equal("write", permissions.Get("id-token").Text());
        Assert.Equal([("contents", "read")], Job("check").Get("permissions").Entries().Select(e => (e.Key, e.Value.Text())));
    }

    [Fact]
    public void Deployments_queue_in_one_group_and_are_never_cancelled_while_pull_requests_replace_their_older_run()
    {
        var concurrency = Workflow.Get("concurrency");

        Assert.Contains("'pages'", concurrency.Get("group").Text(), StringComparison.Ordinal);
        Assert.Contains("github.ref", concurrency.Get("group").Text(), StringComparison.Ordinal);
        Assert.Equal("${{ github.event_name == 'pull_request' }}", concurrency.Get("cancel-in-progress").Text());
    }

    [Fact]
    public void Pull_requests_are_checked_strictly_with_the_pinned_tool()
    {
        var check = Job("check");

        Assert.Equal("github.event_name == 'pull_request'", check.Get("if").Text());
        Assert.Equal(["checkout", "setup-dotnet", "dotnet tool restore", "check --warnings-as-errors"], Summary(check));
        Assert.Equal("10.0.x", Step(check, "actions/setup-dotnet").Get("with").Get("dotnet-version").Text());
    }

    [Fact]
    public void Main_is_built_under_the_pages_base_path_with_the_chart_cache_and_deployed()
    {
        var build = Job("build");

        Assert.Equal("github.event_name != 'pull_request'", build.Get("if").Text());
        Assert.Equal(["checkout", "setup-dotnet", "dotnet tool restore", "configure-pages", "cache", "build --out _site --base-url /repo/", "upload-pages-artifact"], Summary(build));
        var buildStep = build.Get("steps").Items().Single(s => s.Get("run").Text()?.Contains("okrsite build", StringComparison.Ordinal) == true);
        Assert.Equal("${{ steps.pages.outputs.base_path }}", buildStep.Get("env").Get("BASE_PATH").Text());
        Assert.Equal("pages", Step(build, "actions/configure-pages").Get("id").Text());
        Assert.Equal(Core.Pipeline.BuildOptions.DefaultCacheFolder, Step(build, "actions/cache").Get("with").Get("path").Text());
        Assert.Equal("_site", Step(build, "actions/upload-pages-artifact").Get("with").Get("path").Text());
        Assert.Equal(["build"], Job("deploy").Get("needs").TextList());
        Assert.Equal(["deploy-pages"], Summary(Job("deploy")));
    }

    private static YamlNode Job(string name) => Workflow.Get("jobs").Get(name) ?? throw new Xunit.Sdk.XunitException($"no job {name}");

    private static YamlNode Step(YamlNode job, string action) => job.Get("steps").Items().Single(s => s.Get("uses").Text()?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    /// <summary>Each step as the action's name or the okrsite arguments (variables at their sample values), or the command.</summary>
    private static List<string> Summary(YamlNode job) =>
        [.. job.Get("steps").Items().Select(step => step.Get("uses").Text() is { } uses
            ? uses.Split('@')[0].Split('/')[1]
            : OkrsiteCommandLines.In(step.Get("run").Text()!).FirstOrDefault() is { } args ? string.Join(' ', args) : step.Get("run").Text()!.Trim())];
}
