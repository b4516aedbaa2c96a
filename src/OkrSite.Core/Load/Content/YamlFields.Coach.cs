using OkrSite.Core.Model;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Core.Load.Content;

/// <summary>The <c>coach:</c> field of an objective, KPI or team: the file's switch for the coach's checks.</summary>
internal sealed partial class YamlFields
{
    public const string CoachField = "coach";

    /// <summary>The keys of the <c>coach:</c> mapping.</summary>
    public static IReadOnlyList<string> CoachFields { get; } = ["off"];

    /// <summary>
    /// <c>coach: off</c> (or false) switches every check off for this file, <c>coach: on</c> (or true) keeps them,
    /// <c>coach: { off: [OKR0501, business-as-usual] }</c> (or one name) switches off those. The names are kept as
    /// written, with positions: the coach stage, which knows the checks, reports one that names none.
    /// </summary>
    public CoachSwitch Coach()
    {
        if (!TryGet(CoachField, out var node))
        {
            return CoachSwitch.On;
        }

        const string expected = "off, on, or a mapping such as { off: [OKR0501, business-as-usual] }";
        switch (node)
        {
            case YamlScalarNode scalar:
                switch (scalar.Value?.Trim().ToLowerInvariant())
                {
                    case "off" or "false" or "no":
                        return CoachSwitch.AllChecksOff(ValueAt(CoachField));
                    case "on" or "true" or "yes":
                        return CoachSwitch.On;
                }

                WrongType(CoachField, node, expected);
                return CoachSwitch.On;
            case YamlMappingNode mapping:
                var inner = new YamlFields(mapping, _file, _lineOffset, _diagnostics);
                inner.WarnUnknown(CoachFields, "coach");
                return new CoachSwitch(false, [.. inner.StringOrList("off").Select(l => new CoachSwitchEntry(l.Value, l.At))]);
            default:
                WrongType(CoachField, node, expected);
                return CoachSwitch.On;
        }
    }
}
