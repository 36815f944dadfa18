using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V2;

/// <summary>The serializer for version-2 records, with the same settings as version 1's (<see cref="V1.RecordsV1Json"/>).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = false)]
[JsonSerializable(typeof(RunInputsRecord))]
[JsonSerializable(typeof(TradeRecord))]
internal sealed partial class RecordsV2Json : JsonSerializerContext;
