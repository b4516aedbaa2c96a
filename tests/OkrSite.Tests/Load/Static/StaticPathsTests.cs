using OkrSite.Core.Load.Static;

namespace OkrSite.Tests.Load.Static;

public class StaticPathsTests
{
    [Theory]
    [InlineData("logo.svg")]
    [InlineData("img/brand/logo.png")]
    [InlineData(".well-known/x")]
    [InlineData("logo #1.svg")]
    public void A_path_inside_static_has_no_problem(string path)
    {
        Assert.Null(StaticPaths.Problem(path));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("/logo.svg")]
    [InlineData("..")]
    [InlineData("./logo.svg")]
    [InlineData("a/../../b")]
    [InlineData("a\\b")]
    [InlineData("a/")]
    [InlineData("a\u0001b")]
    public void A_path_that_could_leave_static_or_names_no_file_is_refused(string path)
    {
        Assert.NotNull(StaticPaths.Problem(path));
    }

    [Fact]
    public void Suggestion_prefers_a_file_of_the_same_name_then_the_nearest_path()
    {
        string[] files = ["brand/Logo.svg", "logo.png"];

        Assert.Equal("; did you mean 'brand/Logo.svg'?", StaticPaths.Suggestion("logo.svg", files));
        Assert.Equal("; did you mean 'logo.png'?", StaticPaths.Suggestion("logo.pgn", files));
        Assert.Equal(string.Empty, StaticPaths.Suggestion("totally-different.gif", files));
    }
}
