using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>An objective's former URL (objectives/&lt;id&gt;/) sends the browser to its page when one period has that id.</summary>
public class FormerObjectiveUrlsTests
{
    private static Dictionary<string, string> Build(TempSite site)
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Root, Write: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }

    [Fact]
    public void The_former_url_of_an_id_one_period_has_redirects_to_its_page()
    {
        using var site = TempSite.CopyOf("northwind");

        var files = Build(site);

        var redirect = files["objectives/emea/index.html"];
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../../objectives/2026-Q3/emea/\">", redirect, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../objectives/2026-Q3/emea/\">", redirect, StringComparison.Ordinal);
        Assert.Contains("objectives/2026-Q3/emea/index.html", files.Keys);
        Assert.Contains("objectives/2026/grow/index.html", files.Keys);
        Assert.Contains("url=../../objectives/2026/grow/", files["objectives/grow/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_several_periods_use_gets_no_redirect()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "T", "asOf": "2026-08-15" }""")
            .File("content/okrs/2026-Q3/retention.md", "---\ntitle: Keep Q3\nkey_results:\n  - title: x\n    done: true\n---\n")
            .File("content/okrs/2026-Q4/retention.md", "---\ntitle: Keep Q4\nkey_results:\n  - title: x\n    done: false\n---\n")
            .File("content/okrs/2026-Q4/only.md", "---\ntitle: \"Only <one> & more\"\nkey_results:\n  - title: x\n    done: false\n---\n");

        var files = Build(site);

        Assert.DoesNotContain("objectives/retention/index.html", files.Keys);
        Assert.Contains("objectives/2026-Q3/retention/index.html", files.Keys);
        Assert.Contains("objectives/2026-Q4/retention/index.html", files.Keys);
        Assert.Contains("<title>Only &lt;one&gt; &amp; more</title>", files["objectives/only/index.html"], StringComparison.Ordinal);
    }
}
