using System.Text;

namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>
/// The contract's spelling of a domain enum member where the domain writes it into text a person reads
/// (a trade's reason, a caveat): its words in upper case joined by <c>_</c>, as CONTRACT §4 spells
/// statuses and escalation types (<c>BufferWouldBreach</c> → <c>BUFFER_WOULD_BREACH</c>).
/// </summary>
public static class ContractSpelling
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var spelled = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                spelled.Append('_');
            }

            spelled.Append(char.ToUpperInvariant(name[i]));
        }

        return spelled.ToString();
    }
}
