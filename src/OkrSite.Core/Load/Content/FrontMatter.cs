namespace OkrSite.Core.Load.Content;

/// <summary>
/// Splits a content file into its YAML front matter (between a first line '---' and the next '---' or '...')
/// and its Markdown body, keeping the line numbers both start on.
/// </summary>
internal sealed record FrontMatter(string? Yaml, int YamlLine, string Body, int BodyLine, bool Unterminated)
{
    public bool Found => Yaml is not null;

    public static FrontMatter Split(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLineEnd = LineEnd(text, 0, out var next);
        if (!IsFence(text.AsSpan(0, firstLineEnd), allowDots: false))
        {
            return new FrontMatter(null, 0, text, 1, false);
        }

        var yamlStart = next;
        var line = 2;
        var position = next;
        while (position < text.Length)
        {
            var end = LineEnd(text, position, out var after);
            if (IsFence(text.AsSpan(position, end - position), allowDots: true))
            {
                return new FrontMatter(text[yamlStart..position], 2, text[after..], line + 1, false);
            }

            position = after;
            line++;
        }

        return new FrontMatter(text[yamlStart..], 2, string.Empty, line, true);
    }

    private static int LineEnd(string text, int start, out int next)
    {
        var newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            next = text.Length;
            return text.Length;
        }

        next = newline + 1;
        return newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd();
        return trimmed.SequenceEqual("---") || (allowDots && trimmed.SequenceEqual("..."));
    }
}
