namespace PortfolioOrchestrator.Testing.Fuzz;

/// <summary>
/// Seeded damage to a valid input for property tests: each edit deletes a run of up to
/// <c>maxCut</c> characters, inserts one of <c>fragments</c>, or both at one place. The same seed
/// gives the same text, so a failing case can be replayed.
/// </summary>
public static class TextMutations
{
    public static string Apply(string text, int seed, int edits, IReadOnlyList<string> fragments, int maxCut = 12)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fragments);
        var random = new Random(seed);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(text.Length + 1);
            var cut = Math.Min(random.Next(maxCut + 1), text.Length - at);
            var fragment = fragments[random.Next(fragments.Count)];
            text = random.Next(3) switch
            {
                0 => text.Remove(at, cut),
                1 => text.Insert(at, fragment),
                _ => text.Remove(at, cut).Insert(at, fragment),
            };
        }

        return text;
    }
}
