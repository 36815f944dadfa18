using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Reporting.Html;

namespace PortfolioOrchestrator.Reporting.Tests.Html;

public sealed class ChartThresholdsTests
{
    [Theory]
    [InlineData(0.15, "healthy")]
    [InlineData(0.1499, "marginal")]
    [InlineData(0.12, "marginal")]
    [InlineData(0.1199, "breached")]
    public void The_buffer_chart_colours_a_point_by_the_policy_band(decimal buffer, string zone)
    {
        Assert.Equal(zone, ChartThresholds.Seed.ZoneOf(buffer));
        var band = ExecutionPolicy.Default.BandOf(Ratio.FromFraction(buffer));
        Assert.Equal(zone, band switch { BufferBand.Healthy => "healthy", BufferBand.Marginal => "marginal", _ => "breached" });
    }

    [Theory]
    [InlineData(0.35, false)]
    [InlineData(0.3501, true)]
    public void The_sector_chart_draws_a_bar_over_the_cap_only_above_it(decimal allocation, bool over) =>
        Assert.Equal(over, ChartThresholds.Seed.IsOverCap(allocation));

    [Fact]
    public void A_run_policy_moves_the_chart_lines()
    {
        var thresholds = new ChartThresholds(ExecutionPolicy.Default with { MinBuffer = Ratio.FromFraction(0.25m), BufferFloor = Ratio.FromFraction(0.20m), SectorCap = Ratio.FromFraction(0.30m) });

        Assert.Equal((0.30m, 0.25m, 0.20m), (thresholds.SectorCap, thresholds.MinBuffer, thresholds.BufferFloor));
        Assert.Equal("marginal", thresholds.ZoneOf(0.22m));
    }
}
