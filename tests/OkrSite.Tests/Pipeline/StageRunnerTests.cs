using OkrSite.Core.Pipeline;
using OkrSite.Core.Render;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Pipeline;

/// <summary>One list of stages, one runner: the build, --timings and the profiler's hook all see the same stages.</summary>
public class StageRunnerTests
{
    [Fact]
    public void A_successful_build_runs_every_stage_once_in_order()
    {
        using var site = TempSite.CopyOf("northwind");

        var result = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, UseCache: false));

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(StageProgress.Stages(write: true), result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_check_runs_every_stage_but_write()
    {
        using var site = TempSite.CopyOf("northwind");

        var result = SiteBuilder.Build(new BuildOptions(site.Root, Write: false));

        Assert.Equal(StageProgress.Stages(write: false), result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_hook_sees_each_stage_and_when_it_asks_each_part_of_render_pages_inside_it()
    {
        using var site = TempSite.CopyOf("northwind");
        var hook = new Recorder(split: true);

        var result = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, UseCache: false), hook);

        Assert.True(result.Published);
        var expected = StageProgress.Stages(write: true).SelectMany(s => s == BuildStage.RenderPages
            ? [$"> {s}", .. SiteRenderer.Parts.SelectMany(p => new[] { $"> {p}", $"< {p}" }), $"< {s}"]
            : new[] { $"> {s}", $"< {s}" });
        Assert.Equal(expected, hook.Events);
        Assert.Equal(result.FileCount, hook.Written);
    }

    [Fact]
    public void A_hook_that_does_not_split_sees_no_parts()
    {
        using var site = TempSite.CopyOf("northwind");
        var hook = new Recorder(split: false);

        SiteBuilder.Build(new BuildOptions(site.Root, Write: false), hook);

        Assert.Equal(StageProgress.Stages(write: false).SelectMany(s => new[] { $"> {s}", $"< {s}" }), hook.Events);
    }

    [Fact]
    public void Splitting_the_parts_changes_no_byte_of_the_site()
    {
        using var site = TempSite.CopyOf("northwind");

        var plain = SiteBuilder.Build(new BuildOptions(site.Root, Write: false));
        var split = SiteBuilder.Build(new BuildOptions(site.Root, Write: false), new Recorder(split: true));

        Assert.Equal(plain.Files.Select(f => f.Path).Order(StringComparer.Ordinal), split.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(plain.Files, f => Assert.Equal(f.Content, split.Files.Single(s => s.Path == f.Path).Content));
    }

    [Fact]
    public void A_stage_out_of_order_or_unknown_is_a_bug_that_says_so()
    {
        var runner = new StageRunner();
        runner.Run(BuildStage.ReadData, () => 1);

        var early = Assert.Throws<InvalidOperationException>(() => runner.Run(BuildStage.ReadContent, () => 1));
        var unknown = Assert.Throws<InvalidOperationException>(() => runner.Run("lint", () => 1));

        Assert.Equal("stage 'read content' runs after 'read data', against the order of BuildStage.All", early.Message);
        Assert.Equal("'lint' is not a stage of BuildStage.All", unknown.Message);
        Assert.Equal([BuildStage.ReadData], runner.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void The_runner_counts_and_annotates_what_a_stage_made()
    {
        var runner = new StageRunner();

        runner.Run(BuildStage.RenderCharts, () => "abc", s => s.Length, "charts");
        runner.Annotate("charts, 2 from the cache");

        var timing = Assert.Single(runner.Timings);
        Assert.Equal((3, "charts, 2 from the cache"), (timing.Count, timing.CountOf));
        Assert.Null(runner.Parts);
    }

    /// <summary>Records when each stage and part begins (&gt;) and ends (&lt;), and counts the files written.</summary>
    private sealed class Recorder(bool split) : IStageHook
    {
        private int _written;

        public List<string> Events { get; } = [];

        public int Written => _written;

        public bool SplitsParts => split;

        public T Run<T>(string stage, Func<T> work)
        {
            Events.Add($"> {stage}");
            var result = work();
            Events.Add($"< {stage}");
            return result;
        }

        public IOutputSink Observe(IOutputSink sink) => new Counting(sink, () => Interlocked.Increment(ref _written));

        private sealed class Counting(IOutputSink inner, Action counted) : IOutputSink
        {
            public void Write(string path, byte[] content)
            {
                inner.Write(path, content);
                counted();
            }

            public void WriteStream(string path, Action<Stream> write)
            {
                inner.WriteStream(path, write);
                counted();
            }

            public void WriteFrom(string path, string source)
            {
                inner.WriteFrom(path, source);
                counted();
            }
        }
    }
}
