using ScottPlot;
using ScottPlot.TickGenerators;

namespace OkrSite.Core.Render.Charts;

/// <summary>The look shared by all charts: transparent background, axes, grid and text in their roles' key colours.</summary>
internal static class ChartStyle
{
    /// <summary>The key colour of a role (see <see cref="ChartCss"/>), which the SVG paints with the role's CSS class.</summary>
    public static Color Of(ChartRole role) => Color.FromHex(ChartCss.Key(role));

    /// <summary>
    /// The key colour of a line in a role and a dash. Draw the line solid: the SVG's class gives it the dash
    /// (<see cref="ChartCss.DashArray"/>), one stroked path instead of a filled shape per dash.
    /// </summary>
    public static Color Of(ChartRole role, ChartDash dash) => Color.FromHex(ChartCss.Key(role, dash));

    /// <summary>Styles the frame of a new plot. Call after adding the plottables, before rendering.</summary>
    /// <param name="valueScale">The <see cref="ValueRange.Scale"/> of the plotted values, so that tick labels show the values themselves.</param>
    public static void Apply(Plot plot, ChartLayout layout, string? valueLabel, Func<double, string> tick, double valueScale = 1)
    {
        var muted = Of(ChartRole.Muted);
        var grid = Of(ChartRole.Grid);

        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;

        plot.Grid.MajorLineColor = grid;
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;

        // The date axis draws its own grid lines (between its labels, see DateTicks).
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontName = ChartFont.AsciiName;
            axis.TickLabelStyle.FontSize = layout.FontSize;
            axis.TickLabelStyle.Bold = false;
            axis.TickLabelStyle.ForeColor = muted;
            axis.MajorTickStyle.Color = grid;
            axis.MajorTickStyle.Length = 4;
            axis.MajorTickStyle.Width = 1;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = grid;
            axis.FrameLineStyle.Width = 1;
        }

        plot.Axes.Bottom.MajorTickStyle.Length = 0;

        foreach (var axis in new IAxis[] { plot.Axes.Top, plot.Axes.Right })
        {
            axis.FrameLineStyle.Width = 0;
            axis.Label.Text = string.Empty;
        }

        // Room for a date label centred on the right edge of the data area.
        if (plot.Axes.Right is ScottPlot.AxisPanels.AxisBase right)
        {
            right.MinimumSize = 26;
        }

        // A tick in the padding beyond ±1.8e308 stands for no double at all: it stays unlabelled.
        Func<double, string> label = valueScale == 1 ? tick : y => double.IsFinite(y * valueScale) ? tick(y * valueScale) : string.Empty;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = label, MinimumTickSpacing = 28, MinorTickGenerator = NoMinorTicks.Instance };
        plot.Axes.Left.TickLabelStyle.FontName = ChartFont.For(tick(-12345.678901) + tick(1.5e20));
        var axisLabel = plot.Axes.Left.Label;
        axisLabel.Text = string.IsNullOrWhiteSpace(valueLabel) ? string.Empty : valueLabel.Trim();
        axisLabel.FontName = ChartFont.For(axisLabel.Text);
        axisLabel.FontSize = layout.FontSize;
        axisLabel.Bold = false;
        axisLabel.ForeColor = muted;
        plot.Axes.Bottom.Label.Text = string.Empty;
    }

    /// <summary>The date axis's grid lines for the visible range; add them first, beneath everything else.</summary>
    public static DateAxis DateGrid(Plot plot, ChartLayout layout, double xMin, double xMax, ChartFormat format)
    {
        var first = DateTicks.DateAt(Math.Ceiling(xMin));
        var last = DateTicks.DateAt(Math.Floor(xMax));
        var axis = DateTicks.For(first, last, layout.DataWidth, format);
        foreach (var date in axis.Lines)
        {
            var line = plot.Add.VerticalLine(DateTicks.X(date), 1, Of(ChartRole.Grid), LinePattern.Solid);
            line.EnableAutoscale = false;
            line.ExcludeFromLegend = true;
        }

        return axis;
    }

    /// <summary>The date axis's labels where <see cref="DateTicks"/> puts them; call after <see cref="Apply"/>.</summary>
    public static void DateLabels(Plot plot, DateAxis axis, double xMin, double xMax)
    {
        var generator = new NumericManual();
        foreach (var label in axis.Labels)
        {
            generator.AddMajor(label.X, label.Text);
        }

        plot.Axes.Bottom.TickGenerator = generator;
        plot.Axes.Bottom.TickLabelStyle.FontName = ChartFont.For(string.Concat(axis.Labels.Select(l => l.Text)));
        plot.Axes.SetLimitsX(xMin, xMax);
    }

    /// <summary>A small label in the data area, e.g. "target 78 %" above the left end of the target line.</summary>
    public static void Note(Plot plot, ChartLayout layout, string text, double x, double y, Alignment alignment, ChartRole role, float offsetX = 0, float offsetY = 0)
    {
        var note = plot.Add.Text(text, x, y);
        note.LabelFontName = ChartFont.For(text);
        note.LabelFontSize = layout.FontSize;
        note.LabelFontColor = Of(role);
        note.LabelBold = false;
        note.LabelAlignment = alignment;
        note.LabelPadding = 3;
        note.LabelOffsetX = offsetX;
        note.LabelOffsetY = offsetY;
    }

    public static MarkerShape Shape(ChartMark mark) => mark switch
    {
        ChartMark.Dot => MarkerShape.FilledCircle,
        ChartMark.OpenCircle => MarkerShape.OpenCircle,
        ChartMark.OpenDiamond => MarkerShape.OpenDiamond,
        ChartMark.TriangleUp => MarkerShape.FilledTriangleUp,
        _ => MarkerShape.None,
    };

    /// <summary>Minor ticks of zero length would still be written to the SVG, one empty path each.</summary>
    private sealed class NoMinorTicks : IMinorTickGenerator
    {
        public static NoMinorTicks Instance { get; } = new();

        public IEnumerable<double> GetMinorTicks(double[] majorTicks, CoordinateRange visibleRange) => [];
    }
}
