using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html;

namespace OkrSite.Tests.Load.Content;

/// <summary>The load-time depth check and the renderer agree: what passes the check renders, what fails it is an error.</summary>
public class MarkdownDepthTests
{
    public static TheoryData<string, int> Nestings { get; } = Build();

    [Theory]
    [MemberData(nameof(Nestings))]
    public void A_body_that_passes_the_check_renders_with_html_allowed_or_not(string kind, int depth)
    {
        var body = Nested(kind, depth);
        var bag = new DiagnosticBag();

        var passes = MarkdownDepth.Check("content/teams/x.md", new MarkdownText(body, 4), bag);

        if (passes)
        {
            Assert.NotNull(new MarkdownRenderer(allowHtml: false).Render(body).Html);
            Assert.NotNull(new MarkdownRenderer(allowHtml: true).Render(body).Html);
        }
        else
        {
            Assert.Equal("content/teams/x.md(4,1): error OKR0120", Assert.Single(bag.ToSortedList()).ToString()[..38]);
        }

        // Every kind passes at a nesting people write; nesting kinds fail from the limit on (brackets without links
        // are text, and fail only in the hundred thousands, when Markdig's bracket parser nests).
        Assert.True(depth > 16 || passes);
        Assert.False(kind != "brackets" && depth > MarkdownDepth.MaxDepth && passes);
    }

    [Theory]
    [InlineData("Plain prose, with a comma and a full stop.", false)]
    [InlineData("Ünïcödé prose – with “typographic” quotes … and no ASCII marks beyond a few, is cheap.", false)]
    [InlineData(">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", false)] // 63 '>': cannot reach 64 levels
    [InlineData(">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>", true)] // 64
    [InlineData("- a\n  - b\n    - c", false)]
    public void Only_a_body_with_as_many_punctuation_marks_as_the_limit_is_parsed_at_load(string body, bool parsed) =>
        Assert.Equal(parsed, MarkdownDepth.CanNestDeeply(body));

    [Fact]
    public void The_renderer_bounds_its_own_recursion_for_bodies_that_skip_the_check()
    {
        // Markdig refuses the tree beyond its limit (128) instead of recursing into it: no stack overflow, even on a
        // thread with a small stack. The load-time check keeps such bodies from the renderer altogether.
        Exception? thrown = null;
        var thread = new Thread(() => thrown = Record.Exception(() => new MarkdownRenderer(allowHtml: false).Render(new string('>', 100_000))), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.IsType<ArgumentException>(thrown);
    }

    private static string Nested(string kind, int depth) => kind switch
    {
        "quotes" => new string('>', depth) + " x\n",
        "lists" => string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
        "brackets" => new string('[', depth) + "x" + new string(']', depth) + "\n",
        _ => string.Concat(Enumerable.Repeat("*a ", depth)) + "x" + string.Concat(Enumerable.Repeat(" a*", depth)) + "\n",
    };

    private static TheoryData<string, int> Build()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in new[] { "quotes", "lists", "brackets", "emphasis" })
        {
            foreach (var depth in new[] { 1, 16, 30, 63, 64, 65, 100, 127, 128, 129, 640, 10_000 })
            {
                data.Add(kind, depth);
            }
        }

        return data;
    }
}
