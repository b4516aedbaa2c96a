using System.Text.Json;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Write;

namespace OkrSite.Tests.Pipeline;

/// <summary>A build record's stamps, kept as a binary list, read back exactly as written, and a damaged list is no list.</summary>
public class RecordStampsTests
{
    private static readonly JsonSerializerOptions Options = BuildRecordJson.Default.Options;

    [Fact]
    public void Output_stamps_round_trip_with_the_root_folder_other_kinds_large_inodes_and_non_ascii_paths()
    {
        IReadOnlyList<StampedPath> stamps =
        [
            new("", 'd', 4096, 1_796_314_708_124_235_634, 12_976_925),
            new("kpis/größe-€/index.html", 'f', 0, -1, ulong.MaxValue),
            new("gone", '-', -1, 0, 0),
        ];

        var json = JsonSerializer.Serialize(stamps, Options);
        var back = JsonSerializer.Deserialize<IReadOnlyList<StampedPath>>(json, Options);

        Assert.StartsWith("\"", json, StringComparison.Ordinal);
        Assert.Equal(stamps, back);
    }

    [Fact]
    public void Input_files_round_trip_with_their_hash_and_racy_flag()
    {
        IReadOnlyList<FileInput> files =
        [
            new("/site/content/okrs/q3.md", 1_728_706, 1_796_303_293_810_077_910, 11_765_270, "6038085d79726c839c0a39b3a81f141d") { Racy = true },
            new("/site/site.json", 195, 1, 2, "00000000000000000000000000000000"),
        ];

        var back = JsonSerializer.Deserialize<IReadOnlyList<FileInput>>(JsonSerializer.Serialize(files, Options), Options)!;

        Assert.Equal(files, back);
        Assert.True(back[0].Racy);
        Assert.False(back[1].Racy);
    }

    [Theory]
    [InlineData("\"not base64!\"")]
    [InlineData("\"AQAAAA==\"")] // one entry announced, none there
    [InlineData("\"/////w==\"")] // a negative count
    [InlineData("[]")]
    public void A_damaged_list_is_refused_not_read_as_something_else(string json)
    {
        var error = Record.Exception(() => JsonSerializer.Deserialize<IReadOnlyList<StampedPath>>(json, Options));

        Assert.True(error is JsonException or FormatException or EndOfStreamException, error?.GetType().Name);
    }
}
