using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Opvolging.Features.AfspraakVastleggen;

internal sealed record AfspraakVastleggen(
    Afspraaksoort Soort,
    Afspraakbron Bron,
    Guid? DirectieId,
    string? Omschrijving,
    DateOnly? Deadline,
    decimal? MinimaleUren,
    Actor Door);

/// <summary>
/// Bureau records an agreement (for the GMT, from a duidingsgesprek, or its own). The owner is the directie's directeur on
/// the day: the agreement is theirs to keep, and the register shows it under their name even after they leave.
/// </summary>
internal sealed class AfspraakVastleggenHandler(OpvolgingDbContext db, IOrganisatieQueries organisatie, Afspraakopslag opslag, TimeProvider klok)
{
    /// <param name="inbox">For an integration event (a duidingsgesprek's agreement): its key, recorded in the same transaction.</param>
    public async Task<Resultaat<Guid>> VoerUitAsync(AfspraakVastleggen opdracht, CancellationToken ct, string? inbox = null)
    {
        var vandaag = klok.Vandaag();
        var directie = opdracht.DirectieId is { } id ? await organisatie.DirectieAsync(id, ct) : null;
        var directeur = directie is null ? null : await organisatie.DirecteurAsync(directie.Id, vandaag, ct);
        var voorstel = new Afspraakvoorstel(
            opdracht.Soort, opdracht.Bron, directie?.Id, directeur?.Id, opdracht.Omschrijving?.Trim(), vandaag, opdracht.Deadline, opdracht.MinimaleUren);
        var fouten = Afspraakregels.Controleer(voorstel).ToList();
        if (directie is not null && directeur is null)
        {
            // The rule's own message asks to choose an owner; here the owner follows from the directie, so say what to fix.
            fouten.RemoveAll(f => f.Veld == nameof(Afspraakvoorstel.EigenaarId));
            fouten.Add(new Fout(
                nameof(AfspraakVastleggen.DirectieId),
                $"{directie.Weergavenaam} heeft vandaag geen directeur; leg die eerst vast bij Organisatie."));
        }
        else if (opdracht.DirectieId is not null && directie is null)
        {
            fouten.RemoveAll(f => f.Veld == nameof(Afspraakvoorstel.EigenaarId));
            fouten.Add(new Fout(nameof(AfspraakVastleggen.DirectieId), "Deze directie bestaat niet."));
        }

        if (fouten.Count > 0)
        {
            return Resultaat<Guid>.Mislukt(fouten);
        }

        return await db.VoerSerieelUitAsync(() =>
        {
            opslag.NoteerInbox(inbox);
            var rij = opslag.VoegToe(opdracht.Soort, opdracht.Bron, directie!, directeur!, voorstel.Omschrijving, opdracht.MinimaleUren, vandaag,
                opdracht.Deadline!.Value, opdracht.Door,
                $"Vastgelegd ({Afspraakteksten.Bron(opdracht.Bron)}) met deadline {IdCyclus.Shared.Nederlands.Datum(opdracht.Deadline.Value)}; "
                + $"eigenaar {directeur!.Naam}.");
            return Task.FromResult(Resultaat<Guid>.Gelukt(rij.Id));
        }, ct);
    }
}
