using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// The serializer for version-1 records, generated at build time from the record types: names come
/// from their attributes only, nulls are written out, properties the record does not know are ignored
/// (as the first reader ignored them).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = false)]
[JsonSerializable(typeof(RunHeaderRecord))]
[JsonSerializable(typeof(RunInputsRecord))]
[JsonSerializable(typeof(TradeRecord))]
[JsonSerializable(typeof(EscalationRecord))]
[JsonSerializable(typeof(PositionLotsRecord))]
internal sealed partial class RecordsV1Json : JsonSerializerContext;
