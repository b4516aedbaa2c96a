using System.Text.Json.Nodes;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>Check-ins from a CSV and from front matter, through a whole build into report.json.</summary>
public class CheckInsTests
{
    private const string Objective = """
        ---
        title: Relaunch
        period: 2026-Q4
        key_results:
          - title: Visits
            metric: visits
            target: 100
            checkins:
              - { date: 2026-10-05, confidence: 6, comment: "Launch <b>planned</b>" }
          - title: Launch
            type: milestone
            progress: 0.5
        ---
        """;

    private static TempSite Site(string checkIns, string siteJson = """{ "title": "T", "asOf": "2026-10-20" }""") => new TempSite()
        .File("site.json", siteJson)
        .File("content/okrs/web.md", Objective)
        .File("content/data/visits.csv", "metric,date,value\nvisits,2026-09-30,0\nvisits,2026-10-12,40\n")
        .File("content/checkins/q4.csv", checkIns);

    [Fact]
    public void Both_sources_reach_report_json_with_their_origins_and_the_status_rule()
    {
        using var site = Site("objective,kr,date,value,confidence,comment\nweb,kr1,2026-10-19,60,3,\"Agency late, launch moved\"\nweb,kr2,2026-10-05,,7,\n");

        var result = TestBuild.Run(new BuildOptions(site.Root) { Write = false });

        Assert.Empty(result.Diagnostics);
        var kr1 = result.Report!.Objectives[0].KeyResults[0];
        Assert.Equal([new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 19)], kr1.CheckIns.Select(c => c.Date));
        Assert.Equal((60.0, "content/checkins/q4.csv", 2), (kr1.Current!.Value, kr1.CurrentOrigin.At.File, kr1.CurrentOrigin.At.Line));
        Assert.Equal((3.0, -3.0), (kr1.Confidence!.Value, kr1.ConfidenceChange!.Value));

        // 20 Oct is day 20 of 92: expected 0.217; score 0.6 is on track by the numbers, confidence 3 makes it at risk.
        Assert.Equal(OkrSite.Core.Model.Status.AtRisk, kr1.Status);

        // kr2's latest check-in (5 Oct) is 15 days old: overdue weekly.
        var kr2 = result.Report.Objectives[0].KeyResults[1];
        Assert.True(kr2.CheckInOverdue);
        Assert.Equal(15, kr2.DaysSinceCheckIn);

        var json = JsonNode.Parse(result.Files.Single(f => f.Path == "report.json").Content)!;
        var checkIn = json["objectives"]![0]!["keyResults"]![0]!["checkIns"]![0]!;
        Assert.Equal("Launch <b>planned</b>", checkIn["comment"]!.GetValue<string>());
        Assert.Equal("front-matter", checkIn["source"]!["kind"]!.GetValue<string>());
        Assert.Null(checkIn["source"]!["field"]); // always checkins for a check-in, so left out
        Assert.Null(checkIn["source"]!["date"]); // the check-in's own date
        Assert.Equal(3, json["objectives"]![0]!["confidence"]!.GetValue<double>());
    }

    [Fact]
    public void A_check_in_naming_an_unknown_key_result_fails_the_build_with_its_line()
    {
        using var site = Site("objective,kr,date,confidence\nweb,kr3,2026-10-19,3\n");

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/checkins/q4.csv(2,5): error OKR0351: objective '2026-Q4/web' has no key result 'kr3'; did you mean 'kr1'?", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_site_without_check_ins_gets_no_flags_and_a_missing_default_folder_no_warning()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "T", "asOf": "2026-11-16" }""")
            .File("content/data/visits.csv", "metric,date,value\nvisits,2026-09-30,0\nvisits,2026-11-09,40\n")
            .File("content/okrs/web.md", Objective.Replace("    checkins:\n      - { date: 2026-10-05, confidence: 6, comment: \"Launch <b>planned</b>\" }\n", string.Empty, StringComparison.Ordinal));

        var result = TestBuild.Run(new BuildOptions(site.Root) { Write = false });

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Report!.Objectives[0].KeyResults, kr => Assert.False(kr.CheckInOverdue));
    }

    [Fact]
    public void A_check_ins_glob_that_matches_nothing_is_a_warning()
    {
        using var site = Site("objective,kr,date,confidence\nweb,kr1,2026-10-19,6\n", """{ "title": "T", "asOf": "2026-10-20", "checkIns": { "files": ["content/checkins/*.csv", "okr/*.csv"] } }""");

        var result = TestBuild.Run(new BuildOptions(site.Root) { Write = false });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("OKR0245", "checkIns.files glob 'okr/*.csv' matches no file"), (diagnostic.Code, diagnostic.Message));
    }
}
