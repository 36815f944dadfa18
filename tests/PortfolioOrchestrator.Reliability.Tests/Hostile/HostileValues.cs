namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>Values an attacker or a confused agent might put into an input, as raw JSON tokens and as Markdown cells.</summary>
public static class HostileValues
{
    public const string Marker = "Z|*_<b>x</b>#[l](u)`c`";

    public static readonly string[] JsonTokens =
    [
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "-0", "-0.0", "0", "-1", "0.001",
        "79228162514264337593543950336", "1.7976931348623157E+309", "1000000000000001", "123456789012345678901234567890.123",
        "\"5000\"", "\"NaN\"", "null", "true", "false", "[]", "{}", "[[[[[[[[[[1]]]]]]]]]]", "\"\"", "\" \"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u202eEVIL\"", "\"\\u200b\"", "\"\\u001b[31mred\"", "\"T\\t1\\r\\n# heading\"",
        "\"é\"", "\"🚀\"", "\"ＭＳＦＴ\"", "\"msft\"", "\"MSFT \"", "\"BRK.B\"", "\"<script>alert(1)</script>\"", "\"" + Marker + "\"",
        "\"" + new string('A', 70) + "\"", "\"" + new string('9', 5000) + "\"", "\"2026-11-24T13:00:00-05:00\"", "\"2026-02-30T13:00:00Z\"",
        "\"9999-12-31T23:59:59+14:00\"", "\"0001-01-01T00:00:00-14:00\"", "\"APPROVED_FOR_EXECUTION\"", "\"approved_for_execution\"",
        "\"SELL\"", "\"buy\"", "\"SHORT\"", "{ \"price\": NaN }", "{ \"price\": -0 }", "[ { \"price\": 1e400, \"percent_of_position\": 50 } ]",
        "[ { \"price\": 450, \"percent_of_position\": 100 }, { \"price\": 480, \"percent_of_position\": 100 } ]",
    ];

    public static readonly string[] Cells =
    [
        "NaN", "Infinity", "-Infinity", "$1e400", "1e400", "-0", "$-0.00", "-$5.00", "0", "$0.00", "1,2,3.4.5", "$79,228,162,514,264,337,593,543,950,336",
        "NaN%", "Infinity%", "-0%", "1e400%", "250%", "\u0000", "\u0007", "\u001b[31m", "\u202eEVIL", "\u200b", "🚀", "ＡＡＰＬ", "é",
        "<script>alert(1)</script>", "\\|*_<b>x</b>", "[x](javascript:alert(1))", "`code`", "# heading", "> quote", "- item",
        "**bold**", new string('9', 400), new string('A', 70), " ", "", "2026-02-30T13:00:00Z", "December 32, 2025, 12:40 PM MST",
        "9999-12-31T23:59:59+14:00", "-", "--", "\\", "&lt;b&gt;", "&#0;",
    ];

    public static readonly string[] ScriptTokens =
    [
        "NaN", "1e400", "-1", "-0", "0", "60001", "2147483648", "\"50\"", "null", "[]", "{}", "0.5", "1e-400", "9999.999", "-9999.999", "10000",
    ];
}
