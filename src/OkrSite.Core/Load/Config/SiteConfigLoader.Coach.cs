using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OkrSite.Core.Load.Fields;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Config;

/// <summary>site.json coach: the OKR coach's thresholds and site-wide switches.</summary>
internal static partial class SiteConfigLoader
{
    public static IReadOnlyList<string> CoachKeys { get; } = ["off", "strict", "keyResults", "objectivesPerTeam", "kpisPerTeam", "alerts", "scores", "confidence", "businessAsUsual"];

    public static IReadOnlyList<string> CoachKeyResultsKeys { get; } = ["min", "max"];

    public static IReadOnlyList<string> CoachAlertsKeys { get; } = ["change"];

    public static IReadOnlyList<string> CoachScoresKeys { get; } = ["high", "low"];

    public static IReadOnlyList<string> CoachConfidenceKeys { get; } = ["low", "high"];

    private sealed partial class Reader
    {
        private CoachOptions Coach()
        {
            var options = CoachOptions.Default;
            if (!root.TryGetProperty("coach", out var coach) || coach.ValueKind == JsonValueKind.Null)
            {
                return options;
            }

            if (coach.ValueKind != JsonValueKind.Object)
            {
                Invalid("coach", "coach must be an object such as { \"keyResults\": { \"min\": 2, \"max\": 5 }, \"off\": [\"OKR0505\"] }");
                return options;
            }

            WarnUnknown(coach, "coach.", CoachKeys);
            var off = Field(coach, "coach.off") is { } list ? _fields.TextList(list, "a check's code or name", "codes or names such as [\"OKR0505\", \"lagging-kpi\"]") : [];
            options = options with
            {
                Off = [.. off.Select(o => new CoachSwitchEntry(o.Value, o.At))],
                Strict = _fields.Bool(Field(coach, "coach.strict")) ?? false,
                ObjectivesPerTeam = Count(coach, "coach.objectivesPerTeam") ?? options.ObjectivesPerTeam,
                KpisPerTeam = Count(coach, "coach.kpisPerTeam") ?? options.KpisPerTeam,
            };

            if (Field(coach, "coach.businessAsUsual") is { } words)
            {
                options = options with { BusinessAsUsual = [.. _fields.TextList(words, "a word", "words such as [\"maintain\", \"keep\"]").Select(w => w.Value)] };
            }

            if (Section(coach, "keyResults", CoachKeyResultsKeys, "{ \"min\": 2, \"max\": 5 }") is { } keyResults)
            {
                var min = Count(keyResults, "coach.keyResults.min") ?? options.MinKeyResults;
                var max = Count(keyResults, "coach.keyResults.max") ?? options.MaxKeyResults;
                if (min > max)
                {
                    Invalid("coach.keyResults", string.Create(CultureInfo.InvariantCulture, $"coach.keyResults needs min <= max, but min is {min} and max is {max}"));
                }
                else
                {
                    options = options with { MinKeyResults = min, MaxKeyResults = max };
                }
            }

            if (Section(coach, "alerts", CoachAlertsKeys, "{ \"change\": 0.2 }") is { } alerts && Fraction(alerts, "coach.alerts.change", percent: true) is { } change)
            {
                options = options with { AlertChange = change };
            }

            if (Section(coach, "scores", CoachScoresKeys, "{ \"high\": 0.9, \"low\": 0.3 }") is { } scores)
            {
                var high = Fraction(scores, "coach.scores.high", percent: false) ?? options.HighScore;
                var low = Fraction(scores, "coach.scores.low", percent: false) ?? options.LowScore;
                if (low >= high)
                {
                    Invalid("coach.scores", string.Create(CultureInfo.InvariantCulture, $"coach.scores needs low < high, but low is {low} and high is {high}"));
                }
                else
                {
                    options = options with { HighScore = high, LowScore = low };
                }
            }

            if (Section(coach, "confidence", CoachConfidenceKeys, "{ \"low\": 3, \"high\": 7 }") is { } confidence)
            {
                var low = Confidence(confidence, "coach.confidence.low") ?? options.LowConfidence;
                var high = Confidence(confidence, "coach.confidence.high") ?? options.HighConfidence;
                if (low > high)
                {
                    Invalid("coach.confidence", string.Create(CultureInfo.InvariantCulture, $"coach.confidence needs low <= high, but low is {low} and high is {high}"));
                }
                else
                {
                    options = options with { LowConfidence = low, HighConfidence = high };
                }
            }

            return options;
        }

        /// <summary>The object coach.<paramref name="name"/>, its unknown keys warned about; null when absent or not an object (reported).</summary>
        private JsonElement? Section(JsonElement coach, string name, IReadOnlyList<string> keys, string example)
        {
            if (!coach.TryGetProperty(name, out var section) || section.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (section.ValueKind != JsonValueKind.Object)
            {
                Invalid($"coach.{name}", $"coach.{name} must be an object such as {example}");
                return null;
            }

            WarnUnknown(section, $"coach.{name}.", keys);
            return section;
        }

        /// <summary>A whole number of at least 1 (a count of key results, objectives or KPIs).</summary>
        private int? Count(JsonElement parent, string path)
        {
            if (_fields.Number(Field(parent, path)) is not { } value)
            {
                return null;
            }

            if (value < 1 || value > 1_000_000 || value != Math.Floor(value))
            {
                Invalid(path, string.Create(CultureInfo.InvariantCulture, $"{path} must be a whole number of at least 1, but is {value}"));
                return null;
            }

            return (int)value;
        }

        /// <summary>
        /// A fraction between 0 and 1 (0.2); with <paramref name="percent"/> also a percentage in quotes ("20%"). A bare
        /// number above 1 is refused rather than guessed: 20 could mean 20 % or 2,000 %.
        /// </summary>
        private double? Fraction(JsonElement parent, string path, bool percent)
        {
            var field = Field(parent, path);
            if (field is null)
            {
                return null;
            }

            var isPercent = percent && field is { Shape: ValueShape.Quoted, Text: { } text } && text.TrimEnd().EndsWith('%');
            if (_fields.Number(field) is not { } value)
            {
                return null;
            }

            var fraction = isPercent ? value / 100 : value;
            if (!(fraction > 0 && fraction < 1))
            {
                var how = percent ? "a fraction between 0 and 1 such as 0.2, or a percentage such as \"20%\"" : "a fraction between 0 and 1 such as 0.9";
                Invalid(path, string.Create(CultureInfo.InvariantCulture, $"{path} must be {how}, but is {field.Text}"));
                return null;
            }

            return fraction;
        }

        /// <summary>A confidence on the 0–10 scale of check-ins.</summary>
        private double? Confidence(JsonElement parent, string path)
        {
            if (_fields.Number(Field(parent, path)) is not { } value)
            {
                return null;
            }

            if (value is < 0 or > 10)
            {
                Invalid(path, string.Create(CultureInfo.InvariantCulture, $"{path} must be between 0 and 10, but is {value}"));
                return null;
            }

            return value;
        }
    }
}
