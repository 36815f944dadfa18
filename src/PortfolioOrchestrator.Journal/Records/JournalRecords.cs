using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records.V1;

namespace PortfolioOrchestrator.Journal.Records;

/// <summary>
/// The kinds of record the journal stores as JSON, each with the version this build writes and
/// a reader for every version po has written (docs/journal.md, compatibility policy).
/// </summary>
internal static class JournalRecords
{
    public static readonly RecordFormat<StoredRunHeader> RunHeader = new(
        "run header",
        writtenVersion: 1,
        header => Serialize(RunHeaderMapping.ToRecord(header), RecordsV1Json.Default.RunHeaderRecord),
        new Dictionary<int, Func<string, StoredRunHeader>> { [1] = json => RunHeaderMapping.ToDomain(Deserialize(json, RecordsV1Json.Default.RunHeaderRecord)) });

    public static readonly RecordFormat<RunInputs> RunInputs = new(
        "run's inputs",
        writtenVersion: 2,
        inputs => Serialize(V2.RunInputsMapping.ToRecord(inputs), V2.RecordsV2Json.Default.RunInputsRecord),
        new Dictionary<int, Func<string, RunInputs>>
        {
            [1] = json => RunInputsMapping.ToDomain(Deserialize(json, RecordsV1Json.Default.RunInputsRecord)),
            [2] = json => V2.RunInputsMapping.ToDomain(Deserialize(json, V2.RecordsV2Json.Default.RunInputsRecord)),
        });

    public static readonly RecordFormat<TradeExecution> Trade = new(
        "trade",
        writtenVersion: 2,
        trade => Serialize(V2.TradeMapping.ToRecord(trade), V2.RecordsV2Json.Default.TradeRecord),
        new Dictionary<int, Func<string, TradeExecution>>
        {
            [1] = json => TradeMapping.ToDomain(Deserialize(json, RecordsV1Json.Default.TradeRecord)),
            [2] = json => V2.TradeMapping.ToDomain(Deserialize(json, V2.RecordsV2Json.Default.TradeRecord)),
        });

    public static readonly RecordFormat<Escalation> Escalation = new(
        "escalation",
        writtenVersion: 1,
        escalation => Serialize(EscalationMapping.ToRecord(escalation), RecordsV1Json.Default.EscalationRecord),
        new Dictionary<int, Func<string, Escalation>> { [1] = json => EscalationMapping.ToDomain(Deserialize(json, RecordsV1Json.Default.EscalationRecord)) });

    public static readonly RecordFormat<PositionLots> PositionLots = new(
        "position's lots",
        writtenVersion: 1,
        position => Serialize(PositionLotsMapping.ToRecord(position), RecordsV1Json.Default.PositionLotsRecord),
        new Dictionary<int, Func<string, PositionLots>> { [1] = json => PositionLotsMapping.ToDomain(Deserialize(json, RecordsV1Json.Default.PositionLotsRecord)) });

    private static string Serialize<TRecord>(TRecord record, JsonTypeInfo<TRecord> type) => JsonSerializer.Serialize(record, type);

    private static TRecord Deserialize<TRecord>(string json, JsonTypeInfo<TRecord> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException("the record is empty (null)");
}
