using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Core.Load.Content;

/// <summary>
/// Typed access to one YAML mapping of front matter. Every wrong type becomes a diagnostic at the value's
/// line and column (shifted by where the front matter starts in the file), and the value is treated as absent,
/// so one pass reports every problem of a file.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode mapping, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
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

    public string? String(string key)
    {
        if (!TryGet(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value?.Trim();
        }

        WrongType(key, node, "text");
        return null;
    }

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

    public double? Number(string key)
    {
        if (!TryGet(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            switch (ParseNumber(text, out var value))
            {
                case NumberParseStatus.Number:
                    return value;
                case NumberParseStatus.OutOfRange:
                    _diagnostics.Add(Codes.WrongType, At(node), $"{key} must be a number, but is '{text}', which is too large to be one");
                    return null;
                case NumberParseStatus.TooSmall:
                    _diagnostics.Add(Codes.WrongType, At(node), $"{key} must be a number, but is '{text}', which is nearer to 0 than the smallest number (5e-324) and would read as 0; write 0 if it is 0");
                    return null;
                case NumberParseStatus.NotANumber when text.Contains(',', StringComparison.Ordinal):
                    _diagnostics.Add(Codes.WrongType, At(node), $"{key} must be a number, but is '{text}'; front matter uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write {DecimalPoint(text)}");
                    return null;
            }
        }

        WrongType(key, node, "a number");
        return null;
    }

    public bool? Bool(string key)
    {
        if (!TryGet(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
            }
        }

        WrongType(key, node, "true or false");
        return null;
    }

    public T? Choice<T>(string key, string what)
        where T : struct, Enum
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        _diagnostics.Add(Codes.InvalidChoice, ValueAt(key), $"{key} '{text}' of {what} is not one of: {allowed}");
        return null;
    }

    /// <summary>A single text or a list of texts (aligns_to: a, or aligns_to: [a, b]).</summary>
    public ImmutableArray<Located<string>> StringOrList(string key)
    {
        if (!TryGet(key, out var node))
        {
            return [];
        }

        if (node is YamlScalarNode { Value: { } one })
        {
            return string.IsNullOrWhiteSpace(one) ? [] : [new Located<string>(one.Trim(), At(node))];
        }

        if (node is YamlSequenceNode sequence)
        {
            var items = ImmutableArray.CreateBuilder<Located<string>>();
            foreach (var item in sequence)
            {
                if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                {
                    items.Add(new Located<string>(text.Trim(), At(item)));
                }
                else if (!IsNull(item))
                {
                    _diagnostics.Add(Codes.WrongType, At(item), $"each entry of '{key}' must be an id, not a {Describe(item)}");
                }
            }

            return items.ToImmutable();
        }

        WrongType(key, node, "an id or a list of ids");
        return [];
    }

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

    internal static bool TryParseNumber(string text, out double value) => ParseNumber(text, out value) == NumberParseStatus.Number;

    /// <summary>
    /// The same rule as CSV data (<see cref="NumberParser"/> with '.' as the decimal separator): a trailing '%' is a unit,
    /// and ',' is accepted only between groups of three digits, so "99,9" is an error rather than 999 as .NET's
    /// AllowThousands would read it. '_' is YAML 1.1's digit separator (1_000). A missing marker ("-", "n/a") is no
    /// number here: a field that has no value is left out.
    /// </summary>
    private static NumberParseStatus ParseNumber(string text, out double value)
    {
        var status = NumberParser.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), '.', out value);
        return status == NumberParseStatus.Missing ? NumberParseStatus.NotANumber : status;
    }

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

    /// <summary>"99,9" as "99.9": the fix the message suggests for a decimal comma; other text is shown as it is.</summary>
    private static string DecimalPoint(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Count(c => c == ',') == 1 && !trimmed.Contains('.', StringComparison.Ordinal) ? $"'{trimmed.Replace(',', '.')}'" : "the number with '.' for decimals";
    }

    private void WrongType(string key, YamlNode node, string expected)
    {
        var found = node is YamlScalarNode { Value: { } text } ? $"'{text}'" : $"a {Describe(node)}";
        _diagnostics.Add(Codes.WrongType, At(node), $"{key} must be {expected}, but is {found}");
    }

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
