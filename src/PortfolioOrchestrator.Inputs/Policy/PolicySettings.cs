using System.Text.Json;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Json;

namespace PortfolioOrchestrator.Inputs.Policy;

/// <summary>Reads each policy key's value and range; absent keys keep the seed's default.</summary>
internal sealed class PolicySettings(JsonElement root, JsonFields fields)
{
    /// <summary>Longest duration a policy may set: one week.</summary>
    private static readonly decimal MaxMinutes = 7m * 24m * 60m;

    public ExecutionPolicy Read()
    {
        var defaults = ExecutionPolicy.Default;
        return new ExecutionPolicy
        {
            MinBuffer = Fraction(PolicyKeys.MinBuffer, defaults.MinBuffer, allowOne: false),
            BufferFloor = Fraction(PolicyKeys.BufferFloor, defaults.BufferFloor, allowOne: false),
            SectorCap = Fraction(PolicyKeys.SectorCap, defaults.SectorCap, allowOne: true),
            SectorDriftPoints = Number(PolicyKeys.SectorDriftPoints, defaults.SectorDriftPoints, 0m, 100m, "percentage points from 0 to 100, like 2.0") ?? defaults.SectorDriftPoints,
            MaxStalenessTradingDays = WholeDays(defaults.MaxStalenessTradingDays),
            RefreshAfter = Duration(PolicyKeys.RefreshAfterHours, defaults.RefreshAfter, minutesPerUnit: 60m, "hours"),
            RefreshTimeout = Duration(PolicyKeys.RefreshTimeoutMinutes, defaults.RefreshTimeout, minutesPerUnit: 1m, "minutes"),
            RefreshEscalateAfter = Duration(PolicyKeys.RefreshEscalateMinutes, defaults.RefreshEscalateAfter, minutesPerUnit: 1m, "minutes"),
            SlippageFlagBps = Number(PolicyKeys.SlippageFlagBps, defaults.SlippageFlagBps, 0m, 10_000m, "basis points from 0 to 10000, like 50") ?? defaults.SlippageFlagBps,
            PartialFillRatio = Fraction(PolicyKeys.PartialFillRatio, defaults.PartialFillRatio, allowOne: true),
            NoFillAfter = Duration(PolicyKeys.NoFillMinutes, defaults.NoFillAfter, minutesPerUnit: 1m, "minutes"),
            PauseOnAggregateBreach = Flag(PolicyKeys.PauseOnAggregateBreach, defaults.PauseOnAggregateBreach),
        };
    }

    private Ratio Fraction(string key, Ratio fallback, bool allowOne)
    {
        var range = allowOne ? "greater than 0 and at most 1" : "greater than 0 and less than 1";
        var expectation = $"a fraction {range}, like {fallback.Fraction} (not a percent)";
        var value = fields.Number(root, key, string.Empty, required: false, expectation);
        if (value is not { } v)
        {
            return fallback;
        }

        if (v <= 0m || v > 1m || (v == 1m && !allowOne))
        {
            fields.Problem(key, expectation, $"{v}");
            return fallback;
        }

        return Ratio.FromFraction(v);
    }

    private decimal? Number(string key, decimal fallback, decimal min, decimal max, string expectation)
    {
        var value = fields.Number(root, key, string.Empty, required: false, expectation);
        if (value is { } v && (v < min || v > max))
        {
            fields.Problem(key, expectation, $"{v}");
            return fallback;
        }

        return value;
    }

    private int WholeDays(int fallback)
    {
        const string Expectation = "a whole number of trading days from 0 to 365, like 1";
        var value = Number(PolicyKeys.MaxStalenessTradingDays, fallback, 0m, 365m, Expectation);
        if (value is not { } v)
        {
            return fallback;
        }

        if (v != decimal.Truncate(v))
        {
            fields.Problem(PolicyKeys.MaxStalenessTradingDays, Expectation, $"{v}");
            return fallback;
        }

        return (int)v;
    }

    private TimeSpan Duration(string key, TimeSpan fallback, decimal minutesPerUnit, string unit)
    {
        var max = MaxMinutes / minutesPerUnit;
        var expectation = $"a number of {unit} greater than 0 and at most {max} (one week)";
        var value = fields.Number(root, key, string.Empty, required: false, expectation);
        if (value is not { } v)
        {
            return fallback;
        }

        if (v <= 0m || v > max)
        {
            fields.Problem(key, expectation, $"{v}");
            return fallback;
        }

        return TimeSpan.FromTicks((long)decimal.Round(v * minutesPerUnit * TimeSpan.TicksPerMinute));
    }

    private bool Flag(string key, bool fallback)
    {
        if (!JsonFields.TryGet(root, key, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        fields.Problem(key, "true or false", JsonFields.Kind(value));
        return fallback;
    }
}
