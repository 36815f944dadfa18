using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Inputs.Tests.Accounts;

/// <summary>CONTRACT §7: <c>--accounts FILE</c> maps accounts to venues and never holds a secret.</summary>
public sealed class AccountsReaderTests
{
    private const string File = "accounts.json";

    private const string Example = """
        {
          "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "APCA_TAXABLE_SECRET_KEY",
                         "base_url": "https://paper-api.alpaca.markets" },
          "ROTH-1":    { "broker": "paper" }
        }
        """;

    [Fact]
    public void Section7_the_contract_example_maps_each_account_to_its_venue()
    {
        var map = AccountsReader.Read(Example, File).Value;

        var taxable = map.Find(AccountId.Create("taxable-1"))!;
        Assert.Equal(VenueKind.Alpaca, taxable.Kind);
        Assert.Equal("APCA_TAXABLE_KEY_ID", taxable.KeyIdVariable);
        Assert.Equal("APCA_TAXABLE_SECRET_KEY", taxable.SecretVariable);
        Assert.Equal(new Uri("https://paper-api.alpaca.markets"), taxable.BaseUrl);
        Assert.Equal(VenueKind.Paper, map.Find(AccountId.Create("ROTH-1"))!.Kind);
        Assert.Null(map.Find(AccountId.Create("IRA-2")));
    }

    [Theory]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id_env": "PKABCDEFGHIJ1234567890", "secret_env": "S_ENV" } }""", "A-1.key_id_env")]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id_env": "K_ENV", "secret_env": "abcdEFGH1234ijklMNOP5678qrstUVWX9012yzAB" } }""", "A-1.secret_env")]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id_env": "K_ENV", "secret_env": "abc/def+ghi=" } }""", "A-1.secret_env")]
    public void Section7_a_value_that_looks_like_a_key_or_secret_is_bad_input_and_is_never_shown(string json, string field)
    {
        var problem = Assert.Single(AccountsReader.Read(json, File).Problems);

        Assert.Equal(field, problem.Field);
        Assert.Contains("not shown", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PKABCDEFGHIJ", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abcdEFGH", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abc/def", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id": "PKABCDEFGHIJ1234567890", "key_id_env": "K", "secret_env": "S" } }""", "A-1.key_id", "unknown key")]
    [InlineData("""{ "A-1": { "broker": "alpaca", "secret_env": "S" } }""", "A-1.key_id_env", "is required")]
    [InlineData("""{ "A-1": { "broker": "ibkr" } }""", "A-1.broker", "expected paper or alpaca")]
    [InlineData("""{ "A-1": { } }""", "A-1.broker", "is required")]
    [InlineData("""{ "A-1": { "broker": "paper", "key_id_env": "K" } }""", "A-1.key_id_env", "is set for a paper account")]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id_env": "K", "secret_env": "K" } }""", "A-1.secret_env", "names the same variable")]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id_env": "K", "secret_env": "S", "base_url": "ftp://x" } }""", "A-1.base_url", "an absolute https URL")]
    [InlineData("""{ "A-1": { "broker": "alpaca", "key_id_env": "K", "secret_env": "S", "base_url": "https://PK123:secret@paper-api.alpaca.markets" } }""", "A-1.base_url", "without credentials")]
    [InlineData("""{ "A-1": "paper" }""", "A-1", "an object with broker")]
    [InlineData("""{ }""", null, "maps no account")]
    public void Section7_the_only_keys_are_broker_key_id_env_secret_env_and_base_url(string json, string? field, string message)
    {
        var problem = Assert.Single(AccountsReader.Read(json, File).Problems);

        Assert.Equal(File, problem.File);
        Assert.True(problem.Line >= 1);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret@", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Section7_two_alpaca_accounts_on_one_key_are_bad_input_since_one_key_opens_one_account()
    {
        var json = """
            {
              "TAXABLE-1": { "broker": "alpaca", "key_id_env": "APCA_KEY", "secret_env": "APCA_SECRET" },
              "ROTH-1":    { "broker": "alpaca", "key_id_env": "APCA_KEY", "secret_env": "APCA_SECRET" }
            }
            """;

        var problem = Assert.Single(AccountsReader.Read(json, File).Problems);

        Assert.Contains("ROTH-1, TAXABLE-1 share the key in APCA_KEY", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section7_an_account_mapped_twice_ignoring_case_is_bad_input()
    {
        var problem = Assert.Single(AccountsReader.Read("""{ "ROTH-1": { "broker": "paper" }, "roth-1": { "broker": "paper" } }""", File).Problems);

        Assert.Contains("mapped twice", problem.Message, StringComparison.Ordinal);
    }
}
