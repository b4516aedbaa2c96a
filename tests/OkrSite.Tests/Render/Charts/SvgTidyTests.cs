using System.Buffers;
using System.Text;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Tests.Render.Charts;

public class SvgTidyTests
{
    private static string Tidy(string svg)
    {
        var output = new ArrayBufferWriter<byte>();
        SvgTidy.Tidy(Encoding.UTF8.GetBytes(svg), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    [Fact]
    public void Clip_paths_of_the_same_rectangle_become_one_and_their_groups_one_group()
    {
        const string Skia = "<svg>\n"
            + "\t<clipPath id=\"cl_4\">\n\t\t<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n\t</clipPath>\n"
            + "\t<g clip-path=\"url(#cl_4)\">\n\t\t<path fill=\"none\" stroke=\"#FD000C\" d=\"M1 2L1 9\"/>\n\t</g>\n"
            + "\t<clipPath id=\"cl_5\">\n\t\t<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n\t</clipPath>\n"
            + "\t<g clip-path=\"url(#cl_5)\">\n\t\t<text x=\"0, \" y=\"1, \">\n\t\t\tlabel\n\t\t</text>\n\t</g>\n"
            + "\t<path fill=\"none\" stroke=\"#FD000C\" d=\"M0 0L5 0\"/>\n"
            + "\t<clipPath id=\"cl_6\">\n\t\t<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n\t</clipPath>\n"
            + "\t<g clip-path=\"url(#cl_6)\">\n\t\t<ellipse cx=\"1\"/>\n\t</g>\n"
            + "</svg>\n";

        Assert.Equal(
            "<svg>\n<clipPath id=\"cl_4\">\n<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n</clipPath>\n"
            + "<g clip-path=\"url(#cl_4)\">\n<path fill=\"none\" stroke=\"#FD000C\" d=\"M1 2L1 9\"/>\n<text x=\"0, \" y=\"1, \">label</text>\n</g>\n"
            + "<path fill=\"none\" stroke=\"#FD000C\" d=\"M0 0L5 0\"/>\n"
            + "<g clip-path=\"url(#cl_4)\">\n<ellipse cx=\"1\"/>\n</g>\n</svg>\n",
            Tidy(Skia));
    }

    [Fact]
    public void Another_rectangle_keeps_its_own_clip_path()
    {
        const string Skia = "<clipPath id=\"cl_1\">\n<rect width=\"3\"/>\n</clipPath>\n<g clip-path=\"url(#cl_1)\">\n<path d=\"M0 0\"/>\n</g>\n"
            + "<clipPath id=\"cl_2\">\n<rect width=\"4\"/>\n</clipPath>\n<g clip-path=\"url(#cl_2)\">\n<ellipse/>\n</g>\n";

        var tidy = Tidy(Skia);

        Assert.Contains("<clipPath id=\"cl_2\">", tidy, StringComparison.Ordinal);
        Assert.Equal(2, tidy.Split("</g>").Length - 1);
    }

    [Fact]
    public void Consecutive_paths_that_differ_only_in_their_data_become_one()
    {
        const string Skia = "<path fill=\"none\" stroke=\"#FD000C\" d=\"M1 0L1 9\"/>\n<path fill=\"none\" stroke=\"#FD000C\" d=\"M2 0L2 9\"/>\n"
            + "<path fill=\"none\" stroke=\"#FD0001\" d=\"M3 0L3 9\"/>\n"
            + "<path fill=\"#FD0004\" fill-opacity=\"0.13\" d=\"M0 0L9 0L9 9Z\"/>\n<path fill=\"#FD0004\" fill-opacity=\"0.13\" d=\"M0 0L9 0L9 9Z\"/>\n";

        Assert.Equal(
            "<path fill=\"none\" stroke=\"#FD000C\" d=\"M1 0L1 9M2 0L2 9\"/>\n<path fill=\"none\" stroke=\"#FD0001\" d=\"M3 0L3 9\"/>\n"
            + "<path fill=\"#FD0004\" fill-opacity=\"0.13\" d=\"M0 0L9 0L9 9Z\"/>\n<path fill=\"#FD0004\" fill-opacity=\"0.13\" d=\"M0 0L9 0L9 9Z\"/>\n",
            Tidy(Skia));
    }

    [Fact]
    public void A_path_joins_the_one_before_it_across_a_merged_group_boundary_but_not_across_another_element()
    {
        const string Skia = "<clipPath id=\"cl_1\">\n<rect width=\"3\"/>\n</clipPath>\n<g clip-path=\"url(#cl_1)\">\n<path fill=\"none\" stroke=\"#FD000C\" d=\"M1 0L1 9\"/>\n</g>\n"
            + "<clipPath id=\"cl_2\">\n<rect width=\"3\"/>\n</clipPath>\n<g clip-path=\"url(#cl_2)\">\n<path fill=\"none\" stroke=\"#FD000C\" d=\"M2 0L2 9\"/>\n</g>\n"
            + "<path fill=\"none\" stroke=\"#FD000C\" d=\"M3 0L3 9\"/>\n";

        Assert.Equal(
            "<clipPath id=\"cl_1\">\n<rect width=\"3\"/>\n</clipPath>\n<g clip-path=\"url(#cl_1)\">\n<path fill=\"none\" stroke=\"#FD000C\" d=\"M1 0L1 9M2 0L2 9\"/>\n</g>\n"
            + "<path fill=\"none\" stroke=\"#FD000C\" d=\"M3 0L3 9\"/>\n",
            Tidy(Skia));
    }

    [Fact]
    public void An_unfilled_butt_capped_path_of_no_length_is_left_out_but_a_round_dot_is_kept()
    {
        const string Skia = "<path fill=\"none\" stroke=\"#FD000C\" d=\"M93.3 356L93.3 356\"/>\n<text>5 Oct</text>\n"
            + "<path fill=\"none\" stroke=\"#FD0001\" stroke-linecap=\"round\" d=\"M4 5L4 5\"/>\n";

        // At the top level (the axes) the texts follow the paths.
        Assert.Equal("<path fill=\"none\" stroke=\"#FD0001\" stroke-linecap=\"round\" d=\"M4 5L4 5\"/>\n<text>5 Oct</text>\n", Tidy(Skia));
    }

    [Fact]
    public void A_text_of_several_lines_keeps_its_inner_line_breaks()
    {
        Assert.Equal("<text x=\"0\">one\ntwo</text>\n", Tidy("<text x=\"0\">\n\t\tone\n\t\ttwo\n\t</text>\n"));
    }

    [Fact]
    public void At_the_top_level_a_path_joins_a_like_path_across_texts_and_texts_of_one_fill_become_a_group()
    {
        // The value axis: a tick, its label, the next tick, its label; then a text of another fill.
        const string Skia = "<path fill=\"none\" stroke=\"#FD000C\" d=\"M50 10L46 10\"/>\n<text fill=\"#FD000B\" x=\"1, \">\n\t10\n</text>\n"
            + "<path fill=\"none\" stroke=\"#FD000C\" d=\"M50 20L46 20\"/>\n<text fill=\"#FD000B\" x=\"1, \">20</text>\n<text fill=\"#FD000A\" x=\"2, \">note</text>\n";

        Assert.Equal(
            "<path fill=\"none\" stroke=\"#FD000C\" d=\"M50 10L46 10M50 20L46 20\"/>\n"
            + "<g fill=\"#FD000B\">\n<text x=\"1, \">10</text>\n<text x=\"1, \">20</text>\n</g>\n<text fill=\"#FD000A\" x=\"2, \">note</text>\n",
            Tidy(Skia));
    }

    [Fact]
    public void In_a_group_a_text_between_like_paths_keeps_them_apart()
    {
        // In the data area a label may cross a line: the order they are painted in shows there.
        const string Skia = "<g clip-path=\"url(#cl_1)\">\n<path fill=\"none\" stroke=\"#FD0003\" d=\"M0 10L9 10\"/>\n<text fill=\"#FD0003\">a</text>\n"
            + "<path fill=\"none\" stroke=\"#FD0003\" d=\"M0 20L9 20\"/>\n</g>\n";

        Assert.Equal(Skia, Tidy(Skia));
    }

    [Fact]
    public void A_lines_dots_become_a_marker_on_its_vertices()
    {
        const string Skia = "<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"2\" stroke-miterlimit=\"4\" d=\"M1 2L3 4L5 6\"/>\n"
            + "<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"6\" stroke-linecap=\"round\" stroke-miterlimit=\"4\" d=\"M1 2L1 2M3 4L3 4M5 6L5 6\"/>\n";

        Assert.Equal(
            "<marker id=\"mk_0\" overflow=\"visible\"><circle r=\"1.5\" fill=\"#FD0001\"/></marker>\n"
            + "<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"2\" stroke-miterlimit=\"4\" style=\"marker:url(#mk_0)\" d=\"M1 2L3 4L5 6\"/>\n",
            Tidy(Skia));
    }

    [Theory]
    [InlineData("M1 2L1 2M3 4L3 4")]                   // a vertex without its dot
    [InlineData("M1 2L1 2M3 4L3 4M5 6L5 6M7 8L7 8")]   // a dot off the line
    [InlineData("M1 2L1 2M5 6L5 6M3 4L3 4")]           // another order
    public void Dots_that_are_not_the_lines_vertices_stay_a_path(string dots)
    {
        var skia = "<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"2\" d=\"M1 2L3 4L5 6\"/>\n"
            + $"<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"6\" stroke-linecap=\"round\" d=\"{dots}\"/>\n";

        Assert.Equal(skia, Tidy(skia));
    }

    [Fact]
    public void Dots_of_another_role_stay_a_path()
    {
        var skia = "<path fill=\"none\" stroke=\"#FD0001\" stroke-width=\"2\" d=\"M1 2L3 4\"/>\n"
            + "<path fill=\"none\" stroke=\"#FD0002\" stroke-width=\"6\" stroke-linecap=\"round\" d=\"M1 2L1 2M3 4L3 4\"/>\n";

        Assert.Equal(skia, Tidy(skia));
    }
}
