using YamlDotNet.RepresentationModel;

namespace OkrSite.Tests.Publishing;

/// <summary>Reading CI files with YamlDotNet's representation model: the node tree as written, no schema of our own.</summary>
internal static class Yaml
{
    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlNode? node) =>
        node is YamlMappingNode mapping ? mapping.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? string.Empty, c.Value)) : [];

    public static bool Has(this YamlNode? node, string key) => node.Get(key) is not null;

    /// <summary>Every scalar under <paramref name="node"/>, keys and values, in document order.</summary>
    public static IEnumerable<string> Scalars(this YamlNode? node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))),
        _ => [],
    };

    /// <summary>A sequence of scalars or a single scalar (YAML allows both for branches, paths, types).</summary>
    public static string[] TextList(this YamlNode? node) => node is YamlScalarNode scalar ? [scalar.Value ?? string.Empty] : [.. node.Items().Select(i => i.Text() ?? string.Empty)];
}
