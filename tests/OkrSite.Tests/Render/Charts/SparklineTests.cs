using System.Xml.Linq;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Tests.Render.Charts;

public class SparklineTests
{
    private static readonly DateOnly Day0 = new(2026, 1, 1);

    private static DataPoint At(int day, double value) => new(Day0.AddDays(day), value);

    [Fact]
    public void A_long_series_keeps_each_columns_lowest_and_highest_value()
    {
        // 1000 days on 95 columns: about ten points per column. One spike up and one down inside the same column.
        var points = Enumerable.Range(0, 1000).Select(d => At(d, 50)).ToList();
        points[500] = At(500, 90);
        points[503] = At(503, 10);

        var shape = Sparkline.Shape(points);

        Assert.True(shape.Count <= 2 * 95 + 1, $"{shape.Count} points");
        var ys = shape.Select(p => p.Y).ToList();
        Assert.Equal(2.5, ys.Min(), 3);   // the spike up is at the top
        Assert.Equal(21.5, ys.Max(), 3);  // the spike down at the bottom
        var column = shape.Where(p => p.Y is 2.5 or 21.5).Select(p => p.X).Distinct();
        Assert.Single(column);
    }

    [Fact]
    public void Within_a_column_the_low_and_high_keep_their_order_in_time()
    {
        var shape = Sparkline.Shape([At(0, 0), At(1000, 5), At(1001, 1), At(1002, 9), At(1003, 4), At(2000, 5)]);

        // Days 1000-1003 share a column: its low (1, day 1001) comes before its high (9, day 1002).
        var middle = shape.Skip(1).Take(2).Select(p => p.Y).ToList();
        Assert.True(middle[0] > middle[1], string.Join(" ", shape));
    }

    [Fact]
    public void Points_out_of_date_order_give_the_line_of_the_same_points_in_order()
    {
        // Series come in date order and are not sorted again; any other list is, stably.
        var ordered = new List<DataPoint> { At(0, 3), At(10, double.NaN), At(400, 9), At(401, 1), At(401, 7), At(900, 5) };
        List<DataPoint> shuffled = [ordered[5], ordered[2], ordered[0], ordered[3], ordered[1], ordered[4]];

        Assert.Equal(Sparkline.Shape(ordered), Sparkline.Shape(shuffled));
        Assert.Equal(Sparkline.Html(ordered, KpiHealth.Healthy, "x").Html, Sparkline.Html(shuffled, KpiHealth.Healthy, "x").Html);
    }

    [Fact]
    public void The_line_ends_at_the_latest_value_even_when_it_is_neither_low_nor_high_of_its_column()
    {
        var shape = Sparkline.Shape([At(0, 0), At(2000, 10), At(2001, 0), At(2002, 5)]);

        Assert.Equal(12, shape[^1].Y, 3);
        Assert.Equal(Sparkline.Width - 2.5 - 1, shape[^1].X, 3);
    }

    [Fact]
    public void The_svg_is_labelled_coloured_by_health_and_dots_the_last_point()
    {
        var html = Sparkline.Html([At(0, 4), At(7, 3), At(14, 3.5)], KpiHealth.Warning, "Churn: 3.5 % <latest>").Html;
        var svg = XElement.Parse(html);

        Assert.Equal("sparkline warning", (string?)svg.Attribute("class"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Churn: 3.5 % <latest>", (string?)svg.Attribute("aria-label"));
        Assert.Equal("Churn: 3.5 % <latest>", svg.Element("title")?.Value);
        Assert.Equal("0 0 100 24", (string?)svg.Attribute("viewBox"));
        Assert.Equal("M2.5 2.5l47 19l47-9.5", (string?)svg.Element("path")?.Attribute("d"));
        Assert.Equal(("96.5", "12"), ((string?)svg.Element("circle")?.Attribute("cx"), (string?)svg.Element("circle")?.Attribute("cy")));
    }

    [Fact]
    public void Path_steps_add_up_to_the_rounded_points_with_h_along_a_row_and_v_within_a_column()
    {
        Assert.Equal("M2.5 4.1v1.6h1v-1.6l1 .4l1.1-.5", Sparkline.PathData([(2.5, 4.1), (2.5, 5.7), (3.5, 5.7), (3.5, 4.1), (4.5, 4.54), (5.6, 4.04)]));
    }

    [Fact]
    public void One_value_is_a_dot_and_no_values_are_nothing()
    {
        var one = XElement.Parse(Sparkline.Html([At(0, 4)], KpiHealth.Healthy, "x").Html);

        Assert.Null(one.Element("path"));
        Assert.NotNull(one.Element("circle"));
        Assert.Equal(string.Empty, Sparkline.Html([], KpiHealth.NoData, "x").Html);
    }

    [Fact]
    public void Extreme_values_stay_inside_the_box()
    {
        var shape = Sparkline.Shape([At(0, -1.7e308), At(1, 1.7e308), At(2, 0)]);

        Assert.All(shape, p => Assert.InRange(p.Y, 2.5, 21.5));
        Assert.Equal(12, shape[^1].Y, 3);
    }

    [Fact]
    public void A_views_sparkline_is_drawn_when_written_from_the_series_up_to_its_day()
    {
        var series = new Series("m", [.. Enumerable.Range(0, 300).Select(d => At(d, d % 7))]);
        var until = Day0.AddDays(120);

        var then = new OkrSite.Core.Render.Html.SparklineHtml(series, until, KpiHealth.Warning, "then");
        var now = new OkrSite.Core.Render.Html.SparklineHtml(series, null, KpiHealth.Healthy, "now");

        Assert.Equal(Sparkline.Html([.. series.Points.Take(121)], KpiHealth.Warning, "then").Html, then.Html);
        Assert.Equal(Sparkline.Html(series.Points, KpiHealth.Healthy, "now").Html, now.Html);
        Assert.NotEqual(then.Html, now.Html);
        Assert.StartsWith("<svg class=\"sparkline warning\"", then.ToString(), StringComparison.Ordinal);
    }
}
