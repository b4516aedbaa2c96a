using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Fields;
using OkrSite.Core.Model;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Core.Load.Content;

/// <summary>
/// Typed access to one YAML mapping of front matter. Each value becomes a <see cref="FieldValue"/> at its line and
/// column (shifted by where the front matter starts in the file), read by the <see cref="FieldReader"/> that
/// site.json shares: every wrong type is a diagnostic and the value is treated as absent, so one pass reports
/// every problem of a file.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly FieldReader _reader;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode mapping, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _reader = new FieldReader(FieldFormat.FrontMatter, diagnostics);
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
            _entries.TryAdd(name, (key, value));
        }
    }

    /// <summary>Where the mapping itself starts.</summary>
    public SourceSpan Start => At(_mapping);

    public bool Has(string key) => _entries.ContainsKey(key) && !IsNull(_entries[key].Value);

    public SourceSpan At(string key) => _entries.TryGetValue(key, out var entry) ? At(entry.Key) : Start;

    public SourceSpan ValueAt(string key) => _entries.TryGetValue(key, out var entry) ? At(entry.Value) : Start;

    public SourceSpan At(YamlNode node) =>
        new(_file, (int)node.Start.Line + _lineOffset - 1, (int)node.Start.Column);

    public void WarnUnknown(IReadOnlyCollection<string> known, string what)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (!known.Contains(name))
            {
                _diagnostics.Add(Codes.UnknownField, At(key), $"unknown field '{name}' in {what} is ignored{Suggest.DidYouMean(name, known)}");
            }
        }
    }

    public string? String(string key) => _reader.Text(Value(key));

    public string? RequiredString(string key, string what)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (!_entries.ContainsKey(key) || IsNull(_entries[key].Value) || _entries[key].Value is YamlScalarNode)
            {
                _diagnostics.Add(Codes.RequiredField, _entries.ContainsKey(key) ? At(key) : Start, $"{what} needs a '{key}'");
            }

            return null;
        }

        return value;
    }

    public Located<string>? Reference(string key)
    {
        var value = String(key);
        return string.IsNullOrEmpty(value) ? null : new Located<string>(value, ValueAt(key));
    }

    public double? Number(string key) => _reader.Number(Value(key));

    public bool? Bool(string key) => _reader.Bool(Value(key));

    public Period? Period(string key) => _reader.Period(Value(key));

    public DateOnly? Date(string key) => _reader.Date(Value(key));

    public T? Choice<T>(string key, string what)
        where T : struct, Enum => _reader.Choice<T>(Value(key), what);

    /// <summary>A single text or a list of texts (aligns_to: a, or aligns_to: [a, b]).</summary>
    public ImmutableArray<Located<string>> StringOrList(string key) => _reader.TextList(Value(key), "an id", "ids");

    /// <summary>The mappings of a list of mappings (key_results), or null when the key is absent or not a list.</summary>
    public IReadOnlyList<YamlFields>? Mappings(string key, string itemWhat)
    {
        if (!TryGet(key, out var node))
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, $"a list of {itemWhat}s (lines starting with '- ')");
            return null;
        }

        var result = new List<YamlFields>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(new YamlFields(mapping, _file, _lineOffset, _diagnostics));
            }
            else
            {
                _diagnostics.Add(Codes.WrongType, At(item), $"each entry of '{key}' must be a {itemWhat} with fields such as 'title:', not a {Describe(item)}");
            }
        }

        return result;
    }

    /// <summary>The value of <paramref name="key"/> as the shared reader takes it; null when absent or null.</summary>
    private FieldValue? Value(string key) => TryGet(key, out var node) ? Value(key, node) : null;

    private FieldValue Value(string key, YamlNode node) => node switch
    {
        YamlScalarNode scalar => new FieldValue(key, IsNull(scalar) ? null : scalar.Value, scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any ? ValueShape.Plain : ValueShape.Quoted, At(node)),
        YamlSequenceNode sequence => new FieldValue(key, null, ValueShape.List, At(node)) { Items = [.. sequence.Select(item => Value(key, item))] },
        _ => new FieldValue(key, null, ValueShape.Mapping, At(node)),
    };

    private bool TryGet(string key, out YamlNode node)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            node = entry.Value;
            return true;
        }

        node = null!;
        return false;
    }

    private void WrongType(string key, YamlNode node, string expected) => _reader.WrongType(Value(key, node), expected);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping of fields",
        YamlSequenceNode => "list",
        _ => "value",
    };
}
