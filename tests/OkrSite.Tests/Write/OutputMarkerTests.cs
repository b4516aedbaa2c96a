using System.Text.Json;
using System.Text.RegularExpressions;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;
using OkrSite.Tests.Write.Hostile;

namespace OkrSite.Tests.Write;

public class OutputMarkerTests
{
    [Fact]
    public void The_marker_lists_every_file_written_and_the_built_line_counts_exactly_those()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(0, run.ExitCode);
        var marker = JsonDocument.Parse(site.Read("_site/" + OutputMarker.FileName)).RootElement;
        Assert.Equal("OkrSite", marker.GetProperty("generator").GetString());
        Assert.Equal(1, marker.GetProperty("format").GetInt32());
        var files = marker.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(Precious.Snapshot(site.Output).Keys.Where(k => k != OutputMarker.FileName).Order(StringComparer.Ordinal), files);
        var count = int.Parse(Regex.Match(run.Output, @"Built _site: (\d+) files|: (\d+) files").Groups.Values.Skip(1).First(g => g.Success).Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(files.Count, count);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical_marker_included()
    {
        using var site = TempSite.CopyOf("northwind");

        Assert.Equal(0, CliRun.Of("build", site.Root, "--no-cache").ExitCode);
        Assert.Equal(0, OkrSiteProcess.Run(["build", site.Root, "--out", Path.Combine(site.Root, "again")]).ExitCode);

        Assert.Equal(Precious.Snapshot(site.Output), Precious.Snapshot(Path.Combine(site.Root, "again")));
    }
}
