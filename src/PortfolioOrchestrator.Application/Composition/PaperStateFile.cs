using Microsoft.Data.Sqlite;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// Opens the paper venue of a state directory. A <c>paper.db</c> that is not a SQLite database or is
/// damaged is refused with exit 2 and a message naming the file, as the journal is; it is never repaired.
/// </summary>
public static class PaperStateFile
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    public static PaperVenue Open(string stateDirectory, PaperScript script, TimeProvider clock)
    {
        try
        {
            Directory.CreateDirectory(stateDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw PoException.StateUnavailable($"the state directory {stateDirectory} cannot be created ({ex.Message}); choose a writable --state directory");
        }

        try
        {
            return PaperVenue.Open(stateDirectory, script, clock);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw PoException.BadInput(
                $"The paper venue {Path.Combine(stateDirectory, PaperVenue.FileName)} is not a usable SQLite database ({ex.Message}). " +
                "Move it aside (or use another --state directory) and run again; po will not overwrite it.");
        }
        catch (SqliteException ex)
        {
            throw PoException.StateUnavailable(
                $"The paper venue {Path.Combine(stateDirectory, PaperVenue.FileName)} cannot be opened ({ex.Message}); check that the state directory is writable and has free space.");
        }
    }
}
