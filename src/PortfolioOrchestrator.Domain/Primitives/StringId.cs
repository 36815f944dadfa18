using System.Text.Json;
using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>An identifier that is a non-empty string; implemented by the domain's id types.</summary>
public interface IStringId<TSelf>
    where TSelf : IStringId<TSelf>
{
    string Value { get; }

    static abstract TSelf Create(string value);
}

/// <summary>Writes an id as a JSON string.</summary>
public sealed class StringIdJsonConverter<T> : JsonConverter<T>
    where T : IStringId<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.Create(reader.GetString() ?? throw new JsonException($"{typeof(T).Name} must be a string."));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);
}
