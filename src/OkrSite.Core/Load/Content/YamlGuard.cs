using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OkrSite.Core.Load.Content;

/// <summary>
/// Checks front matter event by event as YamlDotNet's parser (a loop, not recursion) produces it, before the node
/// tree sees the event, because the tree's own code recurses: front matter nested thousands deep, or a list used as
/// a key, overflows the stack and kills the process, which no catch can stop. Front matter needs neither, nor anchors
/// and aliases (&amp;x, *x). The guard wraps the parser the tree is loaded from, so every file is parsed once.
/// </summary>
internal sealed class YamlGuard(IParser inner) : IParser
{
    public const int MaxDepth = 32;

    private const string NoAliases = "anchors and aliases (&name, *name) are not supported; write the value out";

    private readonly Stack<Container> _open = new();

    public ParsingEvent? Current => inner.Current;

    /// <exception cref="Violation">The next event breaks a rule of front matter.</exception>
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        if (current is AnchorAlias alias)
        {
            throw new Violation(NoAliases, alias.Start);
        }

        if (current is NodeEvent node)
        {
            var isKey = _open.TryPeek(out var parent) && parent.IsMapping && parent.ExpectKey;
            if (parent is { IsMapping: true })
            {
                parent.ExpectKey = !parent.ExpectKey;
            }

            if (!node.Anchor.IsEmpty)
            {
                throw new Violation(NoAliases, node.Start);
            }

            if (node is MappingStart or SequenceStart)
            {
                if (isKey)
                {
                    throw new Violation("a key must be a plain name such as 'title', not a list or a mapping", node.Start);
                }

                if (_open.Count >= MaxDepth)
                {
                    throw new Violation($"the front matter is nested more than {MaxDepth} levels deep", node.Start);
                }

                _open.Push(new Container(node is MappingStart));
            }
        }
        else if (current is MappingEnd or SequenceEnd)
        {
            _open.Pop();
        }

        return true;
    }

    /// <summary>Front matter that YAML allows and OkrSite does not; thrown before the event reaches the node tree.</summary>
    public sealed class Violation(string message, Mark at) : Exception(message)
    {
        public Mark At { get; } = at;
    }

    private sealed class Container(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectKey { get; set; } = true;
    }
}
