using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;
using Xunit.Abstractions;

namespace OkrSite.Tests.BadInput;

/// <summary>
/// The date sweep of issue 10: data dated at each end of the calendar and of the chartable range, with the report date
/// at each of them too (from site.json and from --as-of). Every combination builds, charts included, or fails with a
/// diagnostic on the row, key or option: exit 1 (2 for --as-of), never 70.
/// </summary>
public class ExtremeDateTests(ITestOutputHelper output)
{
    private static readonly string[] Dates = ["0001-01-01", "0099-12-31", "0100-01-01", "1899-12-30", "9998-12-31", "9999-12-31"];

    public static TheoryData<string, string> Combinations { get; } = Sweep();

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Data_and_site_json_as_of_at_the_extremes_build_or_fail_with_a_diagnostic(string dataDate, string asOf)
    {
        using var site = Site(dataDate, asOf: asOf);

        var run = CliRun.Of("build", site.Root);

        Verify(run, site, dataDate, asOf, Supported(asOf) ? null : $"site.json(1,24): error OKR0004: asOf '{asOf}' is outside the supported dates 0100-01-01 to 9998-12-31; check the year");
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Data_and_as_of_option_at_the_extremes_build_or_fail_as_usage(string dataDate, string asOf)
    {
        using var site = Site(dataDate, asOf: null);

        var run = CliRun.Of("build", site.Root, "--as-of", asOf);

        if (!Supported(asOf))
        {
            output.WriteLine(run.Error + run.Output);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"okrsite: error: --as-of '{asOf}' is outside the supported dates 0100-01-01 to 9998-12-31\nRun 'okrsite build --help' for usage.\n", run.Error);
            return;
        }

        Verify(run, site, dataDate, asOf, asOfProblem: null);
    }

    /// <summary>Without asOf the report date is the newest data date: at 9998-12-31 its quarter is the last one there is.</summary>
    [Theory]
    [InlineData("0100-01-01", "2026-07-01")]
    [InlineData("9998-12-31", "9998-12-31")]
    public void The_report_date_from_data_at_the_extremes_builds(string dataDate, string newest)
    {
        using var site = Site(dataDate, asOf: null);

        var run = CliRun.Of("build", site.Root);

        Verify(run, site, dataDate, newest, asOfProblem: null);
    }

    private void Verify(CliRun run, TempSite site, string dataDate, string asOf, string? asOfProblem)
    {
        output.WriteLine($"exit {run.ExitCode}\n{run.Error}{run.Output}");
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        var expected = new List<string>();
        if (!Supported(dataDate))
        {
            expected.Add($"{BadInputCases.Csv}(3,9): error OKR0220: date '{dataDate}' is outside the supported dates 0100-01-01 to 9998-12-31; check the year");
        }

        if (asOfProblem is not null)
        {
            expected.Add(asOfProblem);
        }

        Assert.Equal(expected, run.ErrorLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)));
        Assert.Equal(expected.Count == 0 ? 0 : 1, run.ExitCode);
        if (expected.Count == 0)
        {
            var json = site.Read("_site/report.json");
            ReportJsonAssert.AllNumbersFinite(json);
            Assert.Contains($"\"asOf\":\"{asOf}\"", json, StringComparison.Ordinal);
            Assert.Contains(" 1 KPI, 0 teams; period ", run.Output, StringComparison.Ordinal);
            if (string.CompareOrdinal(dataDate, asOf) <= 0 || string.CompareOrdinal("2026-07-01", asOf) <= 0)
            {
                // The KPI has a value by the report date, so it has a chart.
                Assert.True(File.Exists(Path.Combine(site.Output, "kpis", "revenue", "trend.svg")));
            }
        }
    }

    private static bool Supported(string date) =>
        SupportedDates.Contains(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static TheoryData<string, string> Sweep()
    {
        var data = new TheoryData<string, string>();
        foreach (var dataDate in Dates)
        {
            foreach (var asOf in Dates)
            {
                data.Add(dataDate, asOf);
            }
        }

        return data;
    }

    /// <summary>
    /// A KPI with thresholds and a weekly frequency, measured at 2026-07-01 and at <paramref name="dataDate"/>; an objective
    /// in the quarter of each date (the periods around the extremes: the last value before 0100-Q1, the end of 9998-Q4),
    /// each with a metric key result on the KPI, so both charts and the baseline lookup run at the extremes.
    /// </summary>
    private static TempSite Site(string dataDate, string? asOf)
    {
        var site = new TempSite();
        site.File("site.json", asOf is null ? "{ \"title\": \"Extremes\" }\n" : $"{{ \"title\": \"Extremes\", \"asOf\": \"{asOf}\" }}\n");
        site.File("content/kpis/revenue.md", "---\nname: Revenue\nfrequency: weekly\ngreen: 10\nred: 2\ntarget: 12\n---\nRevenue.\n");
        site.File(BadInputCases.Csv, $"metric,date,value\nrevenue,2026-07-01,5\nrevenue,{dataDate},7\n");
        var periods = new[] { dataDate, asOf ?? dataDate }
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Where(SupportedDates.Contains)
            .Select(Period.QuarterOf)
            .Append(Period.Parse("2026-Q3"))
            .Distinct();
        foreach (var period in periods)
        {
            site.File($"content/okrs/{period}/grow-{period.ToString().ToLowerInvariant()}.md", "---\ntitle: Grow\nkey_results:\n  - title: Revenue\n    metric: revenue\n    target: 10\n  - title: Launch\n    progress: 0.5\n---\nBody.\n");
        }

        return site;
    }
}
