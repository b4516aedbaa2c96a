using Markdig;
using Markdig.Syntax;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Publishing;

/// <summary>
/// Every YAML block of docs/publishing.md parses and follows the rules of the recipes (GitHub, GitLab, Azure), and
/// every okrsite command line in the publishing and getting-started docs parses.
/// </summary>
public class PublishingDocsTests
{
    public static TheoryData<string> Docs => ["docs/publishing.md", "docs/getting-started.md"];

    [Fact]
    public void Every_yaml_block_is_a_pipeline_that_follows_the_rules()
    {
        var kinds = new List<string>();
        foreach (var (block, line) in CodeBlocks("docs/publishing.md", "yaml"))
        {
            var where = $"docs/publishing.md, the YAML block at line {line}";
            var yaml = Yaml.Load(block);
            if (yaml.Has("jobs"))
            {
                CiRules.AssertWorkflow(yaml, where);
                kinds.Add("github");
            }
            else if (yaml.Has("image"))
            {
                CiRules.AssertGitLab(yaml, where);
                kinds.Add("gitlab");
            }
            else if (yaml.Has("pool"))
            {
                CiRules.AssertAzure(yaml, where);
                kinds.Add("azure");
            }
            else
            {
                Assert.Fail($"{where} is neither a GitHub workflow, a GitLab pipeline nor an Azure pipeline");
            }
        }

        Assert.Equal(["github", "github", "gitlab", "azure"], kinds);
    }

    [Fact]
    public void The_action_example_uses_the_action_with_inputs_it_declares()
    {
        var declared = Yaml.Load(File.ReadAllText(Path.Combine(Repository.Root, "action.yml"))).Get("inputs").Entries().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var workflow = Yaml.Load(CodeBlocks("docs/publishing.md", "yaml").First().Text);

        var uses = workflow.Get("jobs").Entries().SelectMany(j => j.Value.Get("steps").Items()).Where(s => s.Get("uses").Text()?.StartsWith("okrsite/okrsite@", StringComparison.Ordinal) == true).ToArray();

        Assert.Equal(2, uses.Length);
        Assert.All(uses.SelectMany(s => s.Get("with").Entries()), input => Assert.Contains(input.Key, declared));
    }

    [Theory]
    [MemberData(nameof(Docs))]
    public void Every_okrsite_command_line_in_a_shell_or_yaml_block_parses(string doc)
    {
        var lines = CodeBlocks(doc, "sh", "yaml").SelectMany(b => OkrsiteCommandLines.In(b.Text).Select(args => (args, b.Line))).ToArray();

        Assert.NotEmpty(lines);
        foreach (var (args, line) in lines)
        {
            OkrsiteCommandLines.AssertParses(args, $"{doc}, the block at line {line}");
        }
    }

    [Fact]
    public void The_base_url_table_covers_every_recipe()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs/publishing.md"));

        foreach (var target in new[] { "GitHub Pages, project site", "custom domain", "GitLab Pages", "nginx or IIS", "S3-compatible bucket" })
        {
            Assert.Contains(target, text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Text, int Line)> CodeBlocks(string doc, params string[] languages)
    {
        var markdown = Markdown.Parse(File.ReadAllText(Path.Combine(Repository.Root, doc)));
        return markdown.Descendants<FencedCodeBlock>()
            .Where(b => languages.Contains(b.Info))
            .Select(b => (string.Join('\n', b.Lines.Lines.Take(b.Lines.Count).Select(l => l.ToString())), b.Line + 1));
    }
}
