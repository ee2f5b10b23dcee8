using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Indicatoren.Features.Lezen;

/// <summary>
/// The organisation as Indicatoren needs it, read through Organisatie's contracts only: clusters, the report's
/// sections and every directie that existed in the recent years (a figure of 2023 may name a directie merged since).
/// </summary>
internal sealed class Organisatiebeeld(IOrganisatieQueries organisatie, TimeProvider klok)
{
    private const int JarenTerug = 5;

    public async Task<Eenhedenregister> VoorJaarAsync(int jaar, CancellationToken ct)
    {
        var vandaag = klok.Vandaag();
        var peildata = Enumerable.Range(Math.Min(jaar, vandaag.Year) - JarenTerug, JarenTerug + 1)
            .SelectMany(j => new[] { new DateOnly(j, 1, 1), new DateOnly(j, 12, 31) })
            .Append(vandaag).Distinct();
        var directies = new List<DirectieGegevens>();
        foreach (var datum in peildata)
        {
            directies.AddRange(await organisatie.ActieveDirectiesAsync(datum, ct));
        }

        return new Eenhedenregister(await organisatie.ClustersAsync(ct), await organisatie.RapportsectiesAsync(jaar, ct), directies);
    }
}
