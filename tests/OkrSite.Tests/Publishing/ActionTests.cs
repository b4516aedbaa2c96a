using System.Diagnostics;
using System.Text.RegularExpressions;
using OkrSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Tests.Publishing;

/// <summary>
/// The composite Action (action.yml at the repository root): its inputs and outputs, its steps, and its run step
/// executed by bash with an okrsite that records its arguments (and, where the test says so, builds for real).
/// </summary>
public partial class ActionTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Repository.Root, "action.yml"));
    private static readonly YamlMappingNode Action = Yaml.Load(Text);

    [Fact]
    public void It_is_a_composite_action_whose_steps_follow_the_rules_of_the_recipes()
    {
        Assert.Equal("composite", Action.Get("runs").Get("using").Text());
        CiRules.AssertSteps(Action.Get("runs").Get("steps"), "action.yml");
        Assert.All(Action.Get("runs").Get("steps").Items().Where(s => s.Has("run")), step => Assert.Equal("bash", step.Get("shell").Text()));
    }

    [Fact]
    public void Every_input_is_used_and_every_input_used_is_declared()
    {
        var declared = Action.Get("inputs").Entries().Select(e => e.Key).ToArray();
        var used = InputRead().Matches(string.Join('\n', Action.Get("runs").Scalars())).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["site", "output", "command", "strict", "base-url", "version", "cache"], declared);
        Assert.All(declared, input => Assert.True(used.Contains(input), $"input {input} is declared but never used"));
        Assert.All(used, input => Assert.Contains(input, declared));
        Assert.All(Action.Get("inputs").Entries(), input => Assert.False(string.IsNullOrWhiteSpace(input.Value.Get("description").Text()), input.Key));
    }

    [Fact]
    public void Its_output_is_written_by_a_step_it_has()
    {
        var value = Action.Get("outputs").Get("output").Get("value").Text();

        Assert.Equal("${{ steps.run.outputs.output }}", value);
        Assert.Contains(Action.Get("runs").Get("steps").Items(), s => s.Get("id").Text() == "run" && s.Get("run").Text()!.Contains("output=", StringComparison.Ordinal));
    }

    [Fact]
    public void It_builds_from_the_projects_it_names_in_its_own_source()
    {
        var install = RunScript("Install OkrSite");
        var paths = ActionPath().Matches(install).Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(File.Exists(Path.Combine(Repository.Root, path)), $"action.yml names $ACTION_PATH/{path}, which is not in the repository"));
    }

    [Fact]
    public void The_chart_cache_is_kept_in_the_site_folder_okrsite_builds()
    {
        var cache = Action.Get("runs").Get("steps").Items().Single(s => s.Get("uses").Text()?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);

        Assert.Equal("${{ inputs.site }}/" + Core.Pipeline.BuildOptions.DefaultCacheFolder, cache.Get("with").Get("path").Text());
        Assert.Equal("inputs.cache == 'true' && inputs.command == 'build'", cache.Get("if").Text());
    }

    [Theory]
    [InlineData("build", "okr", "public", "false", "", new[] { "build", "okr", "--out", "public" })]
    [InlineData("build", ".", "_site", "true", "/okr/", new[] { "build", ".", "--out", "_site", "--warnings-as-errors", "--base-url", "/okr/" })]
    [InlineData("check", "okr", "_site", "true", "", new[] { "check", "okr", "--warnings-as-errors" })]
    [InlineData("check", "okr", "_site", "", "", new[] { "check", "okr" })]
    public void The_run_step_turns_the_inputs_into_an_okrsite_command_line_that_parses(string command, string site, string output, string strict, string baseUrl, string[] expected)
    {
        using var workspace = new TempSite();

        var run = RunStep(workspace.Root, command, site, output, strict, baseUrl, real: false);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(expected, run.Args);
        OkrsiteCommandLines.AssertParses(run.Args!, "action.yml run step");
    }

    [Theory]
    [InlineData("deploy", "true", "input command is 'deploy'; write build or check")]
    [InlineData("build", "yes", "input strict is 'yes'; write true or false")]
    public void A_wrong_input_is_an_annotated_error_before_okrsite_runs(string command, string strict, string message)
    {
        using var workspace = new TempSite();

        var run = RunStep(workspace.Root, command, ".", "_site", strict, "", real: false);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"::error title=OkrSite action::{message}", run.Output, StringComparison.Ordinal);
        Assert.Null(run.Args);
    }

    [Fact]
    public void A_site_in_a_subfolder_is_built_and_the_output_is_the_full_path_of_the_folder()
    {
        using var workspace = new TempSite();
        Northwind.CopyTo(Path.Combine(workspace.Root, "okr"));

        var run = RunStep(workspace.Root, "build", "okr", "public", "false", "", real: true);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(File.Exists(Path.Combine(workspace.Root, "public", "index.html")));
        Assert.Contains($"output={Path.Combine(workspace.Root, "public")}\n", run.GitHubOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_a_site_in_a_subfolder_are_annotated_at_their_path_from_the_workspace()
    {
        using var workspace = new TempSite();
        Northwind.CopyTo(Path.Combine(workspace.Root, "okr"));
        var kpi = Path.Combine(workspace.Root, "okr", "content", "kpis", "revenue.md");
        File.WriteAllText(kpi, "---\ncolour: blue\n" + File.ReadAllText(kpi)["---\n".Length..]);

        var run = RunStep(workspace.Root, "check", "okr", "_site", "true", "", real: true);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=okr/content/kpis/revenue.md,line=2,col=1,title=OKR0103::", run.Output, StringComparison.Ordinal);
        Assert.Contains("content/kpis/revenue.md(2,1): error OKR0103:", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.GitHubOutput);
    }

    private sealed record StepRun(int ExitCode, string Output, string[]? Args, string GitHubOutput);

    /// <summary>Runs the action's "Run OkrSite" script as GitHub would: bash, the inputs in env, the workspace as cwd.</summary>
    private static StepRun RunStep(string workspace, string command, string site, string output, string strict, string baseUrl, bool real)
    {
        var tools = Directory.CreateDirectory(Path.Combine(workspace, ".tools")).FullName;
        var argsFile = Path.Combine(tools, "args");
        var shim = Path.Combine(tools, "okrsite");
        File.WriteAllText(shim, $"#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > '{argsFile}'\n" +
            (real ? $"exec dotnet '{Path.Combine(AppContext.BaseDirectory, "okrsite.dll")}' \"$@\"\n" : "exit 0\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (!real)
        {
            // The recording okrsite writes nothing; the step reads the output folder's full path after a build.
            Directory.CreateDirectory(Path.Combine(workspace, output));
        }

        var githubOutput = Path.Combine(tools, "github-output");
        File.WriteAllText(githubOutput, string.Empty);

        var start = new ProcessStartInfo("bash", ["-c", RunScript("Run OkrSite")])
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = $"{tools}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["GITHUB_ACTIONS"] = "true";
        start.Environment["GITHUB_WORKSPACE"] = workspace;
        start.Environment["GITHUB_OUTPUT"] = githubOutput;
        start.Environment["OKRSITE_COMMAND"] = command;
        start.Environment["OKRSITE_SITE"] = site;
        start.Environment["OKRSITE_OUTPUT"] = output;
        start.Environment["OKRSITE_STRICT"] = strict;
        start.Environment["OKRSITE_BASE_URL"] = baseUrl;
        start.Environment.Remove("OKRSITE_DEBUG");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the run step did not finish");
        var args = File.Exists(argsFile) ? File.ReadAllText(argsFile).TrimEnd('\n').Split('\n') : null;
        return new StepRun(process.ExitCode, stdout + stderr.Result, args, File.ReadAllText(githubOutput));
    }

    private static string RunScript(string stepName) =>
        Action.Get("runs").Get("steps").Items().Single(s => s.Get("name").Text() == stepName).Get("run").Text()!;

    [GeneratedRegex(@"inputs\.([A-Za-z0-9_-]+)")]
    private static partial Regex InputRead();

    [GeneratedRegex(@"\$ACTION_PATH/([A-Za-z0-9_./-]+)")]
    private static partial Regex ActionPath();
}
