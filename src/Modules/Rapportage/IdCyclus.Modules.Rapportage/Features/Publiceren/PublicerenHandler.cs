using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Lezen;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Modules.Rapportage.Weergave;
using IdCyclus.Shared;
using IdCyclus.Shared.Achtergrond;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.Publiceren;

/// <param name="Versie">The report's version Bureau saw: a snapshot taken meanwhile must be read before publishing.</param>
internal sealed record RapportPubliceren(int Jaar, int Versie, Actor Door);

internal sealed record RapportGepubliceerd(int Nummer, string HtmlHash, Guid PdfTaakId);

/// <summary>
/// Publishes the definitive version: every block must be definitief. The HTML is rendered once and stored with its
/// hash (read-only from then on); the PDF is printed from that same HTML by a background job. The yearly cycle hears of
/// it (<see cref="IRapportpublicatieVolger"/>) and completes its publication step.
/// </summary>
internal sealed class PublicerenHandler(
    RapportageDbContext db, Rapportlezer lezer, IAchtergrondTaken taken, TimeProvider klok, IEnumerable<IRapportpublicatieVolger> volgers)
{
    public async Task<Resultaat<RapportGepubliceerd>> VoerUitAsync(RapportPubliceren opdracht, CancellationToken ct)
    {
        var rapportage = await db.Rapportages.FirstOrDefaultAsync(r => r.Jaar == opdracht.Jaar, ct);
        if (rapportage is null)
        {
            return Resultaat<RapportGepubliceerd>.Mislukt("Jaar", $"Rapportage {opdracht.Jaar} is nog niet gestart.");
        }

        if (rapportage.Versie != opdracht.Versie)
        {
            return Resultaat<RapportGepubliceerd>.Mislukt(
                "Versie",
                "De rapportage is intussen gewijzigd (bijvoorbeeld een nieuwe momentopname). Bekijk hem opnieuw voordat u publiceert.");
        }

        var inhoud = (await lezer.ConceptAsync(opdracht.Jaar, ct))!;
        var open = Tekstblokken.Voor(inhoud.Momentopname.Secties)
            .Where(b => inhoud.Blokken.GetValueOrDefault(b.Sleutel)?.Staat != Blokstaat.Definitief).Select(b => b.Titel).ToList();
        if (open.Count > 0)
        {
            return Resultaat<RapportGepubliceerd>.Mislukt("Tekstblokken",
                $"Nog niet definitief ({open.Count}): {string.Join("; ", open.Take(5))}{(open.Count > 5 ? "; …" : "")}. "
                + "Publiceer als alle tekstblokken definitief zijn.");
        }

        var openOpmerkingen = await db.Opmerkingen.CountAsync(o => o.RapportageId == rapportage.Id && o.AfgehandeldOpUtc == null, ct);
        if (openOpmerkingen > 0)
        {
            return Resultaat<RapportGepubliceerd>.Mislukt(
                "Tekstblokken",
                $"Er staan nog {openOpmerkingen} opmerking(en) uit de review open. Handel ze eerst af.");
        }

        var nummer = (await db.Publicaties.Where(p => p.RapportageId == rapportage.Id).MaxAsync(p => (int?)p.Nummer, ct) ?? 0) + 1;
        var html = Rapportweergave.Fragment(inhoud with { Versietekst = $"Definitieve versie {nummer}", IsConcept = false, Datum = klok.Vandaag() });
        var publicatie = new Publicatie
        {
            Id = Guid.CreateVersion7(), RapportageId = rapportage.Id, Jaar = rapportage.Jaar, Nummer = nummer,
            MomentopnameId = rapportage.HuidigeMomentopnameId,
            Html = html, HtmlHash = Inhoudshash.Van(html), GepubliceerdOpUtc = klok.GetUtcNow().UtcDateTime, Door = opdracht.Door.Naam,
        };
        db.Publicaties.Add(publicatie);
        rapportage.Versie++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Resultaat<RapportGepubliceerd>.Mislukt("Versie", "Er is tegelijk een andere versie gepubliceerd. Laad de pagina opnieuw.");
        }

        // After the save: the job reads the stored publication. If starting it fails, Bureau starts the PDF again from the page.
        publicatie.PdfTaakId = await taken.StartAsync<PdfMaken, Guid>(publicatie.Id, $"PDF Voortgangsrapportage {rapportage.Jaar}, versie {nummer}", ct);
        await db.SaveChangesAsync(ct);
        // After the commit, like the PDF: should this fail, the cycle's task form lets Bureau complete the step by hand,
        // because it checks the same publication.
        foreach (var volger in volgers)
        {
            await volger.GepubliceerdAsync(rapportage.Jaar, nummer, opdracht.Door.PersoonId, opdracht.Door.Naam, ct);
        }

        return Resultaat<RapportGepubliceerd>.Gelukt(new RapportGepubliceerd(nummer, publicatie.HtmlHash, publicatie.PdfTaakId.Value));
    }
}
