using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OkrSite.Core.Load.Fields;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Config;

/// <summary>site.json checkIns: the check-ins CSV globs, the cadence and the low-confidence line.</summary>
internal static partial class SiteConfigLoader
{
    public static IReadOnlyList<string> CheckInKeys { get; } = ["files", "cadence", "lowConfidence"];

    /// <summary>The named cadences; a whole number of days is the other form.</summary>
    public static IReadOnlyList<(string Name, CheckInCadence Cadence)> CadenceValues { get; } =
        [("weekly", CheckInCadence.Weekly), ("biweekly", CheckInCadence.Biweekly), ("monthly", CheckInCadence.EveryMonth)];

    /// <summary>The longest cadence in days: a check-in less often than twice a year is no rhythm a report can flag.</summary>
    public const int MaxCadenceDays = 183;

    private sealed partial class Reader
    {
        private CheckInOptions CheckIns(IReadOnlyDictionary<string, string> dataFolders)
        {
            if (!root.TryGetProperty("checkIns", out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return CheckInOptions.Default;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                Invalid("checkIns", "checkIns must be an object such as { \"files\": [\"content/checkins/*.csv\"], \"cadence\": \"weekly\", \"lowConfidence\": 3 }");
                return CheckInOptions.Default;
            }

            WarnUnknown(element, "checkIns.", CheckInKeys);
            return new CheckInOptions(CheckInFiles(element, dataFolders), Cadence(element), LowConfidence(element));
        }

        private ImmutableArray<string> CheckInFiles(JsonElement element, IReadOnlyDictionary<string, string> dataFolders)
        {
            if (Field(element, "checkIns.files") is not { } files)
            {
                return CheckInOptions.DefaultFiles;
            }

            var globs = _fields.TextList(files, "a glob", "globs relative to site.json, such as [\"content/checkins/*.csv\"]");
            return files.IsScalar || files.Items.All(i => i.Shape == ValueShape.Quoted) ? Confined(globs, dataFolders) : CheckInOptions.DefaultFiles;
        }

        private CheckInCadence Cadence(JsonElement element)
        {
            if (Field(element, "checkIns.cadence") is not { } value)
            {
                return CheckInCadence.Weekly;
            }

            if (value.Shape == ValueShape.Number)
            {
                if (_fields.Number(value) is { } days && days == Math.Floor(days) && days is >= 1 and <= MaxCadenceDays)
                {
                    return new CheckInCadence((int)days);
                }

                Invalid("checkIns.cadence", string.Create(CultureInfo.InvariantCulture, $"checkIns.cadence {value.Text} must be a whole number of days from 1 to {MaxCadenceDays}, or \"weekly\", \"biweekly\" or \"monthly\""));
                return CheckInCadence.Weekly;
            }

            var text = _fields.Text(value);
            foreach (var (name, cadence) in CadenceValues)
            {
                if (string.Equals(text?.Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return cadence;
                }
            }

            if (text is not null)
            {
                Invalid("checkIns.cadence", $"checkIns.cadence '{text}' must be \"weekly\", \"biweekly\", \"monthly\" or a number of days such as 10{Suggest.DidYouMean(text, CadenceValues.Select(v => v.Name))}");
            }

            return CheckInCadence.Weekly;
        }

        private double LowConfidence(JsonElement element)
        {
            if (_fields.Number(Field(element, "checkIns.lowConfidence")) is not { } low)
            {
                return CheckInOptions.DefaultLowConfidence;
            }

            if (low is < 0 or >= 10)
            {
                Invalid("checkIns.lowConfidence", string.Create(CultureInfo.InvariantCulture, $"checkIns.lowConfidence {low} must be from 0 to below 10 (a confidence at or below it makes an on-track key result at risk)"));
                return CheckInOptions.DefaultLowConfidence;
            }

            return low;
        }
    }
}
