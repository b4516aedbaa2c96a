using System.Collections.Immutable;
using OkrSite.Core.Load.Data;

namespace OkrSite.Tests.Load.Data;

public class DataGlobTests
{
    private static readonly ImmutableSortedDictionary<string, string> Exports = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("exports", "/srv/bi/exports")]);

    [Theory]
    [InlineData("../*.csv", "'..' segment")]
    [InlineData("content/../../*.csv", "'..' segment")]
    [InlineData("content/data/../../../etc/*.csv", "'..' segment")]
    [InlineData("/etc/*.csv", "absolute path")]
    [InlineData("/", "absolute path")]
    [InlineData("content\\data\\*.csv", "backslash")]
    [InlineData("..\\*.csv", "backslash")]
    [InlineData("exports:../*.csv", "'..' segment")]
    [InlineData("exports:/etc/*.csv", "absolute path")]
    [InlineData("other:*.csv", "names the data folder 'other', but dataFolders defines 'exports'")]
    [InlineData("C:/data/*.csv", "names the data folder 'C'")]
    public void A_glob_that_could_leave_its_folder_is_refused_from_its_text(string text, string reason)
    {
        Assert.Null(DataGlob.Parse(text, Exports, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/data/*.csv", null, "content/data", 1)]
    [InlineData("content/data/**/*.csv", null, "content/data", int.MaxValue)]
    [InlineData("content/data/sales.csv", null, "content/data", 1)]
    [InlineData("content/*/x.csv", null, "content", 2)]
    [InlineData("*.csv", null, "", 1)]
    [InlineData("./content/data/*.csv", null, "content/data", 1)]
    [InlineData("exports:*.csv", "exports", "", 1)]
    [InlineData("exports:2026/**/*.csv", "exports", "2026", int.MaxValue)]
    [InlineData("content/data/..x/*.csv", null, "content/data/..x", 1)]
    public void A_glob_inside_its_folder_names_where_to_list(string text, string? folder, string baseFolder, int depth)
    {
        var glob = DataGlob.Parse(text, Exports, out var problem);

        Assert.Null(problem);
        Assert.Equal((folder, baseFolder, depth), (glob!.Folder, glob.BaseFolder, glob.Depth));
    }
}
