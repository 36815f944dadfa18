using System.Text;

namespace PortfolioOrchestrator.Inputs.Tests.Fuzz;

/// <summary>Seeded damage to a valid input: characters swapped for awkward ones, lines dropped or doubled, truncation.</summary>
internal static class Mutations
{
    private static readonly string[] Awkward =
    [
        "\0", "\u0007", "\u001b[31m", "\r", "\n", "\t", "|", "||", "*", "**", "_", "#", "## ", ">", "<", "<script>", "&amp;", "`", "```", "[", "](", "\\",
        "$", "%", "(", ")", "-", "—", "−", ",", ".", ":", "0", "9", "1e400", "-0", "NaN", "\"", "{", "}", "]", "\u200B", "\u202E", "\uFEFF", "\uD800", "é", "МSFT", "😀",
        "99999999999999999999999999999999", "0.000000000000000000000000000001",
    ];

    public static string Apply(string text, int seed, int count)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        for (var i = 0; i < Math.Max(1, count % 12); i++)
        {
            MutateOnce(builder, random);
        }

        return builder.ToString();
    }

    private static void MutateOnce(StringBuilder text, Random random)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        switch (random.Next(6))
        {
            case 0:
                text.Insert(at, Awkward[random.Next(Awkward.Length)]);
                break;
            case 1 when text.Length > 0:
                text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(8)));
                break;
            case 2 when text.Length > 0:
                text[at] = (char)random.Next(0, 0x3000);
                break;
            case 3:
                text.Length = at;
                break;
            case 4:
                var lines = text.ToString().Split('\n').ToList();
                var line = random.Next(lines.Count);
                if (random.Next(2) == 0)
                {
                    lines.RemoveAt(line);
                }
                else
                {
                    lines.Insert(line, lines[line]);
                }

                text.Clear().Append(string.Join('\n', lines));
                break;
            default:
                text.Insert(at, new string(Awkward[random.Next(Awkward.Length)][0], random.Next(1, 300)));
                break;
        }
    }
}
