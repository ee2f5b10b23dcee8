using System.Security.Claims;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Features.Overzicht;
using IdCyclus.Shared.Web;

namespace IdCyclus.Modules.Rapportage.Features.Startpagina;

/// <summary>
/// What needs a clusterdirecteur before the duidingsgesprek: the own cluster's pages of a report not yet published,
/// once Bureau has recorded a concept. Nothing for anyone else, and nothing before there is something to read.
/// </summary>
internal sealed class SectieStartblok(Rapportlezer lezer, EigenSecties eigenSecties) : IStartblokBron
{
    public async Task<IReadOnlyList<Startblok>> BlokkenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var onuitgegeven = (await lezer.JarenAsync(ct)).Where(j => j.Publicaties == 0).Select(j => j.Jaar);
        var secties = await eigenSecties.LeesAsync(gebruiker, onuitgegeven, ct);
        return secties.Count == 0
            ? []
            :
            [
                new Startblok(
                    "eigen-cluster",
                    "Uw cluster in de Voortgangsrapportage",
                    30,
                    "Lees de pagina's van uw cluster vóór de publicatie, ter voorbereiding op het duidingsgesprek met Bureau I&D.",
                    secties.Select(s => new Startregel($"{s.Naam}, Voortgangsrapportage {s.Jaar}", s.Pad, s.Bron)).ToList()),
            ];
    }
}
