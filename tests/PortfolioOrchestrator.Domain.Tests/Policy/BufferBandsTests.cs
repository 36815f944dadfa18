using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Domain.Steps.Step2;
using PortfolioOrchestrator.Domain.Steps.Step3;
using PortfolioOrchestrator.Domain.Steps.Step6;

namespace PortfolioOrchestrator.Domain.Tests.Policy;

public sealed class BufferBandsTests
{
    private static readonly ExecutionPolicy Seed = ExecutionPolicy.Default;

    [Theory]
    [InlineData(0.20, BufferBand.Healthy)]
    [InlineData(0.15, BufferBand.Healthy)]
    [InlineData(0.1499, BufferBand.Marginal)]
    [InlineData(0.12, BufferBand.Marginal)]
    [InlineData(0.1199, BufferBand.BelowFloor)]
    [InlineData(-0.01, BufferBand.BelowFloor)]
    public void The_minimum_is_healthy_the_floor_is_marginal_and_below_the_floor_is_below_it(decimal buffer, BufferBand expected) =>
        Assert.Equal(expected, Seed.BandOf(Ratio.FromFraction(buffer)));

    [Fact]
    public void A_policy_file_moves_the_bands()
    {
        var policy = Seed with { MinBuffer = Ratio.FromFraction(0.25m), BufferFloor = Ratio.FromFraction(0.20m) };

        Assert.Equal(BufferBand.Marginal, policy.BandOf(Ratio.FromFraction(0.22m)));
        Assert.Equal(BufferBand.BelowFloor, policy.BandOf(Ratio.FromFraction(0.15m)));
    }

    [Property]
    public void Step_2B_3C_and_6_name_the_band_the_policy_places_the_buffer_in(NonNegativeInt basisPoints, NonNegativeInt floorBps, NonNegativeInt spreadBps)
    {
        var floor = Ratio.FromFraction((floorBps.Get % 3000) / 10_000m);
        var policy = Seed with { BufferFloor = floor, MinBuffer = Ratio.FromFraction(floor.Fraction + ((spreadBps.Get % 2000) / 10_000m)) };
        var total = Money.FromDollars(100_000m);
        var cash = Money.FromDollars(basisPoints.Get % 5000 * 10m);
        var buffer = cash / total;
        var band = policy.BandOf(buffer);

        var step2B = new AggregateBufferRule(policy).Classify(buffer);
        var step3C = new InLoopBufferRule(policy).Evaluate(cash, total, null).Kind;
        var step6 = BufferVerificationRule.CheckOf(policy, buffer);

        Assert.Equal(band switch { BufferBand.Healthy => BufferStatus.Healthy, BufferBand.Marginal => BufferStatus.Marginal, _ => BufferStatus.AtRisk }, step2B);
        Assert.Equal(band switch { BufferBand.Healthy => BufferVerdictKind.Intact, BufferBand.Marginal => BufferVerdictKind.Marginal, _ => BufferVerdictKind.Breached }, step3C);
        Assert.Equal(band switch { BufferBand.Healthy => BufferCheck.Pass, BufferBand.Marginal => BufferCheck.Caution, _ => BufferCheck.Fail }, step6);
    }
}
