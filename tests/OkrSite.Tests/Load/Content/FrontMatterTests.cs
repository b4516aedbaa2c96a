using OkrSite.Core.Load.Content;

namespace OkrSite.Tests.Load.Content;

public class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_and_body_with_their_first_lines()
    {
        var split = FrontMatter.Split("---\ntitle: A\nteam: b\n---\n# Body\n\ntext\n");

        Assert.Equal("title: A\nteam: b\n", split.Yaml);
        Assert.Equal(2, split.YamlLine);
        Assert.Equal("# Body\n\ntext\n", split.Body);
        Assert.Equal(5, split.BodyLine);
    }

    [Fact]
    public void Accepts_crlf_a_bom_and_a_closing_ellipsis()
    {
        var split = FrontMatter.Split("\uFEFF---\r\ntitle: A\r\n...\r\nBody");

        Assert.Equal("title: A\r\n", split.Yaml);
        Assert.Equal("Body", split.Body);
    }

    [Fact]
    public void A_file_without_a_fence_has_no_front_matter()
    {
        var split = FrontMatter.Split("# Just Markdown\n");

        Assert.False(split.Found);
        Assert.Equal("# Just Markdown\n", split.Body);
    }

    [Fact]
    public void A_missing_closing_fence_is_unterminated()
    {
        var split = FrontMatter.Split("---\ntitle: A\n");

        Assert.True(split.Unterminated);
    }
}
