using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OkrSite.Core.Load.Content;

/// <summary>
/// Checks front matter with YamlDotNet's event parser (a loop, not recursion) before the node tree is built, because
/// the tree's own code recurses: front matter nested thousands deep, or a list used as a key, overflows the stack
/// and kills the process, which no catch can stop. Front matter needs neither, nor anchors and aliases (&amp;x, *x).
/// </summary>
internal static class YamlGuard
{
    public const int MaxDepth = 32;

    private const string NoAliases = "anchors and aliases (&name, *name) are not supported; write the value out";

    /// <summary>The first problem found, with its position in the YAML text, or null.</summary>
    public static (string Message, Mark At)? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<Container>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias alias)
            {
                return (NoAliases, alias.Start);
            }

            if (current is NodeEvent node)
            {
                var isKey = open.TryPeek(out var parent) && parent.IsMapping && parent.ExpectKey;
                if (parent is { IsMapping: true })
                {
                    parent.ExpectKey = !parent.ExpectKey;
                }

                if (!node.Anchor.IsEmpty)
                {
                    return (NoAliases, node.Start);
                }

                if (node is MappingStart or SequenceStart)
                {
                    if (isKey)
                    {
                        return ("a key must be a plain name such as 'title', not a list or a mapping", node.Start);
                    }

                    if (open.Count >= MaxDepth)
                    {
                        return ($"the front matter is nested more than {MaxDepth} levels deep", node.Start);
                    }

                    open.Push(new Container(node is MappingStart));
                }
            }
            else if (current is MappingEnd or SequenceEnd)
            {
                open.Pop();
            }
        }

        return null;
    }

    private sealed class Container(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectKey { get; set; } = true;
    }
}
