using System.Collections.Frozen;
using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// The rules of a metric key result's values: a target that differs from the baseline, a baseline to score from,
/// a score that can be computed. They judge the values the report will show, so they take them from
/// <see cref="KeyResultCalculator"/> (a pure function) rather than resolving baseline and current a second way.
/// </summary>
internal static class KeyResultRules
{
    private static readonly IReadOnlyDictionary<string, KpiDefinition> NoKpis = FrozenDictionary<string, KpiDefinition>.Empty;

    public static void Check(ContentSet content, DataSet data, DateOnly asOf, DiagnosticBag diagnostics)
    {
        foreach (var objective in content.Objectives)
        {
            foreach (var definition in objective.KeyResults)
            {
                if (definition.Type == KeyResultType.Metric && definition.Score is null && definition.Target is { } target)
                {
                    Check(definition, target, KeyResultCalculator.Compute(definition, objective.Period, asOf, data, NoKpis, ScoringOptions.Default), diagnostics);
                }
            }
        }
    }

    private static void Check(KeyResultDefinition kr, double target, KeyResult computed, DiagnosticBag diagnostics)
    {
        if (computed.Baseline is { } b && b == target)
        {
            var where = kr.Baseline is null ? $" (the baseline comes from the last value of '{kr.Metric?.Value}' before the period)" : string.Empty;
            diagnostics.Add(Codes.TargetEqualsBaseline, kr.Source, string.Create(CultureInfo.InvariantCulture, $"key result '{kr.Id}' has target {target} equal to its baseline{where}; set a target that differs from {b}"));
            return;
        }

        if (computed.Baseline is null && computed.Current is not null)
        {
            diagnostics.Add(Codes.MissingBaseline, kr.Source, $"key result '{kr.Id}' has no baseline and '{kr.Metric?.Value}' has no value before the period starts; add 'baseline:'");
        }

        if (computed.Score is null && computed.Baseline is not null && computed.Current is not null)
        {
            diagnostics.Add(Codes.NotFinite, kr.Source, $"key result '{kr.Id}' cannot be scored: its values are too large to compute with");
        }
    }
}
