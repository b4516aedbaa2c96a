using OkrSite.Core.Model;
using OkrSite.Core.Render.Html;

namespace OkrSite.Tests.Render.Html;

public class DataTableTests
{
    private static readonly DataPoint[] Plain = [new(new DateOnly(2025, 9, 30), 28.6), new(new DateOnly(2025, 10, 31), 30)];

    [Fact]
    public void A_row_is_its_cells_only_the_date_text_and_the_formatted_value()
    {
        var html = DataTable.Html(Plain, "%").Html;

        Assert.Contains("<tbody><tr><td>30 Sep 2025<td>28.6%<tr><td>31 Oct 2025<td>30%</tbody>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-label", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"num\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<time", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_note_the_table_has_no_note_column()
    {
        var html = DataTable.Html(Plain, null).Html;

        Assert.Contains("<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Value</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"data series\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void With_one_note_every_row_has_a_note_cell_and_notes_are_escaped()
    {
        var html = DataTable.Html([Plain[0], new(new DateOnly(2025, 10, 31), 30, "<b>launch</b> & more")], null).Html;

        Assert.Contains("<th scope=\"col\">Note</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<td>28.6<td><tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td>30<td>&lt;b&gt;launch&lt;/b&gt; &amp; more</tbody>", html, StringComparison.Ordinal);
    }
}
