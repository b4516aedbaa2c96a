using OkrSite.Cli.Serve;

namespace OkrSite.Tests.Serve;

public class WatchFilterTests
{
    [Theory]
    [InlineData("site.json")]
    [InlineData("content/okrs/2026-Q3/grow.md")]
    [InlineData("content/data/sales.csv")]
    [InlineData("themes/default/layouts/base.html")]
    [InlineData("static/CNAME")]
    [InlineData("static/favicon.ico")]
    [InlineData("content")]
    [InlineData("content/okrs/2026")]
    [InlineData("content/okrs/5000.md")]
    [InlineData("charts/trend.svg")]
    public void An_edit_of_the_site_is_relevant(string path)
    {
        Assert.True(WatchFilter.IsRelevant(path));
    }

    [Theory]
    [InlineData("_site/index.html")]
    [InlineData("_site")]
    [InlineData(".okrsite-cache/charts/abc.svg")]
    [InlineData("_site.okrsite-tmp-1/index.html")]
    [InlineData("_site.okrsite-lock")]
    [InlineData(".git/index")]
    [InlineData("content/okrs/.grow.md.swp")]
    [InlineData("content/okrs/.grow.md.swx")]
    [InlineData("content/okrs/grow.md~")]
    [InlineData("content/okrs/4913")]
    [InlineData("content/okrs/5036")]
    [InlineData("content/okrs/.#grow.md")]
    [InlineData("content/okrs/#grow.md#")]
    [InlineData("content/data/.~lock.sales.csv#")]
    [InlineData("content/data/~$sales.xlsx")]
    [InlineData("content/okrs/grow.md___jb_tmp___")]
    [InlineData("content/okrs/grow.md.crswap")]
    [InlineData("content/.DS_Store")]
    [InlineData("content\\okrs\\grow.md.tmp")]
    [InlineData("")]
    public void Output_caches_version_control_and_editor_scratch_files_are_not(string path)
    {
        Assert.False(WatchFilter.IsRelevant(path));
    }
}
