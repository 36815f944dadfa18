using PortfolioOrchestrator.Journal.Records;
using PortfolioOrchestrator.Journal.Tests.Fixtures;

namespace PortfolioOrchestrator.Journal.Tests.Records;

/// <summary>
/// Record version 2 of a run's inputs (the refreshed portfolio, CONTRACT Resolution 24): the checked-in record
/// this build wrote from <see cref="Samples.InputsV2"/> still reads, and is written byte for byte again.
/// </summary>
public sealed class VersionTwoRecordTests
{
    private static string Record(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "V2", "records", file));

    [Fact]
    public void Version_2_run_inputs_read_with_the_refreshed_portfolio_the_path_and_the_mode()
    {
        var inputs = JournalRecords.RunInputs.Read(Record("run-inputs.json"));

        Assert.Equivalent(Samples.InputsV2(), inputs, strict: true);
    }

    [Fact]
    public void This_build_writes_version_2_run_inputs_byte_for_byte()
    {
        var text = Record("run-inputs.json");

        Assert.Equal(text, JournalRecords.RunInputs.Write(JournalRecords.RunInputs.Read(text)));
    }

    [Fact]
    public void Run_inputs_without_a_refresh_are_written_as_version_2_with_refreshed_null()
    {
        var written = JournalRecords.RunInputs.Write(Samples.Inputs());

        Assert.Contains("\"refreshed\":null", written, StringComparison.Ordinal);
        Assert.Equivalent(Samples.Inputs(), JournalRecords.RunInputs.Read(written), strict: true);
    }
}
