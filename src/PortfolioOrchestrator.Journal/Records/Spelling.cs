namespace PortfolioOrchestrator.Journal.Records;

/// <summary>
/// How the members of one enum are spelt in the journal's records and status columns. The table is
/// written out member by member, so renaming or reordering a C# member never changes what is stored
/// or how a stored record reads; a new member needs its own row (a test enumerates every enum).
/// </summary>
internal sealed class Spelling<TEnum>
    where TEnum : struct, Enum
{
    private readonly string _name;
    private readonly Dictionary<TEnum, string> _texts = [];
    private readonly Dictionary<string, TEnum> _values = new(StringComparer.OrdinalIgnoreCase);

    public Spelling(string name, params (TEnum Value, string Text)[] table)
    {
        _name = name;
        foreach (var (value, text) in table)
        {
            _texts.Add(value, text);
            _values.Add(text, value);
        }
    }

    /// <summary>Every spelling, in table order.</summary>
    public IReadOnlyCollection<string> Texts => _texts.Values;

    public string Write(TEnum value) =>
        _texts.TryGetValue(value, out var text)
            ? text
            : throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} has no spelling in the journal; add one to its table.");

    public string? WriteOptional(TEnum? value) => value is { } present ? Write(present) : null;

    /// <summary>Reads a stored spelling; case is ignored, as the journal's first reader ignored it.</summary>
    public TEnum Read(string text) =>
        _values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidDataException($"The journal holds an unknown {_name} '{text}' (expected one of {string.Join(", ", _texts.Values)}).");

    public TEnum? ReadOptional(string? text) => text is null ? null : Read(text);
}
