using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Core.Render.Text;

/// <summary>
/// Reads one interface-text file (themes/default/i18n/&lt;language&gt;.yaml): a flat mapping of dotted keys to a
/// text, or to plural forms <c>{ one: "...", other: "..." }</c>. Pure: the text in, entries and problems out.
/// </summary>
internal static class TextResource
{
    public sealed record Problem(int Line, string Message);

    public sealed record Parsed(IReadOnlyDictionary<string, TextEntry> Entries, IReadOnlyList<Problem> Problems);

    public static Parsed Parse(string file, string text)
    {
        var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problems.Add(new((int)ex.Start.Line, $"not valid YAML: {Inner(ex).Message}"));
            return new(entries, problems);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new(entries, problems);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(Line(stream.Documents[0].RootNode), "the file must be a mapping of keys to texts, one 'key: \"text\"' per line"));
            return new(entries, problems);
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var line = Line(keyNode);
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                problems.Add(new(line, "a key must be plain text such as 'dashboard.behind'"));
                continue;
            }

            if (entries.TryGetValue(key, out var first))
            {
                problems.Add(new(line, $"the key '{key}' is given twice (first on line {first.Line}); remove one"));
                continue;
            }

            if (Entry(file, key, value, line, problems) is { } entry)
            {
                entries[key] = entry;
            }
        }

        return new(entries, problems);
    }

    private static TextEntry? Entry(string file, string key, YamlNode value, int line, List<Problem> problems)
    {
        switch (value)
        {
            case YamlScalarNode scalar:
                return Format(key, scalar, problems) is { } text ? new TextEntry(key, text, null, file, line) : null;
            case YamlMappingNode forms:
                YamlScalarNode? one = null, other = null;
                foreach (var (formNode, formValue) in forms.Children)
                {
                    var form = (formNode as YamlScalarNode)?.Value;
                    if (formValue is not YamlScalarNode scalarForm || form is not ("one" or "other"))
                    {
                        problems.Add(new(Line(formNode), $"'{key}' has the plural form '{form}': a plural is {{ one: \"{{0}} objective\", other: \"{{0}} objectives\" }}, each a text"));
                        return null;
                    }

                    if (form == "one")
                    {
                        one = scalarForm;
                    }
                    else
                    {
                        other = scalarForm;
                    }
                }

                if (one is null || other is null)
                {
                    problems.Add(new(line, $"'{key}' needs both plural forms, one and other: {{ one: \"{{0}} objective\", other: \"{{0}} objectives\" }}"));
                    return null;
                }

                var oneFormat = Format(key, one, problems);
                var otherFormat = Format(key, other, problems);
                return oneFormat is null || otherFormat is null ? null : new TextEntry(key, otherFormat, oneFormat, file, line);
            default:
                problems.Add(new(line, $"'{key}' must be a text in quotes, or plural forms {{ one: \"...\", other: \"...\" }}"));
                return null;
        }
    }

    private static CompositeFormat? Format(string key, YamlScalarNode scalar, List<Problem> problems)
    {
        try
        {
            return CompositeFormat.Parse(scalar.Value ?? string.Empty);
        }
        catch (FormatException)
        {
            problems.Add(new(Line(scalar), $"the text of '{key}' has a brace that is not a placeholder: write {{0}}, {{1}} for the values and {{{{ or }}}} for a brace itself"));
            return null;
        }
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static Exception Inner(Exception ex) => ex.InnerException is YamlException inner ? inner : ex;
}
