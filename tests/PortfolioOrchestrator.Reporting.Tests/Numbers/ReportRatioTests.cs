using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortfolioOrchestrator.Reporting.Numbers;

namespace PortfolioOrchestrator.Reporting.Tests.Numbers;

public sealed class ReportRatioTests
{
    [Theory]
    [InlineData("0.17614091273018415", "0.1761409127")]
    [InlineData("0.15", "0.15")]
    [InlineData("0.1500000", "0.15")]
    [InlineData("0.000012345678915", "0.00001234567892")]
    [InlineData("12.3456789012345", "12.3456789")]
    [InlineData("-0.33333333333333", "-0.3333333333")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    public void Resolution23_ratios_carry_at_most_ten_significant_digits(string value, string expected)
    {
        var rounded = ReportRatio.Of(decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(expected, rounded.ToString(CultureInfo.InvariantCulture));
    }

    [Property(MaxTest = 500)]
    public Property Resolution23_a_reported_ratio_has_at_most_ten_significant_digits_and_is_within_half_a_unit_of_the_tenth(int numerator, PositiveInt denominator)
    {
        var value = (decimal)numerator / denominator.Get;
        var rounded = ReportRatio.Of(value);
        var digits = rounded.ToString(CultureInfo.InvariantCulture).TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length;
        var tenth = value == 0m ? 0m : (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Abs(value))) - 9);
        return (digits <= ReportRatio.SignificantDigits && Math.Abs(rounded - value) <= tenth / 2m * 1.0000001m).ToProperty();
    }
}
