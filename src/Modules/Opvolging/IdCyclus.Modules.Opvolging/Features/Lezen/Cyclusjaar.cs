using IdCyclus.Modules.Vragenlijst.Contracts;

namespace IdCyclus.Modules.Opvolging.Features.Lezen;

/// <summary>
/// The year the GMT's pages start from when none is asked: the latest of this year and the two before it with a final
/// interview (the cycle's scores arrive in spring), else this year. The dashboard and the sturing page share it, so a
/// norm Bureau records on the sturing page without choosing a year is the one the dashboard then shows.
/// </summary>
internal sealed class Cyclusjaar(IVragenlijstQueries vragenlijst)
{
    /// <summary>The year, with its scores: the dashboard shows them, so no year's scores are read twice.</summary>
    public async Task<(int Jaar, IReadOnlyList<InterviewscoresGegevens> Scores)> StandaardAsync(DateOnly vandaag, CancellationToken ct)
    {
        for (var jaar = vandaag.Year; jaar > vandaag.Year - 3; jaar--)
        {
            var scores = await vragenlijst.DefinitieveScoresAsync(jaar, ct);
            if (scores.Count > 0)
            {
                return (jaar, scores);
            }
        }

        return (vandaag.Year, []);
    }
}
