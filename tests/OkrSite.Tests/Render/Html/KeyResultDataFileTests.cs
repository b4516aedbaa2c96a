using System.Globalization;
using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render.Html;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>
/// A long series (a key result's window, a KPI's trend) is linked as rows of its KPI's data file, with only its noted
/// values in a table; short ones keep their whole table.
/// </summary>
public class KeyResultDataFileTests
{
    private const string Objective = "objectives/2026-Q3/emea/index.html";

    private const string Kpi = "kpis/churn/index.html";

    [Fact]
    public void A_long_daily_window_links_the_kpis_data_file_which_holds_every_value_of_the_window()
    {
        var files = Build(Daily(days: 47, noteOn: null));
        var page = files[Objective];

        Assert.Contains("<p class=\"data-file\">The 47 values of this chart, 30 Jun 2026 to 15 Aug 2026, are rows of the data file of Churn. <a href=\"../../../kpis/churn/data.csv\" download>Download all 47 values (CSV)</a></p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Data behind this chart (47 values)", page, StringComparison.Ordinal);
        Assert.Contains("Data behind this chart (2 values)", page, StringComparison.Ordinal);
        var rows = files["kpis/churn/data.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[0]).ToList();
        Assert.Equal(Enumerable.Range(0, 47).Select(d => new DateOnly(2026, 6, 30).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), rows);
    }

    [Fact]
    public void A_window_of_at_most_31_values_keeps_its_table()
    {
        var page = Build(Daily(days: ViewBuilder.MaxInlineRows, noteOn: null))[Objective];

        Assert.Contains($"Data behind this chart ({ViewBuilder.MaxInlineRows} values)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"data-file\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_window_with_a_note_links_the_file_and_keeps_the_noted_value_where_the_legend_points()
    {
        var page = Build(Daily(days: 47, noteOn: 10))[Objective];

        Assert.Contains("<p class=\"data-file\">The 47 values of this chart, 30 Jun 2026 to 15 Aug 2026, are rows of the data file of Churn.", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\">The value with a note:</p>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>10 Jul 2026<td>3.9%<td>Outage</tbody>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Data behind this chart (47 values)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_kpi_series_links_its_data_file_once_instead_of_a_table_of_its_values()
    {
        var page = Build(Daily(days: 47, noteOn: null))[Kpi];

        Assert.Contains("<p class=\"data-file\">The 47 values of this chart, 30 Jun 2026 to 15 Aug 2026, are rows of the data file of Churn. <a href=\"../../kpis/churn/data.csv\" download>Download all 47 values (CSV)</a></p>", page, StringComparison.Ordinal);
        Assert.Single(page.Split("href=\"../../kpis/churn/data.csv\"")[1..]);
        Assert.DoesNotContain("Data behind this chart", page, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Churn fell from 4% on 30 Jun 2026 to 3.54% on 15 Aug 2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_kpi_series_with_a_note_lists_the_noted_value_once_under_its_chart()
    {
        var page = Build(Daily(days: 47, noteOn: 10))[Kpi];

        Assert.Contains("<p class=\"muted\">The value with a note:</p>", page, StringComparison.Ordinal);
        Assert.Single(page.Split("<td>Outage")[1..]);
        Assert.DoesNotContain("Notes from the data", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_kpi_series_keeps_its_table_and_its_download_link()
    {
        var page = Build(Daily(days: ViewBuilder.MaxInlineRows, noteOn: 10))[Kpi];

        Assert.Contains($"Data behind this chart ({ViewBuilder.MaxInlineRows} values)", page, StringComparison.Ordinal);
        Assert.Contains("Notes from the data", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"data-file\"><a href=\"../../kpis/churn/data.csv\" download>Download all {ViewBuilder.MaxInlineRows} values (CSV)</a></p>", page, StringComparison.Ordinal);
    }

    private static string Daily(int days, int? noteOn)
    {
        var csv = new StringBuilder("metric,date,value,note\nrevenue,2026-06-30,100,\nrevenue,2026-07-31,110,Summer deal\n");
        for (var d = 0; d < days; d++)
        {
            var date = new DateOnly(2026, 6, 30).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"churn,{date},{4 - (d * 0.01):0.##},{(d == noteOn ? "Outage" : string.Empty)}\n");
        }

        return csv.ToString();
    }

    private static Dictionary<string, string> Build(string csv)
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/data/sales.csv", csv);
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        return result.Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }
}
