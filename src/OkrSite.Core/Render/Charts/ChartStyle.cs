using OkrSite.Core.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace OkrSite.Core.Render.Charts;

/// <summary>The look shared by all charts: transparent background, axes, grid and text in the palette's colours.</summary>
internal static class ChartStyle
{
    public const float TickFontSize = 12;
    public const float NoteFontSize = 11;

    /// <summary>The width of the data area, roughly: the figure minus the value axis and the right margin.</summary>
    public static double DataWidth(int figureWidth) => figureWidth - 100;

    public static Color Of(string hex) => Color.FromHex(hex);

    public static Color StatusColor(Palette palette, Status status) => Of(status switch
    {
        Status.OnTrack => palette.Good,
        Status.AtRisk => palette.Warn,
        Status.OffTrack => palette.Bad,
        _ => palette.Accent,
    });

    public static Color HealthColor(Palette palette, KpiHealth health) => Of(health switch
    {
        KpiHealth.Healthy => palette.Good,
        KpiHealth.Warning => palette.Warn,
        KpiHealth.Critical => palette.Bad,
        _ => palette.Neutral,
    });

    /// <summary>Styles the frame of a new plot. Call after adding the plottables, before rendering.</summary>
    /// <param name="valueScale">The <see cref="ValueRange.Scale"/> of the plotted values, so that tick labels show the values themselves.</param>
    public static void Apply(Plot plot, Palette palette, string? valueLabel, double valueScale = 1)
    {
        var muted = Of(palette.Muted);
        var grid = Of(palette.Grid);

        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;

        plot.Grid.MajorLineColor = grid;
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;

        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontName = ChartFont.AsciiName; // numbers and invariant dates (a test checks they are ASCII)
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.Bold = false;
            axis.TickLabelStyle.ForeColor = muted;
            axis.MajorTickStyle.Color = grid;
            axis.MajorTickStyle.Length = 4;
            axis.MajorTickStyle.Width = 1;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = grid;
            axis.FrameLineStyle.Width = 1;
        }

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
        Func<double, string> label = valueScale == 1 ? ChartText.Tick : y => double.IsFinite(y * valueScale) ? ChartText.Tick(y * valueScale) : string.Empty;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = label, MinimumTickSpacing = 28, MinorTickGenerator = NoMinorTicks.Instance };
        var axisLabel = plot.Axes.Left.Label;
        axisLabel.Text = string.IsNullOrWhiteSpace(valueLabel) ? string.Empty : valueLabel.Trim();
        axisLabel.FontName = ChartFont.For(axisLabel.Text);
        axisLabel.FontSize = TickFontSize;
        axisLabel.Bold = false;
        axisLabel.ForeColor = muted;
        plot.Axes.Bottom.Label.Text = string.Empty;
    }

    /// <summary>Manual date ticks for the visible range, with vertical grid lines at each.</summary>
    public static void DateAxis(Plot plot, double xMin, double xMax, int figureWidth)
    {
        var first = DateTicks.DateAt(Math.Ceiling(xMin));
        var last = DateTicks.DateAt(Math.Floor(xMax));
        var ticks = DateTicks.For(first, last, DataWidth(figureWidth));
        var generator = new NumericManual();
        foreach (var (date, text) in ticks)
        {
            generator.AddMajor(DateTicks.X(date), text);
        }

        plot.Axes.Bottom.TickGenerator = generator;
        plot.Axes.SetLimitsX(xMin, xMax);
    }

    /// <summary>A small label in the data area, e.g. "target 78 %" above the left end of the target line.</summary>
    public static void Note(Plot plot, string text, double x, double y, Alignment alignment, Color color, float offsetX = 0)
    {
        var note = plot.Add.Text(text, x, y);
        note.LabelFontName = ChartFont.For(text);
        note.LabelFontSize = NoteFontSize;
        note.LabelFontColor = color;
        note.LabelBold = false;
        note.LabelAlignment = alignment;
        note.LabelPadding = 3;
        note.LabelOffsetX = offsetX;
    }

    /// <summary>Minor ticks of zero length would still be written to the SVG, one empty path each.</summary>
    private sealed class NoMinorTicks : IMinorTickGenerator
    {
        public static NoMinorTicks Instance { get; } = new();

        public IEnumerable<double> GetMinorTicks(double[] majorTicks, CoordinateRange visibleRange) => [];
    }
}
