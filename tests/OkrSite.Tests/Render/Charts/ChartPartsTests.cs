using OkrSite.Core.Render.Charts;

namespace OkrSite.Tests.Render.Charts;

public class ChartPartsTests
{
    [Theory]
    [InlineData(74.6, "74.6")]
    [InlineData(3.50, "3.5")]
    [InlineData(76.336956, "76.34")]
    [InlineData(12480, "12,480")]
    [InlineData(-0.001, "0")]
    [InlineData(-2.345, "-2.35")]
    [InlineData(0.005, "0.01")]
    public void Numbers_have_up_to_two_decimals_and_no_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, ChartText.Number(value));

    [Fact]
    public void Values_are_followed_by_their_unit() =>
        Assert.Equal(("74.6 %", "3.5"), (ChartText.Value(74.6, "%"), ChartText.Value(3.5, " ")));

    [Fact]
    public void A_quarter_has_ticks_on_the_first_and_fifteenth()
    {
        var ticks = DateTicks.For(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), 620);

        Assert.Equal(["1 Jul", "15 Jul", "1 Aug", "15 Aug", "1 Sep", "15 Sep"], ticks.Labels.Select(t => t.Text));
    }

    [Fact]
    public void A_month_is_labelled_in_the_middle_of_its_span_so_31_october_reads_as_october()
    {
        var ticks = DateTicks.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 620);
        var october = ticks.Labels.Single(l => l.Text == "Oct");
        var endOfOctober = DateTicks.X(new DateOnly(2026, 10, 31));

        // Lines at the first of each month; 31 Oct lies between the lines of 1 Oct and 1 Nov, the span labelled "Oct".
        Assert.Contains(new DateOnly(2026, 10, 1), ticks.Lines);
        Assert.Contains(new DateOnly(2026, 11, 1), ticks.Lines);
        Assert.Equal((DateTicks.X(new DateOnly(2026, 10, 1)) + DateTicks.X(new DateOnly(2026, 11, 1))) / 2, october.X);
        Assert.InRange(endOfOctober, DateTicks.X(new DateOnly(2026, 10, 1)), DateTicks.X(new DateOnly(2026, 11, 1)));
        var nearest = ticks.Labels.Where(l => l.X <= endOfOctober).MaxBy(l => l.X);
        Assert.Equal("Oct", nearest.Text);
    }

    [Fact]
    public void Steps_of_several_months_label_their_lines_with_the_date()
    {
        var ticks = DateTicks.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 300);

        Assert.Equal(ticks.Lines.Select(d => DateTicks.X(d)), ticks.Labels.Select(l => l.X));
        Assert.All(ticks.Labels, l => Assert.Matches(@"^1 [A-Z][a-z]{2}$", l.Text));
    }

    [Fact]
    public void A_year_has_a_tick_per_month()
    {
        var ticks = DateTicks.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 620);

        Assert.Equal(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], ticks.Labels.Select(t => t.Text));
    }

    [Fact]
    public void Across_a_new_year_january_shows_the_year()
    {
        var ticks = DateTicks.For(new DateOnly(2025, 9, 20), new DateOnly(2026, 6, 10), 620);

        // June is cut at the 10th, before its middle: a label there would stand under no June at all.
        Assert.Equal(["Oct", "Nov", "Dec", "2026", "Feb", "Mar", "Apr", "May"], ticks.Labels.Select(t => t.Text));
    }

    [Fact]
    public void A_few_weeks_have_weekly_ticks_on_mondays()
    {
        var ticks = DateTicks.For(new DateOnly(2026, 6, 25), new DateOnly(2026, 8, 5), 620);

        Assert.Equal(["29 Jun", "6 Jul", "13 Jul", "20 Jul", "27 Jul", "3 Aug"], ticks.Labels.Select(t => t.Text));
        Assert.All(ticks.Lines, d => Assert.Equal(DayOfWeek.Monday, d.DayOfWeek));
    }

    [Fact]
    public void Decades_have_yearly_ticks()
    {
        var ticks = DateTicks.For(new DateOnly(2010, 3, 1), new DateOnly(2026, 3, 1), 620);

        Assert.Equal(["2012", "2014", "2016", "2018", "2020", "2022", "2024", "2026"], ticks.Labels.Select(t => t.Text));
    }

    [Fact]
    public void Ticks_do_not_depend_on_where_the_range_starts()
    {
        var a = DateTicks.For(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 14), 620);
        var b = DateTicks.For(new DateOnly(2026, 7, 2), new DateOnly(2026, 7, 15), 620);

        Assert.Equal(["2 Jul", "4 Jul", "6 Jul", "8 Jul", "10 Jul", "12 Jul", "14 Jul"], a.Labels.Select(t => t.Text));
        Assert.Equal(a.Lines, b.Lines);
        Assert.Equal(a.Labels, b.Labels);
    }

    [Fact]
    public void The_embedded_font_is_dejavu_sans_and_scottplot_resolves_it_by_name()
    {
        var typeface = ChartFont.Typeface;

        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.Same(typeface, ScottPlot.Fonts.GetTypeface(ChartFont.Name, false, false));
        Assert.Equal(ChartFont.Name, ScottPlot.Fonts.Default);
    }

    [Fact]
    public void The_ascii_font_is_the_same_dejavu_sans_with_the_same_metrics_and_advances()
    {
        // Text written with the ASCII subset must lay out and print exactly as with the full subset.
        ChartFont.EnsureRegistered();
        Assert.Same(ChartFont.AsciiTypeface, ScottPlot.Fonts.GetTypeface(ChartFont.AsciiName, false, false));
        Assert.Equal(ChartFont.Typeface.FamilyName, ChartFont.AsciiTypeface.FamilyName);
        Assert.True(ChartFont.AsciiTypeface.GlyphCount < 200, "the ASCII subset is what makes Skia's SVG text cheap");

        using var full = new SkiaSharp.SKFont(ChartFont.Typeface, 12);
        using var ascii = new SkiaSharp.SKFont(ChartFont.AsciiTypeface, 12);
        Assert.Equal(full.Metrics, ascii.Metrics);
        var printable = new string([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)]);
        foreach (var text in printable.Select(c => c.ToString()).Append(printable).Append("target 12,480.5 clients"))
        {
            var fullWidth = full.MeasureText(text, out var fullBounds);
            var asciiWidth = ascii.MeasureText(text, out var asciiBounds);
            Assert.True(fullWidth == asciiWidth && fullBounds == asciiBounds, text);
            Assert.DoesNotContain((ushort)0, ascii.GetGlyphs(text));
        }
    }

    [Fact]
    public void The_common_font_is_the_same_dejavu_sans_with_the_same_metrics_and_advances_for_its_characters()
    {
        // Text written with the common subset must lay out and print exactly as with the full subset.
        ChartFont.EnsureRegistered();
        Assert.Same(ChartFont.CommonTypeface, ScottPlot.Fonts.GetTypeface(ChartFont.CommonName, false, false));
        Assert.Equal(ChartFont.Typeface.FamilyName, ChartFont.CommonTypeface.FamilyName);
        Assert.True(ChartFont.CommonTypeface.GlyphCount < 400, "the common subset is what makes Skia's SVG text with a minus or a '·' cheap");

        using var full = new SkiaSharp.SKFont(ChartFont.Typeface, 12);
        using var common = new SkiaSharp.SKFont(ChartFont.CommonTypeface, 12);
        Assert.Equal(full.Metrics, common.Metrics);
        var characters = Enumerable.Range(0, 0x2300).Select(c => ((char)c).ToString()).Where(c => ChartFont.IsCommon(c) && !ChartFont.IsPrintableAscii(c)).ToList();
        Assert.InRange(characters.Count, 120, 160);
        foreach (var text in characters.Append(string.Concat(characters)).Append("\u221212.5% · 31 Oct").Append("März … 4 €"))
        {
            var fullWidth = full.MeasureText(text, out var fullBounds);
            var commonWidth = common.MeasureText(text, out var commonBounds);
            Assert.True(fullWidth == commonWidth && fullBounds == commonBounds, text);
            Assert.Equal(full.GetGlyphs(text).Select(g => g == 0), common.GetGlyphs(text).Select(g => g == 0));
        }

        Assert.DoesNotContain((ushort)0, common.GetGlyphs("\u2212·…–—€°äöüß×"));
    }

    [Fact]
    public void Negative_ticks_and_the_latest_value_label_are_written_with_the_common_font()
    {
        // The typographic minus of every negative tick and the '·' of the latest value's label: most charts have one.
        var format = ChartFormat.English;
        Assert.Contains('\u2212', format.Tick(-2.5));
        Assert.Equal(ChartFont.CommonName, ChartFont.For(format.Tick(-12345.678901) + format.Tick(1.5e20)));
        Assert.Equal(ChartFont.CommonName, ChartFont.For(format.Text("charts.latest", format.Value(-75.8, "%"), format.ShortDate(new DateOnly(2026, 10, 31)))));
    }

    [Theory]
    [InlineData("target 78 %", ChartFont.AsciiName)]
    [InlineData("as of Nov 16", ChartFont.AsciiName)]
    [InlineData("", ChartFont.AsciiName)]
    [InlineData("target 78 €", ChartFont.CommonName)]
    [InlineData("°C", ChartFont.CommonName)]
    [InlineData("75.8% · 31 Oct", ChartFont.CommonName)]
    [InlineData("\u22122.5", ChartFont.CommonName)]
    [InlineData("tab\there", ChartFont.Name)]
    [InlineData("цель 78", ChartFont.Name)]
    [InlineData("₹ 12", ChartFont.Name)]
    public void Text_is_written_with_the_smallest_font_that_has_all_its_characters(string text, string font) =>
        Assert.Equal(font, ChartFont.For(text));

    [Fact]
    public void Tick_labels_are_always_printable_ascii()
    {
        // Both axes draw their tick labels with the ASCII font without looking at them.
        var values = new[] { 0, -0.0, 1e-6, -1e-6, 0.125, -2.5, 12480, -1234567.891, 1e15, -1e15, 74.60000001 };
        Assert.All(values, v => Assert.True(ChartFont.IsPrintableAscii(ChartText.Tick(v)), ChartText.Tick(v)));

        var spans = new[] { 10, 40, 120, 400, 1500, 8000, 40_000 };
        var labels = spans.SelectMany(days => DateTicks.For(new DateOnly(1999, 12, 20), new DateOnly(1999, 12, 20).AddDays(days), 620).Labels.Select(t => t.Text)).ToList();
        Assert.Contains("2000", labels);
        Assert.Contains(labels, label => label.EndsWith(" Dec", StringComparison.Ordinal));
        Assert.All(labels, label => Assert.True(ChartFont.IsPrintableAscii(label), label));
    }

    [Fact]
    public void Registering_the_font_from_many_threads_registers_it_once()
    {
        Parallel.For(0, 32, _ => ChartFont.EnsureRegistered());

        Assert.Single(ScottPlot.Fonts.FontResolvers, r => r.CreateTypeface(ChartFont.Name, false, false) is not null && r.GetType().DeclaringType == typeof(ChartFont));
    }

    [Fact]
    public void Svg_cleaning_renumbers_clips_rounds_geometry_and_leaves_out_what_the_style_sheet_says()
    {
        const string Skia = """
            <?xml version="1.0" encoding="utf-8" ?>
            <svg xmlns="http://www.w3.org/2000/svg" width="720" height="300">
            <clipPath id="cl_1f"><rect x="51.708984" y="15" width="-0.001" height="257.03125"/></clipPath>
            <g clip-path="url(#cl_1f)"><path stroke="#FD0001" stroke-opacity="0.098039217" stroke-width="1" stroke-miterlimit="4" d="M674.509 255.268L-.005 1e-05"/></g>
            <text transform="matrix(0 -1 1 0 4 143.516)" font-size="12" font-family="DejaVu Sans" x="-7.6347656, " y="1.4296875, ">-2.345 &amp; 1.5</text>
            </svg>
            """;

        var clean = ChartSvg.Clean(Skia, 720, 300);

        var prefix = System.Text.RegularExpressions.Regex.Match(clean, "id=\"(c[0-9a-f]{8}-)0\"").Groups[1].Value;
        Assert.Equal($$"""
            <?xml version="1.0" encoding="utf-8" ?>
            <svg xmlns="http://www.w3.org/2000/svg" width="720" height="300" viewBox="0 0 720 300">
            <clipPath id="{{prefix}}0"><rect x="51.7" y="15" width="0" height="257"/></clipPath>
            <g clip-path="url(#{{prefix}}0)"><path stroke="#FD0001" stroke-opacity="0.098039217" d="M674.5 255.3L0 0"/></g>
            <text transform="matrix(0 -1 1 0 4 143.5)" font-size="12" x="-3.8" y="1.4">-2.345 &amp; 1.5</text>
            </svg>

            """, clean);
        Assert.Equal(clean, ChartSvg.Clean(Skia.Replace("cl_1f", "cl_2a", StringComparison.Ordinal), 720, 300));
    }

    [Fact]
    public void A_texts_translate_is_added_to_its_x_and_y_in_tenths_and_other_transforms_stay()
    {
        var skia = """
            <svg width="10" height="10">
            <text class="fm" transform="translate(99.4375 358.04)" font-size="12" font-family="DejaVu Sans" x="-16.0625, -8.43, " y="8.4102, ">6 Oct</text>
            <text transform="translate(41.87 233.85)" font-size="12" x="1e-05, " y="1.43, ">0</text>
            <text transform="matrix(0 -1 1 0 4 143.516)" font-size="12" x="-7.63, " y="1.43, ">%</text>
            <path transform="translate(3 4)" d="M1 2L3 4"/>
            </svg>
            """;

        var clean = ChartSvg.Clean(skia, 10, 10);

        // translate(99.4 358) and x -16.1, y 8.4: the same point as 83.3, 366.4 (sums of the rounded tenths), and x
        // moves on to the middle of the span the glyphs cover: 7.6 from the first glyph to the last, plus the advance
        // of "t" (4.7), is 12.3 wide, so 6.2 on.
        Assert.Contains("<text class=\"fm\" font-size=\"12\" x=\"89.5\" y=\"366.4\">6 Oct</text>", clean, StringComparison.Ordinal);
        Assert.Contains(" y=\"366.4\">6 Oct</text>", clean, StringComparison.Ordinal);
        Assert.Contains("transform=\"translate(41.9 233.9)\"", clean, StringComparison.Ordinal); // an exponent: left as it was
        Assert.Contains("transform=\"matrix(0 -1 1 0 4 143.5)\"", clean, StringComparison.Ordinal);
        Assert.Contains("<path transform=\"translate(3 4)\"", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void A_texts_glyph_positions_become_the_middle_of_the_span_they_cover()
    {
        // "12": Skia's x of each glyph; the width is the last x minus the first plus the advance of "2" in DejaVu Sans.
        using var font = new SkiaSharp.SKFont(ChartFont.Typeface, 12) { Subpixel = true, LinearMetrics = true, Hinting = SkiaSharp.SKFontHinting.None };
        var advance = font.MeasureText("2");
        Assert.Equal(1303 / 2048.0 * 12, advance, 3); // DejaVu Sans's "2", unhinted, as ScottPlot places glyphs
        var skia = "<svg width=\"10\" height=\"10\">\n\t<text font-size=\"12\" font-family=\"DejaVu Sans\" x=\"-15.27, -7.63, \" y=\"1.43, \">\n\t\t12\n\t</text>\n</svg>";

        var clean = ChartSvg.Clean(skia, 10, 10);

        // The span: -15.3 to -15.3 + 15.3 (7.64 + 7.64, in tenths 153); its middle, -15.3 + 7.7, is where the style
        // sheet anchors the text. A short text has no textLength: a fallback font moves its ends around the middle.
        Assert.Equal(153, Math.Round((-7.63 + 15.27 + advance) * 10, MidpointRounding.AwayFromZero));
        Assert.Contains("<text font-size=\"12\" x=\"-7.6\" y=\"1.4\">12</text>", clean, StringComparison.Ordinal);
        Assert.Equal(2 * advance, font.MeasureText("12"), 3); // DejaVu's digits are all as wide: 2 × "2" is what Skia measured
    }

    [Fact]
    public void A_text_longer_than_a_ticks_label_keeps_its_dejavu_width_so_no_fallback_font_runs_it_past_the_plots_edge()
    {
        using var font = new SkiaSharp.SKFont(ChartFont.Typeface, 12) { Subpixel = true, LinearMetrics = true, Hinting = SkiaSharp.SKFontHinting.None };
        var advance = font.MeasureText("%");
        var skia = "<svg width=\"10\" height=\"10\">\n<text font-size=\"12\" x=\"100, 150.04, \" y=\"20, \">target 35.1%</text>\n</svg>";

        var clean = ChartSvg.Clean(skia, 10, 10);

        var width = (long)Math.Round((50.04 + advance) * 10, MidpointRounding.AwayFromZero); // 50.04 + 11.4 ("%"): 614 tenths
        Assert.Equal(614, width);
        Assert.Contains("<text font-size=\"12\" x=\"130.7\" textLength=\"61.4\" y=\"20\">target 35.1%</text>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_whose_width_cannot_be_known_starts_at_its_x_as_skia_drew_it()
    {
        // No font size: no advance to measure, so no middle; the text says it is anchored at its start.
        var clean = ChartSvg.Clean("<svg width=\"10\" height=\"10\">\n<text x=\"12.34, 20, \" y=\"5, \">ab</text>\n</svg>", 10, 10);

        Assert.Contains("<text x=\"12.3\" text-anchor=\"start\" y=\"5\">ab</text>", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // in whole tenths, for a path drawn at scale(.1)
    public void A_path_of_lines_is_written_relative_and_lands_on_the_rounded_absolute_points(bool tenths)
    {
        var random = new Random(20261201);
        for (var round = 0; round < 500; round++)
        {
            var points = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (X: random.NextDouble() * 960 - 20, Y: random.NextDouble() * 380, Move: random.Next(5) == 0)).ToList();
            var skia = string.Concat(points.Select((p, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(i == 0 || p.Move ? "M" : "L")}{(float)p.X} {(float)p.Y}")));
            if (random.Next(4) == 0)
            {
                skia += "Z";
            }

            var output = new System.Buffers.ArrayBufferWriter<byte>();
            ChartSvg.AppendPath(output, System.Text.Encoding.ASCII.GetBytes(skia), tenths);
            var compact = System.Text.Encoding.ASCII.GetString(output.WrittenSpan);

            Assert.True(!tenths || !compact.Contains('.', StringComparison.Ordinal), compact);
            Assert.Equal(Absolute(Rounded(skia)), [.. Absolute(compact).Select(p => tenths ? (p.X / 10, p.Y / 10, p.Command) : p)]);
        }
    }

    [Fact]
    public void A_line_of_daily_values_is_a_quarter_shorter_written_relative()
    {
        var skia = "M43.24 314.75" + string.Concat(Enumerable.Range(1, 90).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"L{43.24 + (i * 9.79):0.##} {300 + (10 * Math.Sin(i)):0.##}")));
        var output = new System.Buffers.ArrayBufferWriter<byte>();

        ChartSvg.AppendPath(output, System.Text.Encoding.ASCII.GetBytes(skia));

        Assert.InRange(output.WrittenCount, 1, Rounded(skia).Length * 3 / 4);
        Assert.Equal(Absolute(Rounded(skia)), Absolute(System.Text.Encoding.ASCII.GetString(output.WrittenSpan)));
    }

    [Fact]
    public void A_long_solid_path_is_drawn_in_whole_tenths_at_a_tenth_of_the_scale_and_a_dashed_or_short_one_is_not()
    {
        var line = "M43.24 314.75" + string.Concat(Enumerable.Range(1, 90).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"L{43.24 + (i * 9.79):0.##} {300 + (10 * Math.Sin(i)):0.##}")));
        string Path(string stroke, string width, string d) => ChartSvg.Clean($"<svg width=\"960\" height=\"380\">\n<path fill=\"none\" stroke=\"{stroke}\"{width} d=\"{d}\"/>\n</svg>", 960, 380);

        var solid = Path("#FD0001", " stroke-width=\"2\"", line);
        var thin = Path("#FD000C", string.Empty, line);
        var dashed = Path(ChartCss.Key(ChartRole.Plan, ChartDash.Dashed), " stroke-width=\"1.5\"", line);
        var tick = Path("#FD000C", string.Empty, "M50.5 10.5L46.5 10.5");
        var widthAfter = ChartSvg.Clean($"<svg width=\"960\" height=\"380\">\n<path fill=\"none\" stroke=\"#FD0001\" d=\"{line}\" stroke-width=\"2\"/>\n</svg>", 960, 380);

        Assert.Matches("<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"20\" d=\"M432 3148l98[^.\"]*\" transform=\"scale\\(\\.1\\)\"/>", solid);
        Assert.Matches("<path fill=\"none\" stroke=\"#FD000C\" d=\"M432 3148[^.\"]*\" transform=\"scale\\(\\.1\\)\" stroke-width=\"10\"/>", thin);
        Assert.Matches("stroke-width=\"1.5\" d=\"M43.2 314.8l9.8", dashed);
        Assert.DoesNotContain("scale", dashed, StringComparison.Ordinal);
        Assert.Contains("d=\"M50.5 10.5h-4\"/>", tick, StringComparison.Ordinal);
        Assert.DoesNotContain("scale", widthAfter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_with_curves_is_only_rounded()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        ChartSvg.AppendPath(output, "M1.234 2.345Q3.456 4.567 5.678 6.789L7.891 8.912"u8);

        Assert.Equal("M1.2 2.3Q3.5 4.6 5.7 6.8L7.9 8.9", System.Text.Encoding.ASCII.GetString(output.WrittenSpan));
    }

    /// <summary>Every number of a path rounded as the cleaning rounds it, commands as they are.</summary>
    private static string Rounded(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"-?\d+(\.\d+)?(e-?\d+)?", m => Rounded(m.Value, fast: false));

    /// <summary>The absolute points of a path of M, L, H, V, Z (either case), in tenths, with the moves marked.</summary>
    private static List<(long X, long Y, char Command)> Absolute(string path)
    {
        var result = new List<(long, long, char)>();
        long x = 0, y = 0, startX = 0, startY = 0;
        char command = 'M';
        var tokens = System.Text.RegularExpressions.Regex.Matches(path, @"[MLHVZmlhvz]|-?\d+(\.\d+)?|-?\.\d+").Select(m => m.Value).ToList();
        var i = 0;
        long Next() => (long)Math.Round(double.Parse(tokens[i++], System.Globalization.CultureInfo.InvariantCulture) * 10);
        var afterMove = false;
        while (i < tokens.Count)
        {
            if (char.IsLetter(tokens[i][0]))
            {
                command = tokens[i++][0];
                afterMove = false;
                if (command is 'Z' or 'z')
                {
                    (x, y) = (startX, startY);
                    result.Add((x, y, 'Z'));
                    continue;
                }
            }

            var c = afterMove ? (char.IsUpper(command) ? 'L' : 'l') : command;
            switch (c)
            {
                case 'M': (x, y) = (Next(), Next()); break;
                case 'L': (x, y) = (Next(), Next()); break;
                case 'm': x += Next(); y += Next(); break;
                case 'l': x += Next(); y += Next(); break;
                case 'h': x += Next(); break;
                case 'v': y += Next(); break;
                case 'H': x = Next(); break;
                case 'V': y = Next(); break;
            }

            var move = c is 'M' or 'm';
            if (move)
            {
                (startX, startY) = (x, y);
            }

            result.Add((x, y, move ? 'M' : 'L'));
            afterMove = move;
        }

        return result;
    }

    [Fact]
    public void The_fast_svg_number_rounding_matches_the_runtimes_parse_round_and_format()
    {
        // The fast path must give the bytes double.Parse, Math.Round(2, AwayFromZero) and "0.##" give: Skia's floats
        // as it writes them, decimals that end in 5 just past the second decimal, big and tiny values.
        var random = new Random(20251124);
        var numbers = new List<string>();
        for (var i = 0; i < 200_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-4, 12));
            var value = (float)((random.NextDouble() - 0.3) * magnitude);
            numbers.Add(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            numbers.Add(((double)value).ToString("0.########", System.Globalization.CultureInfo.InvariantCulture));
            numbers.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{random.Next(-100_000, 100_000)}.{random.Next(0, 100):00}5"));
            numbers.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{random.Next(-100_000, 100_000)}.{random.Next(0, 10)}5"));
            numbers.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{random.Next(0, 1000)}.{random.Next(0, 1000):000}"));
        }

        foreach (var number in numbers.Where(n => !n.Contains('E', StringComparison.Ordinal)))
        {
            Assert.True(Rounded(number, fast: true) == Rounded(number, fast: false), number);
        }
    }

    [Fact]
    public void Clip_id_prefixes_hash_the_text_as_utf16_as_they_always_have()
    {
        // The prefix is FNV-1a over the UTF-16 code units of the cleaned text with the ids marked, so the ids of a chart
        // do not change with how the text is held (a string before, UTF-8 bytes now), non-ASCII text included.
        const string Skia = "<svg width=\"720\" height=\"300\"><clipPath id=\"cl_7\"/><text x=\"1.234\">€ 12 ü 𝄞</text></svg>";

        var clean = ChartSvg.Clean(Skia, 720, 300);

        var prefix = System.Text.RegularExpressions.Regex.Match(clean, "id=\"(c[0-9a-f]{8}-)0\"").Groups[1].Value;
        var marked = clean.Replace(prefix, "\u0001", StringComparison.Ordinal);
        var hash = 2166136261u;
        foreach (var c in marked)
        {
            hash = (hash ^ (byte)c) * 16777619u;
            hash = (hash ^ (byte)(c >> 8)) * 16777619u;
        }

        Assert.Equal($"c{hash:x8}-", prefix);
        Assert.Contains("€ 12 ü 𝄞", clean, StringComparison.Ordinal);
    }

    private static string Rounded(string number, bool fast)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>(16);
        var bytes = System.Text.Encoding.ASCII.GetBytes(number);
        if (fast)
        {
            ChartSvg.AppendRoundedNumber(output, bytes, exponent: number.Contains('e', StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            ChartSvg.AppendRoundedSlow(output, bytes);
        }

        return System.Text.Encoding.ASCII.GetString(output.WrittenSpan);
    }

    [Fact]
    public void Key_colours_become_classes_and_id_marks_the_prefix()
    {
        var svg = "<clipPath id=\"\u00010\"/><g clip-path=\"url(#\u00010)\" stroke=\"#FD0001\">ü #FD00 #FD0009#FD0001</g>";

        Assert.Equal("<clipPath id=\"c0123abcd-0\"/><g clip-path=\"url(#c0123abcd-0)\" class=\"sa\">ü #FD00 #FD0009#FD0001</g>", ChartCss.Paint(svg, "c0123abcd-"));
    }

    [Fact]
    public void An_element_with_a_key_fill_and_a_key_stroke_gets_one_class_attribute()
    {
        Assert.Equal(
            "<path class=\"sa fl\" stroke-width=\"2\" d=\"M0 0\"/><rect fill=\"#FD00FF\"/><text class=\"fm\">x</text>",
            ChartCss.Paint("<path stroke=\"#FD0001\" stroke-width=\"2\" fill=\"#FD000C\" d=\"M0 0\"/><rect fill=\"#FD00FF\"/><text fill=\"#FD000B\">x</text>"));
    }

    [Fact]
    public void A_dashed_stroke_key_becomes_its_role_and_its_dash_class()
    {
        var svg = $"<path stroke=\"{ChartCss.Key(ChartRole.Plan, ChartDash.Dashed)}\" d=\"M0 0\"/><path stroke=\"{ChartCss.Key(ChartRole.Muted, ChartDash.Dotted)}\"/><rect fill=\"#FD0102\"/>";

        Assert.Equal("<path class=\"sp ds\" d=\"M0 0\"/><path class=\"sm dt\"/><rect fill=\"#FD0102\"/>", ChartCss.Paint(svg));
    }

    [Fact]
    public void The_style_sheet_holds_only_the_classes_used()
    {
        var used = default(ChartCss.Used).With(ChartRole.Actual, stroke: true, ChartDash.Solid).With(ChartRole.Plan, stroke: true, ChartDash.Dashed);

        var css = ChartCss.Style(used, "wide", "narrow", 600, "9/5");

        Assert.Contains(".sa{stroke:#0072b2}", css, StringComparison.Ordinal);
        Assert.Contains(".sa{stroke:#56b4e9}", css, StringComparison.Ordinal);
        Assert.Contains(".ds{stroke-dasharray:10 10}", css, StringComparison.Ordinal);
        Assert.DoesNotContain(".fa", css, StringComparison.Ordinal);
        Assert.DoesNotContain(".sh", css, StringComparison.Ordinal);
        Assert.DoesNotContain(".dt{", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Classes_of_one_colour_share_a_rule_and_stroke_classes_leave_the_fill_to_a_fill_class()
    {
        var used = default(ChartCss.Used).With(ChartRole.Target, stroke: false, ChartDash.Solid).With(ChartRole.Text, stroke: false, ChartDash.Solid)
            .With(ChartRole.Grid, stroke: true, ChartDash.Solid).With(ChartRole.Actual, stroke: true, ChartDash.Solid);

        var css = ChartCss.Style(used, "wide", "narrow", 600, "9/5");

        // Target and text are both the text colour; the stroked elements lose Skia's fill="none" (Paint) to this rule, placed before any fill class's.
        Assert.Contains(".ft,.fx{fill:" + OkrSite.Core.Render.Palette.Light.Text + "}", css, StringComparison.Ordinal);
        Assert.Contains(".ft,.fx{fill:" + OkrSite.Core.Render.Palette.Dark.Text + "}", css, StringComparison.Ordinal);
        Assert.True(css.IndexOf(".sa,.sl{fill:none}", StringComparison.Ordinal) is >= 0 and var none && none < css.IndexOf(".ft,", StringComparison.Ordinal));
        Assert.Equal("<path class=\"sl\" d=\"M0 0\"/><path fill=\"none\" d=\"M1 1\"/>", ChartCss.Paint("<path fill=\"none\" stroke=\"#FD000C\" d=\"M0 0\"/><path fill=\"none\" d=\"M1 1\"/>"));
    }

    [Fact]
    public void The_style_sheet_has_every_role_in_light_and_in_dark_and_switches_the_drawings()
    {
        var css = ChartCss.Style("wide", "narrow", 600, "9/5");
        var dark = css.IndexOf("@media (prefers-color-scheme:dark){", StringComparison.Ordinal);

        Assert.True(dark > 0);
        foreach (var role in Enum.GetValues<ChartRole>())
        {
            var (light, darkColour) = ChartCss.Colours(role);
            Assert.Equal("fill:" + light, SvgAssert.Declaration(css[..dark], ChartCss.FillClass(role)));
            Assert.Equal("stroke:" + darkColour, SvgAssert.Declaration(css[dark..], ChartCss.StrokeClass(role)));
        }

        Assert.Contains(".narrow{display:none}", css, StringComparison.Ordinal);
        Assert.Contains("@media (max-width:599px),(max-aspect-ratio:9/5){.wide{display:none}.narrow{display:inline}}", css, StringComparison.Ordinal);
    }
}
