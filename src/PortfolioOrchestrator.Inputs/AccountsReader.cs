using System.Text.Json;
using System.Text.RegularExpressions;
using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>
/// Reads <c>--accounts FILE</c> (CONTRACT §7): a strict JSON object of PORTFOLIO.md account to venue,
/// <c>{"TAXABLE-1": {"broker": "alpaca", "key_id_env": "APCA_TAXABLE_KEY_ID", "secret_env": "APCA_TAXABLE_SECRET_KEY"},
/// "ROTH-1": {"broker": "paper"}}</c>. The only keys are <c>broker</c>, <c>key_id_env</c>, <c>secret_env</c> and
/// <c>base_url</c>; the file names environment variables and never holds a key or a secret, so a value that
/// is not a variable's name is bad input and is never shown back. Returns every problem found; never throws.
/// </summary>
public static partial class AccountsReader
{
    private const string BrokerKey = "broker";
    private const string KeyIdKey = "key_id_env";
    private const string SecretKey = "secret_env";
    private const string BaseUrlKey = "base_url";
    private const string VariableExpectation = "the name of an environment variable (letters, digits and _, not starting with a digit), like APCA_TAXABLE_KEY_ID";
    private static readonly string[] Keys = [BrokerKey, KeyIdKey, SecretKey, BaseUrlKey];

    public static InputResult<AccountMap> Read(string json, string fileName)
    {
        var problems = new ProblemList(fileName);
        using var input = JsonInput.ParseObject(json, problems, JsonSyntax.Strict, """a JSON object of account to venue, like {"ROTH-1": {"broker": "paper"}}""");
        if (input is null)
        {
            return problems.Failure<AccountMap>();
        }

        var fields = input.Fields;
        var venues = new Dictionary<AccountId, AccountVenue>();
        foreach (var property in input.Root.EnumerateObject())
        {
            var path = JsonPath.Property(string.Empty, property.Name);
            if (IdentifierText.IdProblem(property.Name, "a PORTFOLIO.md account like TAXABLE-1 as the key") is { } idProblem)
            {
                fields.Problem(path, idProblem);
                continue;
            }

            var account = AccountId.Create(property.Name);
            if (Entry(account, property.Value, path, fields) is not { } venue)
            {
                continue;
            }

            if (!venues.TryAdd(account, venue))
            {
                fields.Issue(path, $"account {account} is mapped twice (accounts are compared ignoring case)", "each account once");
            }
        }

        if (venues.Count == 0 && problems.IsEmpty)
        {
            problems.AddIssue(1, null, "maps no account", "at least one PORTFOLIO.md account mapped to its venue");
        }

        SharedKeys(venues.Values, input.Root, fields);
        return problems.ResultOf(() => new AccountMap(venues.Values));
    }

    private static AccountVenue? Entry(AccountId account, JsonElement entry, string path, JsonFields fields)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(path, $"an object with {BrokerKey} (paper or alpaca) and, for alpaca, {KeyIdKey} and {SecretKey}", JsonFields.Kind(entry));
            return null;
        }

        var before = fields.Problems.Count;
        fields.UnknownKeys(entry, path, Keys);
        var broker = fields.String(entry, BrokerKey, path, required: true, "paper or alpaca");
        VenueKind? kind = broker?.Trim().ToUpperInvariant() switch
        {
            null => null,
            "PAPER" => VenueKind.Paper,
            "ALPACA" => VenueKind.Alpaca,
            _ => null,
        };
        if (broker is not null && kind is null)
        {
            fields.Problem(JsonPath.Property(path, BrokerKey), "paper or alpaca", Shown.Quote(broker));
        }

        if (kind == VenueKind.Paper)
        {
            foreach (var alpacaOnly in new[] { KeyIdKey, SecretKey, BaseUrlKey }.Where(k => entry.TryGetProperty(k, out _)))
            {
                fields.Issue(JsonPath.Property(path, alpacaOnly), "is set for a paper account", $"no {alpacaOnly}: the paper venue takes no keys");
            }
        }

        var keyId = kind == VenueKind.Alpaca ? Variable(entry, KeyIdKey, path, fields) : null;
        var secret = kind == VenueKind.Alpaca ? Variable(entry, SecretKey, path, fields) : null;
        var baseUrl = kind == VenueKind.Alpaca ? Url(entry, path, fields) : null;
        if (keyId is not null && keyId == secret)
        {
            fields.Issue(JsonPath.Property(path, SecretKey), $"names the same variable as {KeyIdKey}", "the variable that holds the secret key, apart from the key id's");
        }

        return fields.Problems.Count != before || kind is null ? null : new AccountVenue(account, kind.Value, keyId, secret, baseUrl);
    }

    /// <summary>A variable's name; a value that is not one (a pasted key or secret, say) is a problem and is never shown.</summary>
    private static string? Variable(JsonElement entry, string key, string path, JsonFields fields)
    {
        var field = JsonPath.Property(path, key);
        var text = fields.String(entry, key, path, required: true, VariableExpectation);
        if (text is null)
        {
            return null;
        }

        if (!VariableName().IsMatch(text))
        {
            fields.Issue(field, "is not the name of an environment variable (the value is not shown: it may be a secret)", VariableExpectation);
            return null;
        }

        if (LooksLikeKey(text))
        {
            fields.Issue(field, "looks like an API key or secret, not the name of the variable that holds it (the value is not shown); the file must never hold a secret", VariableExpectation);
            return null;
        }

        return text;
    }

    private static Uri? Url(JsonElement entry, string path, JsonFields fields)
    {
        var text = fields.String(entry, BaseUrlKey, path, required: false, "an absolute https URL such as https://paper-api.alpaca.markets");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            fields.Problem(JsonPath.Property(path, BaseUrlKey), "an absolute https URL without credentials, such as https://paper-api.alpaca.markets", Shown.Quote(uri is null ? text : uri.GetLeftPart(UriPartial.Scheme) + "…"));
            return null;
        }

        return uri;
    }

    /// <summary>One API key is one account: two accounts on one key would put one account's trades in the other.</summary>
    private static void SharedKeys(IEnumerable<AccountVenue> venues, JsonElement root, JsonFields fields)
    {
        foreach (var shared in venues.Where(v => v.Kind == VenueKind.Alpaca).GroupBy(v => v.KeyIdVariable, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var accounts = string.Join(", ", shared.Select(v => v.Account.Value).Order(StringComparer.Ordinal));
            var second = shared.Skip(1).First().Account;
            var name = root.EnumerateObject().First(p => AccountId.Create(p.Name) == second).Name;
            fields.Issue(
                JsonPath.Property(JsonPath.Property(string.Empty, name), KeyIdKey),
                $"{accounts} share the key in {shared.Key}, but one Alpaca key opens one account",
                "a key of its own for each Alpaca account");
        }
    }

    /// <summary>
    /// Alpaca key ids are 16+ upper-case letters and digits starting PK/AK/CK; secrets are long mixed-case
    /// letters and digits. A variable's name (APCA_TAXABLE_KEY_ID) has underscores or is short.
    /// </summary>
    private static bool LooksLikeKey(string text) =>
        !text.Contains('_', StringComparison.Ordinal) && text.Length >= 16
        && (KeyIdLike().IsMatch(text) || (text.Any(char.IsLower) && text.Any(char.IsUpper) && text.Any(char.IsDigit)));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();

    [GeneratedRegex("^(PK|AK|CK)[A-Z0-9]{14,}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdLike();
}
