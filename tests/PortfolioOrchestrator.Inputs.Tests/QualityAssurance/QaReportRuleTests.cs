using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Inputs.Tests.QualityAssurance;

public sealed class QaReportRuleTests
{
    [Theory]
    [InlineData("trade_id")]
    [InlineData("ticker")]
    [InlineData("size_dollars")]
    [InlineData("gate")]
    public void Every_trade_requires_its_core_fields(string field) =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t.Remove(field)), $"trades[0].{field}", "is required");

    [Theory]
    [InlineData("account")]
    [InlineData("sector")]
    [InlineData("approval_timestamp")]
    [InlineData("last_known_price")]
    public void Approved_trades_require_account_sector_approval_time_and_price(string field) =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t.Remove(field)), $"trades[0].{field}", "is required");

    [Theory]
    [InlineData("account")]
    [InlineData("sector")]
    [InlineData("approval_timestamp")]
    [InlineData("last_known_price")]
    public void Resolution14_a_gate_approved_in_another_spelling_requires_the_approval_fields_too(string field) =>
        QaAssert.Refuses(QaAssert.WithTrade(t =>
        {
            t.Remove(field);
            t["gate"] = "approved_for_execution";
        }), $"trades[0].{field}", "is required");

    [Theory]
    [InlineData("account")]
    [InlineData("sector")]
    [InlineData("approval_timestamp")]
    [InlineData("last_known_price")]
    public void Trades_not_approved_need_not_carry_the_approval_fields(string field)
    {
        var trade = Assert.Single(QaAssert.Reads(QaAssert.WithTrade(t =>
        {
            t.Remove(field);
            t["gate"] = "REJECTED";
        })).Trades);
        Assert.False(trade.IsApproved);
    }

    [Fact]
    public void Report_id_is_required() =>
        QaAssert.Refuses(QaAssert.With(r => r.Remove("report_id")), "report_id", "is required");

    [Fact]
    public void Empty_report_id_is_bad_input() =>
        QaAssert.Refuses(QaAssert.With(r => r["report_id"] = "  "), "report_id", "empty");

    [Fact]
    public void Trades_array_is_required() =>
        QaAssert.Refuses(QaAssert.With(r => r.Remove("trades")), "trades", "is required");

    [Fact]
    public void Trades_must_be_an_array() =>
        QaAssert.Refuses(QaAssert.With(r => r["trades"] = "none"), "trades", "expected an array");

    [Theory]
    [InlineData("0")]
    [InlineData("-5000")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("1e-400")]
    public void Non_positive_sizes_are_bad_input(string size) =>
        QaAssert.Refuses(Samples.Qa.Replace("\"size_dollars\": 5000.00", $"\"size_dollars\": {size}", StringComparison.Ordinal), "trades[0].size_dollars", "positive dollar amount");

    [Fact]
    public void Sizes_too_large_for_decimal_are_bad_input() =>
        QaAssert.Refuses(Samples.Qa.Replace("\"size_dollars\": 5000.00", "\"size_dollars\": 1e400", StringComparison.Ordinal), "trades[0].size_dollars", "too large");

    [Fact]
    public void Sizes_written_as_strings_are_bad_input() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["size_dollars"] = "5000.00"), "trades[0].size_dollars", "as a JSON number, got the string '5000.00'");

    [Fact]
    public void Duplicate_trade_ids_are_bad_input_naming_both_indexes()
    {
        var json = QaAssert.With(r =>
        {
            var trades = r["trades"]!.AsArray();
            trades.Add(trades[0]!.DeepClone());
            trades.Add(trades[0]!.DeepClone());
            trades[1]!["trade_id"] = "T-002";
            trades[2]!["trade_id"] = "t-001";
        });
        var problem = QaAssert.Refuses(json, "trades[2].trade_id", "trades[0] and trades[2]");
        Assert.Contains("'t-001'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_defaults_to_buy_and_reads_sell_in_any_case()
    {
        Assert.Equal(TradeSide.Buy, QaAssert.Reads(QaAssert.WithTrade(t => t.Remove("side"))).Trades[0].Side);
        Assert.Equal(TradeSide.Sell, QaAssert.Reads(QaAssert.WithTrade(t => t["side"] = "sell")).Trades[0].Side);
    }

    [Fact]
    public void Side_other_than_buy_or_sell_is_bad_input() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["side"] = "SHORT"), "trades[0].side", "expected BUY or SELL");

    [Theory]
    [InlineData("msft", "MSFT")]
    [InlineData("BRK.B", "BRK.B")]
    [InlineData(" bf-b ", "BF-B")]
    public void Tickers_are_upper_cased(string ticker, string expected) =>
        Assert.Equal(expected, QaAssert.Reads(QaAssert.WithTrade(t => t["ticker"] = ticker)).Trades[0].Ticker.Value);

    [Theory]
    [InlineData("")]
    [InlineData("TOOLONGTICKER")]
    [InlineData("MS FT")]
    [InlineData("MSFT\u0007")]
    [InlineData("<b>MSFT</b>")]
    [InlineData("MSFT|X")]
    [InlineData("МSFT")]
    [InlineData("MSFT\u200B")]
    public void Tickers_outside_the_ticker_alphabet_are_bad_input(string ticker)
    {
        var problem = QaAssert.Refuses(QaAssert.WithTrade(t => t["ticker"] = ticker), "trades[0].ticker", "expected a US equity symbol");
        Assert.DoesNotContain('\u0007', problem.Message);
    }

    [Theory]
    [InlineData("BTC/USD")]
    [InlineData("ETH/USD")]
    [InlineData("btc/usdt")]
    [InlineData("/")]
    public void Section9_crypto_symbols_are_bad_input_the_product_trades_us_equities(string ticker)
    {
        var problem = QaAssert.Refuses(QaAssert.WithTrade(t => t["ticker"] = ticker), "trades[0].ticker", "expected a US equity symbol");

        Assert.Contains("crypto", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Samples.QaFile, problem.File);
    }

    [Theory]
    [InlineData("TAX\u0000ABLE")]
    [InlineData("TAXABLE\n1")]
    [InlineData("TAXABLE\u202E1")]
    public void Account_names_with_control_characters_are_bad_input(string account) =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["account"] = account), "trades[0].account", "printable");

    [Fact]
    public void Trade_ids_longer_than_64_characters_are_bad_input() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["trade_id"] = new string('T', 65)), "trades[0].trade_id", "at most 64");

    [Fact]
    public void Approval_timestamp_without_offset_is_bad_input() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["approval_timestamp"] = "2026-11-24T13:00:00"), "trades[0].approval_timestamp", "no UTC offset");

    [Fact]
    public void Last_known_price_must_be_positive() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["last_known_price"] = 0), "trades[0].last_known_price", "positive");

    [Fact]
    public void Stop_loss_price_must_be_positive() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["stop_loss"] = new JsonObject { ["price"] = -1 }), "trades[0].stop_loss.price", "positive");

    [Fact]
    public void Stop_loss_and_profit_targets_are_optional()
    {
        var trade = QaAssert.Reads(QaAssert.WithTrade(t =>
        {
            t.Remove("stop_loss");
            t["profit_targets"] = null;
        })).Trades[0];
        Assert.Null(trade.StopLoss);
        Assert.Empty(trade.ProfitTargets);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(100.5)]
    public void Profit_target_percent_must_be_within_0_and_100(double percent) =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["profit_targets"]![0]!["percent_of_position"] = percent), "trades[0].profit_targets[0].percent_of_position", "at most 100");

    [Fact]
    public void Profit_target_percents_adding_up_past_100_are_bad_input() =>
        QaAssert.Refuses(QaAssert.WithTrade(t => t["profit_targets"]![1]!["percent_of_position"] = 60), "trades[0].profit_targets", "add up to 110");

    [Fact]
    public void Allocation_percent_is_a_percentage_converted_to_a_fraction() =>
        Assert.Equal(0.076m, QaAssert.Reads(Samples.Qa).PortfolioContext.SectorAllocations.Values.Single().Fraction);

    [Fact]
    public void Allocation_percent_above_100_is_bad_input() =>
        QaAssert.Refuses(Samples.Qa.Replace("7.6", "760", StringComparison.Ordinal), "portfolio_context.sectors.Technology.allocation_percent", "from 0 to 100");

    [Fact]
    public void Portfolio_context_and_generated_at_are_optional()
    {
        var report = QaAssert.Reads(QaAssert.With(r =>
        {
            r.Remove("portfolio_context");
            r.Remove("generated_at");
        }));
        Assert.Null(report.GeneratedAt);
        Assert.Empty(report.PortfolioContext.SectorAllocations);
    }

    [Fact]
    public void Unknown_fields_are_ignored() =>
        QaAssert.Reads(QaAssert.WithTrade(t => t["analyst_notes"] = new JsonObject { ["x"] = 1 }));

    [Fact]
    public void Report_index_is_the_place_in_the_array()
    {
        var json = QaAssert.With(r =>
        {
            var trades = r["trades"]!.AsArray();
            var second = trades[0]!.DeepClone();
            second["trade_id"] = "T-002";
            trades.Insert(0, second);
        });
        Assert.Equal([("T-002", 0), ("T-001", 1)], QaAssert.Reads(json).Trades.Select(t => (t.TradeId.Value, t.ReportIndex)));
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        var json = Samples.Qa.Replace("\"ticker\": \"MSFT\",", "\"ticker\": \"MSFT\"", StringComparison.Ordinal);
        var problem = Assert.Single(QaReportReader.Read(json, Samples.QaFile).Problems);
        Assert.Equal(14, problem.Line);
        Assert.Contains("not valid JSON at line 14", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_commas_and_comments_are_not_json()
    {
        Assert.False(QaReportReader.Read("{\"report_id\":\"x\",\"trades\":[],}", Samples.QaFile).IsValid);
        Assert.False(QaReportReader.Read("{\"report_id\":\"x\",// c\n\"trades\":[]}", Samples.QaFile).IsValid);
    }

    [Fact]
    public void Duplicate_keys_are_bad_input() =>
        Assert.False(QaReportReader.Read("{\"report_id\":\"x\",\"trades\":[],\"trades\":[]}", Samples.QaFile).IsValid);

    [Fact]
    public void Deep_nesting_is_reported_clearly()
    {
        var json = "{\"report_id\":\"x\",\"trades\":[],\"extra\":" + new string('[', 200) + new string(']', 200) + "}";
        var problem = Assert.Single(QaReportReader.Read(json, Samples.QaFile).Problems);
        Assert.Contains("nested more than 64 levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_is_not_an_object_is_bad_input() =>
        Assert.Contains("expected a JSON object", Assert.Single(QaReportReader.Read("[1,2]", Samples.QaFile).Problems).Message, StringComparison.Ordinal);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var json = QaAssert.WithTrade(t =>
        {
            t["ticker"] = "";
            t["size_dollars"] = -1;
            t.Remove("account");
        });
        Assert.Equal(3, QaReportReader.Read(json, Samples.QaFile).Problems.Count);
    }
}
