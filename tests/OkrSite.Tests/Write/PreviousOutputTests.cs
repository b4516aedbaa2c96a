using OkrSite.Core.Write;
using OkrSite.Tests.Support;
using OkrSite.Tests.Write.Hostile;

namespace OkrSite.Tests.Write;

public class PreviousOutputTests
{
    private static TempSite WithOutput(params string[] files)
    {
        var site = new TempSite();
        foreach (var file in files)
        {
            site.File("_site/" + file, file);
        }

        site.Bytes("_site/" + OutputMarker.FileName, OutputMarker.For(files).ToBytes());
        return site;
    }

    [Fact]
    public void A_missing_or_empty_folder_and_an_output_exactly_as_listed_may_be_replaced()
    {
        using var site = WithOutput("index.html", "kpis/a/index.html", "kpis/a/trend.svg");
        Assert.True(PreviousOutput.Inspect(site.Output).MayReplace);
        Assert.True(PreviousOutput.Inspect(Path.Combine(site.Root, "nothing")).MayReplace);
        Directory.CreateDirectory(Path.Combine(site.Root, "empty"));
        Assert.True(PreviousOutput.Inspect(Path.Combine(site.Root, "empty")).MayReplace);

        // A listed file someone deleted is nothing to protect.
        File.Delete(Path.Combine(site.Output, "kpis", "a", "trend.svg"));
        Assert.True(PreviousOutput.Inspect(site.Output).MayReplace);
    }

    [Fact]
    public void Every_entry_the_manifest_does_not_list_is_named()
    {
        using var site = WithOutput("index.html", "kpis/a/index.html");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        site.File("_site/notes.txt", "mine").File("_site/kpis/a/draft.md", "mine").File("_site/uploads/big.zip", "mine");
        Directory.CreateDirectory(Path.Combine(site.Output, "kpis", "empty"));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "photos"), precious.Folder);
        Precious.MakeFifo(Path.Combine(site.Output, "fifo"));

        var verdict = PreviousOutput.Inspect(site.Output);

        Assert.Null(verdict.Refusal);
        Assert.Equal(["fifo", "kpis/a/draft.md", "kpis/empty/", "notes.txt", "photos", "uploads/"], verdict.Foreign);
    }

    [Fact]
    public void A_listed_file_that_became_a_link_a_fifo_or_a_folder_is_not_ours_any_more()
    {
        using var site = WithOutput("index.html", "report.json", "a.svg");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        File.Delete(Path.Combine(site.Output, "index.html"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "index.html"), precious.AFile);
        File.Delete(Path.Combine(site.Output, "report.json"));
        Precious.MakeFifo(Path.Combine(site.Output, "report.json"));
        File.Delete(Path.Combine(site.Output, "a.svg"));
        Directory.CreateDirectory(Path.Combine(site.Output, "a.svg"));

        Assert.Equal(["a.svg/", "index.html", "report.json"], PreviousOutput.Inspect(site.Output).Foreign);

        // The quick look before the render stages: readdir's entry types tell every kind where they are read (Linux);
        // through the BCL it tells only links and folders, and the check before the swap the rest.
        string[] quick = OkrSite.Core.IO.NativeTree.Supported ? ["a.svg/", "index.html", "report.json"] : ["a.svg/", "index.html"];
        Assert.Equal(quick, PreviousOutput.Inspect(site.Output, fileTypes: false).Foreign);
    }

    [Theory]
    [InlineData(null, "it is not empty and it has no .okrsite-output marker, so OkrSite did not write it")]
    [InlineData("{ not json", "is damaged")]
    [InlineData("""{ "generator": "OkrSite", "format": 99, "files": [] }""", "was not written by this OkrSite")]
    [InlineData("""{ "generator": "Hugo", "format": 1, "files": [] }""", "was not written by this OkrSite")]
    [InlineData("""{ "generator": "OkrSite", "format": 1, "files": ["../../precious/thesis.docx"] }""", "was not written by this OkrSite")]
    public void A_folder_without_a_valid_marker_is_refused(string? marker, string expected)
    {
        using var site = new TempSite();
        site.File("_site/thesis.docx", "mine");
        if (marker is not null)
        {
            site.File("_site/.okrsite-output", marker);
        }

        var verdict = PreviousOutput.Inspect(site.Output);

        Assert.False(verdict.MayReplace);
        Assert.Contains(expected, verdict.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_of_an_older_okrsite_is_refused_with_a_message_to_delete_it_once()
    {
        using var site = new TempSite();
        site.File("_site/report.json", "{}").File("_site/index.html", "old");

        var verdict = PreviousOutput.Inspect(site.Output);

        Assert.Contains("written by an older OkrSite", verdict.Refusal, StringComparison.Ordinal);
        Assert.Contains("delete it once", verdict.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_or_a_link_at_the_output_path_is_refused()
    {
        using var site = new TempSite();
        site.File("out.txt", "mine");
        Assert.Contains("is a file, not a folder", PreviousOutput.Inspect(Path.Combine(site.Root, "out.txt")).Refusal, StringComparison.Ordinal);
    }
}
